/**
 * Text as XML 1.0 allows it. Word refuses to open a file with a control character or a lone
 * surrogate in it, and the editor or a paste from elsewhere can bring either in.
 */

// Tab, line feed and carriage return are allowed by XML; Word turns them into spaces in a run.
const forbidden =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g

/** The text without the characters XML forbids (control characters, U+FFFE/FFFF, lone surrogates). */
export function xmlSafe(text: string): string {
  return text.replace(forbidden, '')
}
