/**
 * File names from the profile's pattern, "{utvalg} {nr}-{år} {tittel} - {dokument}", that every
 * archive share and Windows accepts: no reserved characters or device names, no trailing dot or
 * space, and short enough for deep archive folders (150 characters before the extension).
 */

export type FileNameField = 'utvalg' | 'nr' | 'år' | 'tittel' | 'dokument' | 'dato'
export type FileNameValues = Partial<Record<FileNameField, string>>

export const maxFileNameLength = 150

// Control characters, what Windows reserves, and lone surrogates; DEL too, which some shares refuse.
// eslint-disable-next-line no-control-regex
const unsafe = /[\u0000-\u001f\u007f<>"|?*]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
const reserved = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i

/** A value as it may stand in a name: "09/2024" -> "09-2024", "Budsjett: 2027" -> "Budsjett - 2027". */
function cleanValue(value: string): string {
  return value
    .replace(/[/\\]/g, '-')
    .replace(/\s*:\s*/g, ' - ')
    .replace(unsafe, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Fills the pattern; an empty field takes the dash or underscore glued to it along ("{nr}-{år}" with neither gives nothing). */
function fill(pattern: string, values: FileNameValues): string {
  const parts = pattern.split(/(\{[^{}]*\})/)
  const out: string[] = []
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    const token = /^\{([^{}]*)\}$/.exec(part)
    if (!token) {
      out.push(part)
      continue
    }
    const value = cleanValue(values[token[1] as FileNameField] ?? '')
    if (value !== '') {
      out.push(value)
      continue
    }
    // Drop the separator glued to the empty field: after it if any, else before it.
    const next = parts[i + 1] ?? ''
    const glued = /^[-_.]+/.exec(next)
    if (glued) parts[i + 1] = next.slice(glued[0].length)
    else if (out.length > 0) out[out.length - 1] = out[out.length - 1].replace(/[-_.]+$/, '')
  }
  return out.join('')
}

const codePoints = (s: string) => Array.from(s)

/** Collapses spaces and strips what may not start or end a name. */
function tidy(name: string): string {
  return cleanName(name)
    .replace(/\s+/g, ' ')
    .replace(/^[\s.\-_]+|[\s.\-_]+$/g, '')
}

// The pattern is the user's too: its own characters are cleaned like the values.
const cleanName = (name: string) =>
  name
    .replace(/[/\\]/g, '-')
    .replace(/\s*:\s*/g, ' - ')
    .replace(unsafe, '')

/** Windows treats "CON", "con.txt" and "CON .docx" as the console: such a name gets a leading underscore. */
function notReserved(name: string): string {
  const stem = name.split('.')[0].trimEnd()
  if (!reserved.test(stem)) return name
  return `_${codePoints(name)
    .slice(0, maxFileNameLength - 1)
    .join('')}`.replace(/[\s.]+$/, '')
}

/** Cuts a title to `length` characters, at a word boundary when one is near. */
function cutTitle(title: string, length: number): string {
  const chars = codePoints(title)
  if (chars.length <= length) return title
  const cut = chars.slice(0, Math.max(0, length)).join('')
  const space = cut.lastIndexOf(' ')
  const kept = space >= cut.length - 20 && space > 0 ? cut.slice(0, space) : cut
  return kept.replace(/[\s\-–_.,;]+$/, '')
}

/**
 * A file name from the pattern and values, with `extension` (".docx" unless given). The title is
 * shortened first when the name is too long, so the body, number and document type stay.
 */
export function fileNameFrom(pattern: string, values: FileNameValues, extension = '.docx'): string {
  const build = (title: string | undefined) => tidy(fill(pattern, { ...values, tittel: title }))
  let name = build(values.tittel)
  const over = codePoints(name).length - maxFileNameLength
  if (over > 0 && values.tittel) {
    const title = cleanValue(values.tittel)
    let length = codePoints(title).length - over
    name = build(cutTitle(title, length))
    while (codePoints(name).length > maxFileNameLength && length > 0) {
      length -= 1
      name = build(cutTitle(title, length))
    }
  }
  if (codePoints(name).length > maxFileNameLength) name = tidy(codePoints(name).slice(0, maxFileNameLength).join(''))
  if (name === '') name = 'dokument'
  return notReserved(name) + extension
}
