import type { MeetingWarning } from '../../shared/cycle'
import { formatDate } from '../../shared/dates'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import { weekdayOf } from './calendar'
import type { HolidayLookup } from './working-days'

export interface Clash {
  bodyName: string
  startTime: string
  endTime: string
  /** Names of the people who sit in both bodies. */
  people: string[]
}

/** What is wrong with a meeting's date: a public holiday, a weekend, people needed in two places. */
export function meetingWarnings(date: string, holiday: HolidayLookup, clashes: readonly Clash[]): MeetingWarning[] {
  const warnings: MeetingWarning[] = []
  const day = formatDate(date)
  const holidayName = holiday(date)
  if (holidayName)
    warnings.push({ kind: 'holiday', message: format(nb.cycle.warningHoliday, { date: day, name: holidayName }) })
  const weekday = weekdayOf(date)
  if (weekday >= 6) {
    const name = nb.cycle.weekdays.split(',')[weekday - 1]
    warnings.push({ kind: 'weekend', message: format(nb.cycle.warningWeekend, { date: day, weekday: name }) })
  }
  for (const clash of clashes) {
    warnings.push({
      kind: 'clash',
      message: format(nb.cycle.warningClash, {
        body: clash.bodyName,
        time: `${clash.startTime}–${clash.endTime}`,
        people: clash.people.join(', '),
      }),
    })
  }
  return warnings
}

/** True when two meetings on the same day overlap in time. */
export const timesOverlap = (a: { startTime: string; endTime: string }, b: { startTime: string; endTime: string }) =>
  a.startTime < b.endTime && b.startTime < a.endTime
