/**
 * The start of an XML part, up to its root element: where a document type declaration would stand.
 * Entity declarations (the "billion laughs") can only be made inside one, and Office never writes
 * one, so refusing it before any XML parser runs closes that door whatever the parser does. Pure.
 */

export type PrologProblem = 'doctype' | 'notXml'

/** Text of the first bytes: UTF-8, or UTF-16 when a byte order mark or a zero byte says so. */
export function xmlText(head: Buffer): string {
  if (head[0] === 0xff && head[1] === 0xfe) return head.subarray(2).toString('utf16le')
  if (head[0] === 0xfe && head[1] === 0xff) return Buffer.from(head.subarray(2)).swap16().toString('utf16le')
  if (head[0] === 0x3c && head[1] === 0x00) return head.toString('utf16le')
  if (head[0] === 0x00 && head[1] === 0x3c)
    return Buffer.from(head.subarray(0, head.length & ~1))
      .swap16()
      .toString('utf16le')
  return head.toString('utf8').replace(/^\ufeff/, '')
}

/** Starts like XML: a "<" after an optional byte order mark and white space. */
export const looksLikeXml = (text: string) => /^\s*</.test(text)

/**
 * What is wrong with the prolog in `text` (the part's first bytes as text), or null. `complete`
 * says whether `text` is the whole part: a prolog still open at the end of a cut-off head is too
 * long to be an Office file's. `allowExternalDoctype` lets an image (SVG) keep a plain
 * `<!DOCTYPE svg PUBLIC …>`, which declares no entities.
 */
export function prologProblem(text: string, complete: boolean, allowExternalDoctype = false): PrologProblem | null {
  let at = 0
  const open = () => (complete ? null : 'notXml')
  for (;;) {
    while (at < text.length && /\s/.test(text[at])) at++
    if (at >= text.length) return open()
    if (text.startsWith('<?', at)) {
      const close = text.indexOf('?>', at + 2)
      if (close < 0) return open()
      at = close + 2
    } else if (text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at + 4)
      if (close < 0) return open()
      at = close + 3
    } else if (text.startsWith('<!', at)) {
      const close = text.indexOf('>', at)
      const declaration = close < 0 ? text.slice(at) : text.slice(at, close)
      const external = /^<!doctype\s/i.test(declaration) && !declaration.includes('[')
      if (!allowExternalDoctype || !external || close < 0) return 'doctype'
      at = close + 1
    } else {
      // The root element, or text that is no XML at all; the parser refuses the latter on its own.
      return null
    }
  }
}
