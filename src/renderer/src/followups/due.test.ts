import { describe, expect, it } from 'vitest'
import type { FollowUp } from '../../../shared/cases'
import { countFollowUps, dueState, openFirst } from './due'

const today = '2026-11-23'
const action = (id: number, dueDate: string | null, doneAt: string | null = null): FollowUp => ({
  id,
  agendaItemId: 1,
  what: `Punkt ${id}`,
  responsible: '',
  dueDate,
  doneAt,
  meetingId: 1,
  meetingDate: '2026-10-01',
  bodyShortCode: 'OSS',
  caseId: 1,
  itemTitle: 'Sak',
  numberLabel: 'OSS-sak 01/2026',
})

describe('dueState', () => {
  it('tells overdue, soon (today and seven days on), later and undated apart', () => {
    expect(dueState(action(1, '2026-11-22'), today)).toBe('overdue')
    expect(dueState(action(1, today), today)).toBe('soon')
    expect(dueState(action(1, '2026-11-30'), today)).toBe('soon')
    expect(dueState(action(1, '2026-12-01'), today)).toBe('later')
    expect(dueState(action(1, null), today)).toBe('none')
  })

  it('never calls a done action overdue', () => {
    expect(dueState(action(1, '2026-01-01', '2026-02-01T10:00:00.000Z'), today)).toBe('done')
  })
})

describe('countFollowUps and openFirst', () => {
  const list = [
    action(1, '2026-12-05', '2026-11-20T09:00:00.000Z'),
    action(2, '2026-11-01'),
    action(3, '2026-11-25'),
    action(4, null),
    action(5, '2026-10-01', '2026-11-21T09:00:00.000Z'),
  ]

  it('counts open, overdue, soon and done', () => {
    expect(countFollowUps(list, today)).toEqual({ open: 3, overdue: 1, soon: 1, done: 2 })
  })

  it('puts open actions first in the given order, then the latest done', () => {
    expect(openFirst(list).map((f) => f.id)).toEqual([2, 3, 4, 5, 1])
  })
})
