import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { openTestWorkspace, type TestWorkspace } from '../test-support/temp-workspace'

/**
 * The numbering rules end to end: random sequences of what a secretariat does to agendas, run
 * through the real handlers on a real SQLite file, with the invariants checked after each step.
 * The pure rules have their own, much larger, property test in domain/case-numbering.test.ts.
 */

const dates = ['2024-02-08', '2024-04-11', '2024-06-13', '2024-10-10', '2025-02-06']

type Op =
  | { op: 'add'; meeting: number }
  | { op: 'remove'; pick: number }
  | { op: 'reorder'; meeting: number; seed: number }
  | { op: 'send'; meeting: number }
  | { op: 'withdraw'; pick: number }
  | { op: 'postpone'; pick: number; to: number | null }
  | { op: 'move'; meeting: number; to: string }

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('add' as const), meeting: fc.nat(4) }),
  fc.record({ op: fc.constant('add' as const), meeting: fc.nat(4) }),
  fc.record({ op: fc.constant('remove' as const), pick: fc.nat(50) }),
  fc.record({ op: fc.constant('reorder' as const), meeting: fc.nat(4), seed: fc.nat(1000) }),
  fc.record({ op: fc.constant('send' as const), meeting: fc.nat(4) }),
  fc.record({ op: fc.constant('withdraw' as const), pick: fc.nat(50) }),
  fc.record({ op: fc.constant('postpone' as const), pick: fc.nat(50), to: fc.option(fc.nat(4), { nil: null }) }),
  fc.record({
    op: fc.constant('move' as const),
    meeting: fc.nat(4),
    to: fc.constantFrom('2024-03-14', '2024-11-28', '2025-01-09', '2024-12-12'),
  }),
)

interface World {
  ws: TestWorkspace
  body: number
  meetings: number[]
  cases: number
}

async function setUp(): Promise<World> {
  const ws = await openTestWorkspace(new Date('2024-01-10T10:00:00Z'))
  await ws.must('workspace.create', { template: 'empty', name: 'Test' })
  const body = (
    await ws.must('bodies.save', { name: 'Strategisk samarbeidsutvalg', shortCode: 'SSU', level: 'strategisk' })
  ).id
  const meetings = []
  for (const date of dates) {
    meetings.push((await ws.must('meetings.save', { bodyId: body, date, startTime: '09:00', endTime: '12:00' })).id)
  }
  return { ws, body, meetings, cases: 0 }
}

const items = (w: World) =>
  w.ws.ctx.db
    .selectFrom('agenda_item')
    .innerJoin('meeting', 'meeting.id', 'agenda_item.meeting_id')
    .select(['agenda_item.id', 'agenda_item.case_id', 'agenda_item.number', 'agenda_item.meeting_id', 'meeting.date'])
    .orderBy('agenda_item.id')
    .execute()

async function apply(w: World, step: Op) {
  const all = await items(w)
  const pick = <T>(list: T[], n: number) => (list.length === 0 ? undefined : list[n % list.length])
  switch (step.op) {
    case 'add': {
      const c = await w.ws.must('cases.save', { bodyId: w.body, title: `Sak ${++w.cases}` })
      await w.ws.call('agenda.addCase', { meetingId: w.meetings[step.meeting], caseId: c.id })
      return
    }
    case 'remove': {
      const item = pick(all, step.pick)
      if (item) await w.ws.call('agenda.removeItem', { id: item.id })
      return
    }
    case 'reorder': {
      const ids = all.filter((i) => i.meeting_id === w.meetings[step.meeting]).map((i) => i.id)
      const shuffled = ids
        .map((id, k) => ({ id, key: (id * 7919 + step.seed * (k + 1)) % 101 }))
        .sort((a, b) => a.key - b.key)
        .map((x) => x.id)
      if (ids.length > 0) await w.ws.call('agenda.reorder', { meetingId: w.meetings[step.meeting], itemIds: shuffled })
      return
    }
    case 'send':
      await w.ws.call('meetings.setStatus', { id: w.meetings[step.meeting], status: 'notice_sent' })
      return
    case 'withdraw': {
      const item = pick(
        all.filter((i) => i.case_id !== null),
        step.pick,
      )
      if (item?.case_id) await w.ws.call('cases.withdraw', { id: item.case_id })
      return
    }
    case 'postpone': {
      const item = pick(
        all.filter((i) => i.case_id !== null),
        step.pick,
      )
      if (item)
        await w.ws.call('agenda.postpone', { id: item.id, toMeetingId: step.to === null ? null : w.meetings[step.to] })
      return
    }
    case 'move':
      await w.ws.call('meetings.save', {
        id: w.meetings[step.meeting],
        bodyId: w.body,
        date: step.to,
        startTime: '09:00',
        endTime: '12:00',
        confirmMove: true,
      })
  }
}

async function check(w: World, fixedBefore: Map<number, { number: number; year: string }>) {
  const register = await w.ws.ctx.db.selectFrom('case_number').selectAll().execute()
  const now = await items(w)
  const byId = new Map(now.map((i) => [i.id, i]))
  // A fixed number never changes, never moves to another year, and its item is never removed.
  for (const [id, fixed] of fixedBefore) {
    const item = byId.get(id)
    expect(item?.number).toBe(fixed.number)
    expect(item?.date.slice(0, 4)).toBe(fixed.year)
  }
  for (const item of now) {
    if (item.number === null) continue
    // Every fixed number is in the register for the meeting's year.
    const entry = register.find(
      (r) => r.sequence === item.number && r.year === Number(item.date.slice(0, 4)) && r.body_id === w.body,
    )
    expect(entry).toBeDefined()
    fixedBefore.set(item.id, { number: item.number, year: item.date.slice(0, 4) })
  }
  // Per year the register is gapless from 1: withdrawn items keep their numbers, nothing is skipped.
  for (const year of new Set(register.map((r) => r.year))) {
    const sequences = register
      .filter((r) => r.year === year)
      .map((r) => r.sequence)
      .sort((a, b) => a - b)
    expect(sequences).toEqual(sequences.map((_, k) => k + 1))
  }
  // Shown numbers are unique per body-year, but for a postponed case carrying its number on.
  for (const meetingId of w.meetings) {
    const agenda = await w.ws.must('agenda.get', { meetingId })
    for (const item of agenda.items) {
      if (item.numberLabel === null) continue
      const others = []
      for (const m of w.meetings) {
        const a = await w.ws.must('agenda.get', { meetingId: m })
        others.push(...a.items.filter((o) => o.id !== item.id && o.numberLabel === item.numberLabel))
      }
      expect(others.every((o) => o.caseId !== null && o.caseId === item.caseId)).toBe(true)
    }
  }
}

describe('case numbers through the handlers', () => {
  it('stay unique, fixed, gapless and in their year under random agenda work', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 5, maxLength: 18 }), async (ops) => {
        const w = await setUp()
        try {
          const fixed = new Map<number, { number: number; year: string }>()
          for (const step of ops) {
            await apply(w, step)
            await check(w, fixed)
          }
        } finally {
          await w.ws.close()
        }
      }),
      { numRuns: 25 },
    )
  }, 120_000)
})
