import { isOwnUrl, type OwnOrigins } from './origin'

/**
 * What the window may load. It shows only our own page: any navigation elsewhere, any new window,
 * any <webview> is refused. A link to the web or an e-mail address (the rich-text editor opens
 * links with window.open) goes to the user's own browser or mail program instead, after
 * `externalLink` has checked it.
 */
export type NavigationDecision = { action: 'allow' } | { action: 'deny'; openExternally: string | null }

/** Longer URLs are not links a user typed; Windows' shell also truncates them. */
const maxExternalUrlLength = 2048

/** The URL to hand to the OS, or null: only https:// with a host and no credentials, or mailto:. */
export function externalLink(url: string): string | null {
  if (url.length > maxExternalUrlLength) return null
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol === 'https:') {
    return parsed.hostname !== '' && parsed.username === '' && parsed.password === '' ? parsed.href : null
  }
  if (parsed.protocol === 'mailto:') {
    return /^[^@\s/\\]+@[^@\s/\\]+$/.test(decodeURIComponent(parsed.pathname)) ? parsed.href : null
  }
  return null
}

/** will-navigate, will-frame-navigate, will-redirect: our own origin only. */
export function decideNavigation(url: string, own: OwnOrigins): NavigationDecision {
  if (isOwnUrl(url, own)) return { action: 'allow' }
  return { action: 'deny', openExternally: externalLink(url) }
}

/** setWindowOpenHandler: never a new app window, whatever the URL. */
export function decideWindowOpen(url: string): { action: 'deny'; openExternally: string | null } {
  return { action: 'deny', openExternally: externalLink(url) }
}
