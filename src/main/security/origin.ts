/**
 * Where our own pages come from. The packaged renderer is served from app://sekretariat (a
 * privileged standard scheme, see index.ts); in development the page comes from electron-vite's
 * dev server. Every security decision about "our page" asks `isOwnUrl`, so there is one answer.
 */
export const appScheme = 'app'
export const appHost = 'sekretariat'
export const appOrigin = `${appScheme}://${appHost}`
export const appEntryUrl = `${appOrigin}/index.html`

export interface OwnOrigins {
  /** The dev server's URL when running `npm start`; never set in a packaged app. */
  devServerUrl?: string
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

/**
 * True only for a URL on our own origin: same scheme, host and port, compared on parsed URLs (a
 * prefix test would let app://sekretariat.evil or localhost:51730 through). URLs carrying
 * credentials are never ours.
 */
export function isOwnUrl(url: string | null | undefined, own: OwnOrigins = {}): boolean {
  if (!url) return false
  const parsed = parse(url)
  if (!parsed || parsed.username !== '' || parsed.password !== '') return false
  if (parsed.protocol === `${appScheme}:` && parsed.host === appHost) return true
  if (!own.devServerUrl) return false
  const dev = parse(own.devServerUrl)
  return dev !== null && (dev.protocol === 'http:' || dev.protocol === 'https:') && parsed.origin === dev.origin
}
