import Holidays from 'date-holidays'
import type { HolidayLookup } from '../domain/working-days'

const byYear = new Map<number, Map<string, string>>()
const norway = new Holidays('NO')

/**
 * Norwegian public holidays (helligdager and 1 and 17 May) from date-holidays, a maintained
 * library, rather than a hand-written table: Easter moves every year. Cached per year.
 */
export const norwegianHoliday: HolidayLookup = (iso) => {
  const year = Number(iso.slice(0, 4))
  let days = byYear.get(year)
  if (!days) {
    days = new Map()
    for (const h of norway.getHolidays(year)) {
      // Only real days off: date-holidays also lists observances such as Valentine's Day.
      if (h.type !== 'public') continue
      const date = h.date.slice(0, 10)
      // Two names can fall on one day (Grunnlovsdagen and 2. pinsedag in 2027): keep both.
      days.set(date, days.has(date) ? `${days.get(date)} og ${h.name.toLowerCase()}` : h.name.toLowerCase())
    }
    byYear.set(year, days)
  }
  return days.get(iso) ?? null
}

/** The public holidays of a year, in date order, for calendars that shade them. */
export function holidaysOf(year: number): { date: string; name: string }[] {
  norwegianHoliday(`${year}-01-01`)
  return [...(byYear.get(year) ?? new Map<string, string>()).entries()]
    .map(([date, name]) => ({ date, name }))
    .sort((a, b) => a.date.localeCompare(b.date))
}
