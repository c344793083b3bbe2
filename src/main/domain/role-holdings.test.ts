import { describe, expect, it } from 'vitest'
import { planAssignment, type HeldPeriod } from './role-holdings'

const held = (id: number, personId: number, fromDate: string, toDate: string | null = null): HeldPeriod => ({
  id,
  personId,
  fromDate,
  toDate,
})

describe('giving a role a new holder', () => {
  it('takes the first holder of a vacant role', () => {
    expect(planAssignment([], { personId: 1, fromDate: '2023-10-16', toDate: null }, 1)).toEqual({
      ok: true,
      close: null,
    })
  })

  it('closes the sitting mayor the day before the new one starts', () => {
    const plan = planAssignment([held(5, 1, '2019-10-14')], { personId: 2, fromDate: '2023-10-16', toDate: null }, 1)
    expect(plan).toEqual({ ok: true, close: { id: 5, toDate: '2023-10-15' } })
  })

  it('closes across a month and leap day boundary', () => {
    const plan = planAssignment([held(5, 1, '2020-01-01')], { personId: 2, fromDate: '2024-03-01', toDate: null }, 1)
    expect(plan).toEqual({ ok: true, close: { id: 5, toDate: '2024-02-29' } })
  })

  it('refuses a new holder starting before the sitting one', () => {
    const plan = planAssignment([held(5, 1, '2023-10-16')], { personId: 2, fromDate: '2023-01-01', toDate: null }, 1)
    expect(plan).toMatchObject({ ok: false, reason: 'startsBeforeCurrent' })
  })

  it('records a past period that fits between others', () => {
    const existing = [held(1, 1, '2015-10-01', '2019-10-13'), held(2, 2, '2023-10-16')]
    expect(planAssignment(existing, { personId: 3, fromDate: '2019-10-14', toDate: '2023-10-15' }, 1)).toEqual({
      ok: true,
      close: null,
    })
  })

  it('refuses a past period that overlaps a closed one', () => {
    const existing = [held(1, 1, '2015-10-01', '2019-10-13'), held(2, 2, '2023-10-16')]
    const plan = planAssignment(existing, { personId: 3, fromDate: '2019-01-01', toDate: '2020-01-01' }, 1)
    expect(plan).toMatchObject({ ok: false, reason: 'overlap', conflict: { id: 1 } })
  })

  it('fills the seats of a board and refuses one more', () => {
    const board = [held(1, 1, '2024-01-01'), held(2, 2, '2024-01-01')]
    expect(planAssignment(board, { personId: 3, fromDate: '2024-06-01', toDate: null }, 3)).toEqual({
      ok: true,
      close: null,
    })
    expect(planAssignment(board, { personId: 3, fromDate: '2024-06-01', toDate: null }, 2)).toMatchObject({
      ok: false,
      reason: 'seatsFull',
    })
  })

  it('never gives the same person the same role twice at once', () => {
    const plan = planAssignment([held(1, 7, '2024-01-01')], { personId: 7, fromDate: '2025-01-01', toDate: null }, 5)
    expect(plan).toMatchObject({ ok: false, reason: 'overlap' })
  })
})
