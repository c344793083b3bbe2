/** Calendar dates as `YYYY-MM-DD` strings: they sort and compare as text. */

export interface Period {
  fromDate: string
  toDate: string | null
}

const toUtc = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d))
}
const fromUtc = (date: Date) => date.toISOString().slice(0, 10)

export function addDays(iso: string, days: number): string {
  const date = toUtc(iso)
  date.setUTCDate(date.getUTCDate() + days)
  return fromUtc(date)
}

export function isActiveOn(period: Period, date: string): boolean {
  return period.fromDate <= date && (period.toDate === null || period.toDate >= date)
}

export function overlaps(a: Period, b: Period): boolean {
  const aEndsBeforeB = a.toDate !== null && a.toDate < b.fromDate
  const bEndsBeforeA = b.toDate !== null && b.toDate < a.fromDate
  return !aEndsBeforeB && !bEndsBeforeA
}
