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

// Public holidays never change, so a date and its rules always give the same deadlines.
const known = new WeakMap<HolidayLookup, Map<string, Deadline[]>>()

/** The deadlines a meeting drags behind it, in date order. */
export function deadlinesFor(meetingDate: string, rules: DeadlineRules, holiday: HolidayLookup): Deadline[] {
  const cache = known.get(holiday) ?? new Map<string, Deadline[]>()
  known.set(holiday, cache)
  const key = `${meetingDate}|${rules.caseDeadlineWorkingDays}|${rules.noticeDays}|${rules.minutesWorkingDays}`
  const hit = cache.get(key)
  if (hit) return hit.map((d) => ({ ...d }))
  const computed = compute(meetingDate, rules, holiday)
  cache.set(key, computed)
  return computed.map((d) => ({ ...d }))
}

function compute(meetingDate: string, rules: DeadlineRules, holiday: HolidayLookup): Deadline[] {
  return [
    { kind: 'caseDeadline' as const, date: addWorkingDays(meetingDate, -rules.caseDeadlineWorkingDays, holiday) },
    { kind: 'notice' as const, date: workingDayOnOrBefore(addDays(meetingDate, -rules.noticeDays), holiday) },
    { kind: 'minutes' as const, date: addWorkingDays(meetingDate, rules.minutesWorkingDays, holiday) },
  ].sort((a, b) => a.date.localeCompare(b.date))
}
