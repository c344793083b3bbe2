/**
 * The updater's rules, checked before electron-updater is asked to look for an update: the feed
 * must be HTTPS on a real host, and on Windows the build must name the publisher whose signature
 * every downloaded installer is verified against (electron-updater silently skips that check
 * when app-update.yml has no publisherName, so we refuse to update instead).
 */

/** True for https:// URLs on a real host; the reserved .invalid domain means "no update server". */
export function isSecureFeedUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  const host = parsed.hostname.replace(/\.$/, '')
  return (
    parsed.protocol === 'https:' &&
    host !== '' &&
    host !== 'invalid' &&
    !host.endsWith('.invalid') &&
    parsed.username === '' &&
    parsed.password === ''
  )
}

/** A top-level key of the flat YAML electron-builder writes to app-update.yml: a scalar or a list. */
export function readAppUpdateKey(text: string, key: string): string[] {
  const lines = text.split(/\r?\n/)
  const at = lines.findIndex((line) => line.startsWith(`${key}:`))
  if (at < 0) return []
  const unquote = (value: string) => value.trim().replace(/^(['"])(.*)\1$/, '$2')
  const inline = unquote(lines[at].slice(key.length + 1))
  if (inline !== '') return [inline]
  const items: string[] = []
  for (const line of lines.slice(at + 1)) {
    const item = /^\s+-\s+(.*)$/.exec(line)
    if (!item) break
    items.push(unquote(item[1]))
  }
  return items.filter((item) => item !== '')
}

export type UpdateRefusal = 'no-config' | 'insecure-feed' | 'no-publisher'

/** Why this build must not update itself, or null when it may. `config` is app-update.yml's text. */
export function updateRefusal(config: string | null, platform: NodeJS.Platform): UpdateRefusal | null {
  if (config === null) return 'no-config'
  const [url] = readAppUpdateKey(config, 'url')
  if (!url || !isSecureFeedUrl(url)) return 'insecure-feed'
  if (platform === 'win32' && readAppUpdateKey(config, 'publisherName').length === 0) return 'no-publisher'
  return null
}
