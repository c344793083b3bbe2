import { addDays } from './dates'

/** Calendar arithmetic on ISO dates, in UTC so no time zone can shift a day. */

const utc = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d))
}
const pad = (n: number) => String(n).padStart(2, '0')
export const isoOf = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`

/** 1 = Monday … 7 = Sunday, as Norwegian calendars count. */
export function weekdayOf(iso: string): number {
  return ((utc(iso).getUTCDay() + 6) % 7) + 1
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * The n-th given weekday of a month ("second Thursday in March"); ordinal -1 is the last one.
 * Null when the month has no such day (a fifth Monday).
 */
export function nthWeekday(year: number, month: number, weekday: number, ordinal: number): string | null {
  if (ordinal === -1) {
    const last = isoOf(year, month, daysInMonth(year, month))
    return addDays(last, -((weekdayOf(last) - weekday + 7) % 7))
  }
  const first = isoOf(year, month, 1)
  const day = 1 + ((weekday - weekdayOf(first) + 7) % 7) + (ordinal - 1) * 7
  return day <= daysInMonth(year, month) ? isoOf(year, month, day) : null
}

/** Where a date sits in its month: "the second Thursday of March", or -1 for the last one. */
export function weekdayPattern(iso: string): { weekday: number; ordinal: number; month: number } {
  const [y, m, d] = iso.split('-').map(Number)
  const last = d + 7 > daysInMonth(y, m)
  return { weekday: weekdayOf(iso), ordinal: last ? -1 : Math.ceil(d / 7), month: m }
}

/**
 * The same weekday pattern in another year: the second Thursday of March 2026 becomes the
 * second Thursday of March 2027; a month's last Friday stays its last Friday.
 */
export function samePatternIn(iso: string, year: number): string {
  const p = weekdayPattern(iso)
  return nthWeekday(year, p.month, p.weekday, p.ordinal) ?? iso
}

/** Monday of an ISO week: week 1 is the week with the year's first Thursday (4 January). */
export function mondayOfIsoWeek(year: number, week: number): string {
  const january4 = isoOf(year, 1, 4)
  return addDays(january4, (week - 1) * 7 - (weekdayOf(january4) - 1))
}
