import { addDays } from './dates'
import { weekdayOf } from './calendar'

/** Names the public holiday on a date ("Grunnlovsdagen"), or null on an ordinary day. */
export type HolidayLookup = (iso: string) => string | null

export const isWeekend = (iso: string) => weekdayOf(iso) >= 6

export function isWorkingDay(iso: string, holiday: HolidayLookup): boolean {
  return !isWeekend(iso) && holiday(iso) === null
}

/**
 * Moves a number of working days from a date: negative counts go back ("10 working days
 * before"), weekends and public holidays are skipped. Zero days gives the date itself.
 */
export function addWorkingDays(iso: string, days: number, holiday: HolidayLookup): string {
  const step = days < 0 ? -1 : 1
  let left = Math.abs(days)
  let date = iso
  while (left > 0) {
    date = addDays(date, step)
    if (isWorkingDay(date, holiday)) left--
  }
  return date
}

/** The nearest working day on or before a date: a notice due on a Sunday goes out on Friday. */
export function workingDayOnOrBefore(iso: string, holiday: HolidayLookup): string {
  let date = iso
  while (!isWorkingDay(date, holiday)) date = addDays(date, -1)
  return date
}
