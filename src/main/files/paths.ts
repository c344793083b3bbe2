import { lstatSync, realpathSync } from 'node:fs'
import { extname, isAbsolute, join, relative, resolve } from 'node:path'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import { AppError } from '../errors'

/**
 * Every path built from user text (a case title, an attachment's name, a body's name) goes through
 * here: the name is made one harmless component, and the result is proven to lie inside the folder.
 * Names follow Windows' rules wherever Sekretariat runs, since archive folders are often Windows
 * shares, and stay within what every file system takes (255 bytes in UTF-8 on Linux and macOS).
 */

// What Windows refuses in a name, control characters and DEL, and lone surrogates (not valid UTF-8).
const forbidden =
  // eslint-disable-next-line no-control-regex
  /[<>:"/\\|?*\u0000-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
// "CON", "con.txt", "COM¹": the stem before the first dot, as Windows reads it.
const reservedDevice = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i

export const maxNameChars = 200
/** Most file systems take 255 bytes; a little is left for " (2)" and a temporary suffix. */
export const maxNameBytes = 240

export interface NameOptions {
  /** Used when nothing is left of the name. */
  fallback?: string
  /** Characters (code points), for folders whose full path must stay short. */
  maxChars?: number
}

const utf8Length = (s: string) => Buffer.byteLength(s, 'utf8')

/** Cuts to the limits by whole characters, never inside a surrogate pair. */
function cut(text: string, maxChars: number, maxBytes: number): string {
  const chars = Array.from(text)
  let kept = chars.slice(0, maxChars).join('')
  while (utf8Length(kept) > maxBytes) kept = Array.from(kept).slice(0, -1).join('')
  return kept
}

/**
 * One harmless name component: NFC, no reserved or control characters (each becomes a space),
 * spaces collapsed, no leading or trailing dots and spaces (so never "." or ".."), no device
 * name, within the length limits with the extension kept.
 */
export function safeName(name: string, options: NameOptions = {}): string {
  const fallback = options.fallback ?? 'dokument'
  const maxChars = Math.min(options.maxChars ?? maxNameChars, maxNameChars)
  const tidy = (s: string) =>
    s
      .normalize('NFC')
      .replace(forbidden, ' ')
      .replace(/\s+/g, ' ')
      .replace(/^[\s.]+|[\s.]+$/g, '')
  let clean = tidy(name)
  // A name only of dots as another form writes them ("．．", "‥") is no name either.
  if (clean === '' || /^[\s.]*$/.test(clean.normalize('NFKC'))) clean = tidy(fallback) || 'dokument'
  const stem = clean.split('.')[0].trimEnd()
  if (reservedDevice.test(stem) || reservedDevice.test(stem.normalize('NFKC'))) clean = `_${clean}`
  if (Array.from(clean).length > maxChars || utf8Length(clean) > maxNameBytes) {
    const extension = extname(clean)
    const keep = extension.length > 1 && extension.length <= 10 ? extension : ''
    const body = cut(clean.slice(0, clean.length - keep.length), maxChars - keep.length, maxNameBytes - keep.length)
    clean = (tidy(body) || tidy(fallback) || 'dokument') + keep
  }
  return clean
}

const escapes = (folder: string, name: string) =>
  new AppError({ code: 'validation', message: format(nb.fileSafety.paths.escapes, { name, folder }) })

/**
 * `folder` joined with `name`, which must already be one component: for names made safe earlier
 * and then numbered ("Sak (2).docx"). Refuses, rather than changes, anything that would not stay
 * a direct child of the folder. Pure.
 */
export function joinInside(folder: string, name: string): string {
  const base = resolve(folder)
  const path = join(base, name)
  const rel = relative(base, path)
  const oneComponent =
    name !== '' && rel === name && !/[\\/]/.test(name) && !name.includes('\u0000') && name !== '.' && name !== '..'
  if (!oneComponent || isAbsolute(rel)) throw escapes(folder, name)
  return path
}

/** The path of the cleaned name inside `folder`. Pure (no disk): for a write by rename, which replaces whatever stands at the name. */
export const childPath = (folder: string, name: string, options: NameOptions = {}) =>
  joinInside(folder, safeName(name, options))

/**
 * As `childPath`, against the disk: inside the folder's real path (the folder may itself be a
 * link, to a share for instance), and with no symbolic link standing at the name, which a write
 * that opens the path (a copy) would follow out of the folder.
 */
export function safeChildPath(folder: string, name: string, options: NameOptions = {}): string {
  const real = realpathSync(folder)
  const path = childPath(real, name, options)
  const info = lstatSync(path, { throwIfNoEntry: false })
  if (info?.isSymbolicLink()) {
    throw new AppError({
      code: 'conflict',
      message: format(nb.fileSafety.paths.link, { name: safeName(name, options), folder }),
    })
  }
  return path
}
