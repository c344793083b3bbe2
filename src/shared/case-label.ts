/**
 * Writes a case number with a body's label format: `SSU-sak {nr}/{år}` with 9 and 2024 gives
 * `SSU-sak 09/2024`. The stored value is always body + year + sequence; this is only its face.
 */
export function formatCaseLabel(format: string, sequence: number, year: number): string {
  return format.replaceAll('{nr}', String(sequence).padStart(2, '0')).replaceAll('{år}', String(year))
}
