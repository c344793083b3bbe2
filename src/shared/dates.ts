/** The local calendar date of an instant (the user's own time zone, as on the wall calendar). */
export function localIsoDate(instant: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}`
}

const dateFormat = new Intl.DateTimeFormat('nb-NO', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
})

/** `2026-03-12` -> `12.03.2026`, the way Norwegian documents write dates. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return ''
  const [y, m, d] = iso.split('-').map(Number)
  return dateFormat.format(new Date(Date.UTC(y, m - 1, d)))
}

/**
 * Reads a date as Norwegians type it: `23.11.2026`, `23.11.26`, `23/11/2026`, `2311 2026`, or the
 * ISO form `2026-11-23`. Returns the ISO date, or null when the text is not a real date.
 */
export function parseNorwegianDate(text: string): string | null {
  const trimmed = text.trim()
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed)
  const nor = /^(\d{1,2})[./\s-](\d{1,2})[./\s-](\d{2}|\d{4})$/.exec(trimmed)
  if (!iso && !nor) return null
  // Two-digit years are this century: nobody plans meetings for 1926.
  const y = iso ? Number(iso[1]) : Number(nor?.[3]) + ((nor?.[3].length ?? 0) === 2 ? 2000 : 0)
  const m = Number(iso ? iso[2] : nor?.[2])
  const d = Number(iso ? iso[3] : nor?.[1])
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return date.toISOString().slice(0, 10)
}

/** A date moved by whole days, in UTC so no time zone can shift it: addDays('2027-03-31', 1) is 2027-04-01. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** The Monday of the week a date falls in, as Norwegian weeks start. */
export function mondayOf(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number)
  return addDays(iso, -((new Date(Date.UTC(y, m - 1, d)).getUTCDay() + 6) % 7))
}
