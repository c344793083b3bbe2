/** Calendar dates as `YYYY-MM-DD` strings: they sort and compare as text. */

export interface Period {
  fromDate: string
  toDate: string | null
}

export { addDays } from '../../shared/dates'

export function isActiveOn(period: Period, date: string): boolean {
  return period.fromDate <= date && (period.toDate === null || period.toDate >= date)
}

export function overlaps(a: Period, b: Period): boolean {
  const aEndsBeforeB = a.toDate !== null && a.toDate < b.fromDate
  const bEndsBeforeA = b.toDate !== null && b.toDate < a.fromDate
  return !aEndsBeforeB && !bEndsBeforeA
}
