import { describe, expect, it } from 'vitest'
import { norwegianHoliday } from '../cycle/holidays'
import { mondayOfIsoWeek, nthWeekday, samePatternIn, weekdayOf } from './calendar'
import { deadlinesFor } from './deadlines'
import { canChangeStatus, meetingNumbers } from '../../shared/meeting-life'
import { meetingWarnings } from './meeting-warnings'
import { datesForRule } from './rhythm'
import { addWorkingDays, workingDayOnOrBefore } from './working-days'

describe('calendar rules', () => {
  it('finds the n-th and the last weekday of a month', () => {
    expect(nthWeekday(2027, 3, 4, 2)).toBe('2027-03-11') // second Thursday of March 2027
    expect(nthWeekday(2027, 10, 4, 2)).toBe('2027-10-14')
    expect(nthWeekday(2026, 10, 5, -1)).toBe('2026-10-30') // last Friday
    expect(nthWeekday(2027, 2, 1, 5)).toBeNull() // no fifth Monday in February 2027
    expect(weekdayOf('2026-11-23')).toBe(1)
  })

  it('moves a date to the same weekday pattern next year', () => {
    expect(samePatternIn('2026-03-12', 2027)).toBe('2027-03-11') // second Thursday
    expect(samePatternIn('2026-10-29', 2027)).toBe('2027-10-28') // fifth Thursday -> last Thursday
  })

  it('finds the Monday of an ISO week', () => {
    expect(mondayOfIsoWeek(2027, 1)).toBe('2027-01-04')
    expect(mondayOfIsoWeek(2026, 1)).toBe('2025-12-29')
    expect(mondayOfIsoWeek(2027, 6)).toBe('2027-02-08')
  })

  it('generates a rule’s dates in a year', () => {
    expect(datesForRule({ weekday: 4, ordinal: 2, months: [10, 3] }, 2027)).toEqual(['2027-03-11', '2027-10-14'])
  })
})

describe('working days around Easter and 17 May 2027', () => {
  it('knows the Norwegian public holidays', () => {
    expect(norwegianHoliday('2027-03-25')).toBe('skjærtorsdag')
    expect(norwegianHoliday('2027-05-17')).toBe('grunnlovsdagen og andre pinsedag')
    expect(norwegianHoliday('2027-02-14')).toBeNull()
  })

  it('skips Easter when counting back to a case deadline', () => {
    // Meeting Thursday 1 April 2027: back from Wednesday 31 March, over 2. påskedag, the Easter
    // weekend, langfredag and skjærtorsdag, to Monday 22 March.
    expect(addWorkingDays('2027-04-01', -5, norwegianHoliday)).toBe('2027-03-22')
  })

  it('skips 13 and 17 May when counting forward to the minutes', () => {
    // Kristi himmelfartsdag is Thursday 6 May; 1. pinsedag Sunday 16 May, 17 May also 2. pinsedag.
    expect(addWorkingDays('2027-05-05', 3, norwegianHoliday)).toBe('2027-05-11')
    expect(addWorkingDays('2027-05-14', 1, norwegianHoliday)).toBe('2027-05-18')
  })

  it('sends a notice due on a holiday on the working day before', () => {
    expect(workingDayOnOrBefore('2027-03-29', norwegianHoliday)).toBe('2027-03-24')
  })

  it('computes a meeting’s three deadlines', () => {
    const rules = { caseDeadlineWorkingDays: 10, noticeDays: 7, minutesWorkingDays: 10 }
    expect(deadlinesFor('2027-04-08', rules, norwegianHoliday)).toEqual([
      { kind: 'caseDeadline', date: '2027-03-22' },
      { kind: 'notice', date: '2027-04-01' },
      { kind: 'minutes', date: '2027-04-22' },
    ])
  })
})

describe('meeting life cycle', () => {
  it('goes forward, cancels before it is held, and restores a cancelled meeting', () => {
    expect(canChangeStatus('planned', 'notice_sent')).toBe(true)
    expect(canChangeStatus('notice_sent', 'agenda')).toBe(false)
    expect(canChangeStatus('notice_sent', 'cancelled')).toBe(true)
    expect(canChangeStatus('held', 'cancelled')).toBe(false)
    expect(canChangeStatus('cancelled', 'planned')).toBe(true)
    expect(canChangeStatus('cancelled', 'held')).toBe(false)
  })

  it('numbers meetings per body and year by date, leaving out cancelled ones', () => {
    const m = (id: number, bodyId: number, date: string, status: 'planned' | 'cancelled' = 'planned') => ({
      id,
      bodyId,
      date,
      startTime: '09:00',
      status,
      fixed: null,
    })
    const numbers = meetingNumbers([
      m(1, 1, '2027-10-14'),
      m(2, 1, '2027-03-11'),
      m(3, 1, '2027-06-10', 'cancelled'),
      m(4, 2, '2027-01-20'),
      m(5, 1, '2028-01-13'),
    ])
    expect(Object.fromEntries(numbers)).toEqual({ 2: 1, 1: 2, 4: 1, 5: 1 })
  })

  it('keeps a number fixed at the notice, and never gives it to another meeting', () => {
    const numbers = meetingNumbers([
      { id: 1, bodyId: 1, date: '2027-02-03', startTime: '09:00', status: 'cancelled', fixed: 1 },
      { id: 2, bodyId: 1, date: '2027-04-07', startTime: '09:00', status: 'notice_sent', fixed: 2 },
      { id: 3, bodyId: 1, date: '2027-03-10', startTime: '09:00', status: 'planned', fixed: null },
      { id: 4, bodyId: 1, date: '2027-06-02', startTime: '09:00', status: 'planned', fixed: null },
    ])
    expect(Object.fromEntries(numbers)).toEqual({ 1: 1, 2: 2, 3: 3, 4: 4 })
  })
})

describe('meeting warnings', () => {
  it('warns about a public holiday, a weekend and people needed in two places', () => {
    const warnings = meetingWarnings('2027-05-17', norwegianHoliday, [
      { bodyName: 'RS Lister', startTime: '10:00', endTime: '12:00', people: ['Kari Haugland'] },
    ])
    expect(warnings.map((w) => w.message)).toEqual([
      '17.05.2027 er grunnlovsdagen og andre pinsedag.',
      'Samtidig med RS Lister 10:00–12:00: Kari Haugland sitter i begge.',
    ])
    expect(meetingWarnings('2027-03-13', norwegianHoliday, [])[0].message).toBe('13.03.2027 er en lørdag.')
  })
})
