/**
 * What may be written to the log about an error: its kind, its code and where it happened.
 * Never the message: messages quote values (a JSON parse error quotes the text it choked on,
 * a thrown Error may name the person being saved), and the log is no place for personal data.
 */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error
  const code = (error as { code?: unknown }).code
  const kind = typeof code === 'string' || typeof code === 'number' ? `${error.name} (${code})` : error.name
  // The stack's first line repeats the message; the frames are file positions in the app.
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .join('\n')
  return frames ? `${kind}\n${frames}` : kind
}
