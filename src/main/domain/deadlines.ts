import type { Deadline } from '../../shared/cycle'
import { addDays } from './dates'
import { addWorkingDays, workingDayOnOrBefore, type HolidayLookup } from './working-days'

export interface DeadlineRules {
  /** Cases must be ready this many working days before the meeting. */
  caseDeadlineWorkingDays: number
  /** The notice goes out this many calendar days before (on the working day before, if need be). */
  noticeDays: number
  /** Minutes are due this many working days after. */
  minutesWorkingDays: number
}

/** The deadlines a meeting drags behind it, in date order. */
export function deadlinesFor(meetingDate: string, rules: DeadlineRules, holiday: HolidayLookup): Deadline[] {
  return [
    { kind: 'caseDeadline' as const, date: addWorkingDays(meetingDate, -rules.caseDeadlineWorkingDays, holiday) },
    { kind: 'notice' as const, date: workingDayOnOrBefore(addDays(meetingDate, -rules.noticeDays), holiday) },
    { kind: 'minutes' as const, date: addWorkingDays(meetingDate, rules.minutesWorkingDays, holiday) },
  ].sort((a, b) => a.date.localeCompare(b.date))
}
