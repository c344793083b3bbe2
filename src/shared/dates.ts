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
