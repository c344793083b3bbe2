/** "840 kB", "2,4 MB": sizes as the secretary sees them in Explorer, with a Norwegian decimal comma. */
export function fileSize(bytes: number): { unit: 'kb' | 'mb'; size: string } {
  if (bytes < 1024 * 1024) return { unit: 'kb', size: String(Math.max(1, Math.round(bytes / 1024))) }
  const mb = bytes / 1024 / 1024
  return { unit: 'mb', size: (mb < 10 ? mb.toFixed(1) : String(Math.round(mb))).replace('.', ',') }
}
