import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  canMoveMeeting,
  checkReorder,
  freezeMeeting,
  nextFreeNumber,
  postponedNumber,
  seriesNumbers,
  type Series,
  type SeriesItem,
  type SeriesMeeting,
} from './case-numbering'

const sak = (id: number, number: number | null = null, late = false): SeriesItem => ({
  id,
  numbered: true,
  number,
  late,
})
const unnumbered = (id: number): SeriesItem => ({ id, numbered: false, number: null, late: false })
const meeting = (id: number, date: string, frozen: boolean, items: SeriesItem[], startTime = '10:00') => ({
  id,
  date,
  startTime,
  frozen,
  items,
})
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, k) => from + k)
const shown = (series: Series) => Object.fromEntries(seriesNumbers(series))

// SSU 2024: the February meeting was sent with 01-05 and an unnumbered Eventuelt.
const february = meeting(1, '2024-02-08', true, [
  sak(11, 1),
  sak(12, 2),
  sak(13, 3),
  sak(14, 4),
  sak(15, 5),
  unnumbered(16),
])

describe('numbers shown in a body-year', () => {
  it('continues the next meeting from the last number sent: 06, 07, 08, Eventuelt without number', () => {
    const april = meeting(2, '2024-04-11', false, [sak(21), sak(22), sak(23), unnumbered(24)])
    expect(shown({ meetings: [april, february], reserved: range(1, 5) })).toEqual({
      11: 1,
      12: 2,
      13: 3,
      14: 4,
      15: 5,
      21: 6,
      22: 7,
      23: 8,
    })
  })

  it('follows agenda order before the notice, and meeting order by date, start time and id', () => {
    const juneMorning = meeting(4, '2024-06-13', false, [sak(41), sak(42)], '09:00')
    const juneAfternoon = meeting(3, '2024-06-13', false, [sak(31)], '13:00')
    const juneAfternoonToo = meeting(5, '2024-06-13', false, [sak(51)], '13:00')
    const april = meeting(2, '2024-04-11', false, [sak(22), sak(21)])
    const series = { meetings: [juneAfternoonToo, juneAfternoon, juneMorning, april, february], reserved: range(1, 5) }
    expect(shown(series)).toMatchObject({ 22: 6, 21: 7, 41: 8, 42: 9, 31: 10, 51: 11 })
  })

  it('never hands out a withdrawn case’s 07 again, even once it is off the agenda', () => {
    const april = meeting(2, '2024-04-11', true, [sak(21, 6), sak(23, 8)]) // 07 utgår, and was removed
    const june = meeting(3, '2024-06-13', false, [sak(31), sak(32)])
    expect(shown({ meetings: [february, april, june], reserved: range(1, 8) })).toMatchObject({ 31: 9, 32: 10 })
  })

  it('does not let an unsent meeting dated before a sent one collide with it', () => {
    const may = meeting(2, '2024-05-02', true, [sak(21, 1), sak(22, 2), sak(23, 3)])
    const march = meeting(1, '2024-03-07', false, [sak(11), sak(12)])
    expect(shown({ meetings: [march, may], reserved: [1, 2, 3] })).toEqual({ 11: 4, 12: 5, 21: 1, 22: 2, 23: 3 })
  })

  it('lets a postponed case keep its number in the next meeting, and counts the others around it', () => {
    const april = meeting(2, '2024-04-11', false, [sak(21), sak(22, 3), sak(23)])
    expect(shown({ meetings: [february, april], reserved: range(1, 5) })).toMatchObject({ 21: 6, 22: 3, 23: 7 })
  })

  it('counts on from the numbers on the agenda even if the reserved list lags behind them', () => {
    const april = meeting(2, '2024-04-11', false, [sak(21)])
    expect(shown({ meetings: [february, april], reserved: [] })).toMatchObject({ 21: 6 })
    expect(nextFreeNumber({ meetings: [february], reserved: [] })).toBe(6)
  })

  it('shows no number for a numbered item in a sent meeting that never got one', () => {
    const sent = meeting(1, '2024-02-08', true, [sak(11, 1), sak(12)])
    expect(shown({ meetings: [sent], reserved: [1] })).toEqual({ 11: 1 })
  })

  it('starts at 01 in an empty year', () => {
    expect(shown({ meetings: [meeting(1, '2025-01-16', false, [unnumbered(10), sak(11)])], reserved: [] })).toEqual({
      11: 1,
    })
  })
})

describe('sending the notice', () => {
  const april = meeting(2, '2024-04-11', false, [unnumbered(20), sak(21), sak(22), unnumbered(24)])
  const june = meeting(3, '2024-06-13', false, [sak(31), sak(32)])
  const series = { meetings: [february, april, june], reserved: range(1, 5) }

  it('fixes what was shown when notices go out in date order', () => {
    expect(freezeMeeting(series, 2)).toEqual([
      { itemId: 21, number: 6 },
      { itemId: 22, number: 7 },
    ])
  })

  it('gives a meeting sent out of turn the next numbers, and the earlier unsent one counts on after it', () => {
    expect(freezeMeeting(series, 3)).toEqual([
      { itemId: 31, number: 6 },
      { itemId: 32, number: 7 },
    ])
    const juneSent = meeting(3, '2024-06-13', true, [sak(31, 6), sak(32, 7)])
    expect(shown({ meetings: [february, april, juneSent], reserved: range(1, 7) })).toMatchObject({ 21: 8, 22: 9 })
  })

  it('leaves out a postponed case that kept its number', () => {
    const withKept = meeting(2, '2024-04-11', false, [sak(21), sak(22, 4), sak(23)])
    expect(freezeMeeting({ meetings: [february, withKept], reserved: range(1, 5) }, 2)).toEqual([
      { itemId: 21, number: 6 },
      { itemId: 23, number: 7 },
    ])
  })

  it('has nothing to store for a programme without cases, a sent meeting, or an unknown meeting', () => {
    const programme = meeting(5, '2024-09-19', false, [unnumbered(51), unnumbered(52)])
    expect(freezeMeeting({ meetings: [february, programme], reserved: range(1, 5) }, 5)).toEqual([])
    expect(freezeMeeting(series, 1)).toEqual([])
    expect(freezeMeeting(series, 99)).toEqual([])
  })
})

describe('tilleggssak', () => {
  it('takes the next free number, and the unsent meeting after it moves up by one', () => {
    const april = meeting(2, '2024-04-11', true, [sak(21, 6), sak(22, 7), sak(23, 8)])
    const june = meeting(3, '2024-06-13', false, [sak(31), sak(32)])
    const before = { meetings: [february, april, june], reserved: range(1, 8) }
    expect(shown(before)).toMatchObject({ 31: 9, 32: 10 })
    expect(nextFreeNumber(before)).toBe(9)
    const withLate = { ...april, items: [...april.items, sak(25, 9, true)] }
    expect(shown({ meetings: [february, withLate, june], reserved: range(1, 9) })).toMatchObject({ 25: 9, 31: 10 })
  })

  it('counts past numbers reserved by items since removed, and is 01 in an empty year', () => {
    expect(nextFreeNumber({ meetings: [february], reserved: range(1, 7) })).toBe(8)
    expect(nextFreeNumber({ meetings: [], reserved: [] })).toBe(1)
  })
})

describe('reordering the agenda', () => {
  const sent = meeting(2, '2024-04-11', true, [
    unnumbered(20),
    sak(21, 6),
    sak(22, 7),
    sak(25, 9, true),
    unnumbered(24),
  ])

  it('refuses an order that is not exactly the meeting’s items', () => {
    const notSame = { ok: false, reason: 'not_same_items' }
    expect(checkReorder(sent, [20, 21, 22, 25])).toEqual(notSame)
    expect(checkReorder(sent, [20, 21, 22, 25, 24, 99])).toEqual(notSame)
    expect(checkReorder(sent, [20, 21, 22, 22, 24])).toEqual(notSame)
    expect(checkReorder(sent, [20, 21, 22, 25, 99])).toEqual(notSame)
  })

  it('takes any order before the notice: the numbers follow it', () => {
    const draft = meeting(3, '2024-06-13', false, [sak(31), sak(32), unnumbered(33)])
    expect(checkReorder(draft, [33, 32, 31])).toEqual({ ok: true })
  })

  it('moves Eventuelt and a tilleggssak freely after the notice', () => {
    expect(checkReorder(sent, [24, 25, 21, 20, 22])).toEqual({ ok: true })
  })

  it('refuses to put 07 before 06 after the notice', () => {
    expect(checkReorder(sent, [20, 22, 21, 25, 24])).toEqual({ ok: false, reason: 'would_renumber' })
  })

  it('lets a sent agenda with a postponed 03 keep its order or be put in number order', () => {
    const kept = meeting(2, '2024-04-11', true, [sak(21, 6), sak(22, 3), sak(23, 7)])
    expect(checkReorder(kept, [21, 22, 23])).toEqual({ ok: true })
    expect(checkReorder(kept, [22, 21, 23])).toEqual({ ok: true })
    expect(checkReorder(kept, [21, 23, 22])).toEqual({ ok: false, reason: 'would_renumber' })
  })
})

describe('moving a meeting or a case across the new year', () => {
  it('keeps a meeting holding a fixed number in its year', () => {
    expect(canMoveMeeting(february, '2024-03-07')).toBe(true)
    expect(canMoveMeeting(february, '2023-12-14')).toBe(false)
    const draft = meeting(6, '2024-12-12', false, [sak(61), unnumbered(62)])
    expect(canMoveMeeting(draft, '2025-01-09')).toBe(true)
    const withKept = meeting(6, '2024-12-12', false, [sak(61), sak(62, 4)])
    expect(canMoveMeeting(withKept, '2025-01-09')).toBe(false)
  })

  it('lets a postponed case keep its number only within the year, and only if the body says so', () => {
    expect(postponedNumber(2024, 2024, 7, true)).toBe(7)
    expect(postponedNumber(2024, 2024, 7, false)).toBeNull()
    expect(postponedNumber(2024, 2025, 7, true)).toBeNull()
    expect(postponedNumber(2024, 2024, null, true)).toBeNull()
  })
})

// ---- Property: a year of agenda work never breaks a number that was sent ----------------------

/** A case is what people cite; a postponed case and its continuation are one case on two agendas. */
interface ModelItem extends SeriesItem {
  caseId: number
  withdrawn: boolean
  postponed: boolean
}
interface ModelMeeting extends SeriesMeeting {
  items: ModelItem[]
}
interface Model {
  meetings: ModelMeeting[]
  reserved: number[]
  keepsNumber: boolean
  /** Which case each fixed number was given to, and each fixed item's number, when it was fixed. */
  owner: Map<number, number>
  fixedAt: Map<number, number>
  /** Items numbered by a notice: they must read in order on their agenda for ever after. */
  sentInOrder: Set<number>
  lastId: number
}

const date = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }))
  .map(([m, d]) => `2024-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
const startTime = fc.constantFrom('09:00', '12:30', '18:00')
/** Indices into whatever is eligible when the operation runs, so every sequence stays meaningful. */
const pick = fc.nat({ max: 1000 })
const op = <K extends string, T>(weight: number, kind: K, fields: fc.Arbitrary<T>) => ({
  weight,
  arbitrary: fields.map((f) => ({ kind, ...f })),
})
const operation = fc.oneof(
  op(6, 'add', fc.record({ m: pick, at: pick, numbered: fc.boolean() })),
  op(1, 'remove', fc.record({ m: pick, at: pick })),
  op(2, 'reorder', fc.record({ m: pick, keys: fc.array(pick) })),
  op(2, 'freeze', fc.record({ m: pick })),
  op(1, 'withdraw', fc.record({ m: pick, at: pick })),
  op(1, 'late', fc.record({ m: pick, at: pick, numbered: fc.boolean() })),
  op(2, 'postpone', fc.record({ m: pick, at: pick, to: pick })),
  op(1, 'move', fc.record({ m: pick, to: date, nextYear: fc.boolean() })),
)
type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never

/** Only the plan is generated: the model is built fresh per run, since fast-check replays values when shrinking. */
const plan = fc.record({
  meetings: fc.array(fc.tuple(date, startTime), { minLength: 2, maxLength: 6 }),
  keepsNumber: fc.boolean(),
})
const modelOf = ({ meetings, keepsNumber }: { meetings: [string, string][]; keepsNumber: boolean }): Model => ({
  meetings: meetings.map(([d, t], k) => ({ id: k + 1, date: d, startTime: t, frozen: false, items: [] })),
  reserved: [],
  keepsNumber,
  owner: new Map(),
  fixedAt: new Map(),
  sentInOrder: new Set(),
  lastId: 100,
})

const order = (a: SeriesMeeting, b: SeriesMeeting) =>
  a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || a.id - b.id
const choose = <T>(list: T[], k: number): T | undefined => (list.length === 0 ? undefined : list[k % list.length])
const insertAt = <T>(list: T[], k: number, value: T) => list.splice(k % (list.length + 1), 0, value)

function fix(model: Model, item: ModelItem, number: number) {
  expect(model.owner.has(number)).toBe(false)
  model.owner.set(number, item.caseId)
  model.fixedAt.set(item.id, number)
  model.reserved.push(number)
  item.number = number
}

function newItem(model: Model, caseId: number | null, numbered: boolean, number: number | null, late: boolean) {
  model.lastId += 1
  const id = model.lastId
  return { id, caseId: caseId ?? id, numbered, number, late, withdrawn: false, postponed: false } satisfies ModelItem
}

/** A number held by another item too (the source of a postponement) may leave with this one. */
const heldElsewhere = (model: Model, item: ModelItem) =>
  model.meetings.some((m) => m.items.some((other) => other !== item && other.number === item.number))

function apply(model: Model, op: Operation) {
  const open = model.meetings.filter((m) => !m.frozen)
  const sent = model.meetings.filter((m) => m.frozen)
  switch (op.kind) {
    case 'add': {
      const m = choose(open, op.m)
      if (m) insertAt(m.items, op.at, newItem(model, null, op.numbered, null, false))
      return
    }
    case 'remove': {
      const m = choose(open, op.m)
      const item = m && choose(m.items, op.at)
      if (m && item && (item.number === null || heldElsewhere(model, item))) m.items.splice(m.items.indexOf(item), 1)
      return
    }
    case 'reorder': {
      const m = choose(model.meetings, op.m)
      if (!m) return
      const ids = m.items.map((item, k) => ({ id: item.id, key: op.keys[k] ?? 0, k }))
      const newOrder = ids.sort((a, b) => a.key - b.key || a.k - b.k).map((x) => x.id)
      if (newOrder.length > 0) expect(checkReorder(m, newOrder.slice(1)).ok).toBe(false)
      const check = checkReorder(m, newOrder)
      if (!m.frozen) expect(check).toEqual({ ok: true })
      if (check.ok) m.items = newOrder.map((id) => m.items.find((item) => item.id === id) as ModelItem)
      else expect(check.reason).toBe('would_renumber')
      return
    }
    case 'freeze': {
      const m = choose(open, op.m)
      if (!m) return
      const before = seriesNumbers(model)
      const stored = freezeMeeting(model, m.id)
      const base = Math.max(0, ...model.reserved)
      expect(stored.map((s) => s.number)).toEqual(range(base + 1, base + stored.length))
      const firstInTurn = open
        .filter((other) => order(other, m) < 0)
        .every((other) => other.items.every((item) => !item.numbered || item.number !== null))
      if (firstInTurn) for (const s of stored) expect(before.get(s.itemId)).toBe(s.number)
      for (const s of stored) {
        const item = m.items.find((i) => i.id === s.itemId) as ModelItem
        fix(model, item, s.number)
        model.sentInOrder.add(item.id)
      }
      m.frozen = true
      return
    }
    case 'withdraw': {
      const item = choose(choose(sent, op.m)?.items ?? [], op.at)
      if (item) item.withdrawn = true
      return
    }
    case 'late': {
      const m = choose(sent, op.m)
      if (!m) return
      const item = newItem(model, null, op.numbered, null, true)
      if (op.numbered) fix(model, item, nextFreeNumber(model))
      insertAt(m.items, op.at, item)
      return
    }
    case 'postpone': {
      const from = choose(model.meetings, op.m)
      const item = choose(from?.items.filter((i) => i.numbered && !i.withdrawn && !i.postponed) ?? [], op.at)
      if (!from || !item) return
      // One step past the last meeting of the year is a meeting next year: the case leaves this series.
      const later = model.meetings.filter((m) => order(m, from) > 0).sort(order)
      const to = later[op.to % (later.length + 1)]
      const kept = postponedNumber(2024, to ? 2024 : 2025, item.number, model.keepsNumber)
      if (from.frozen) item.postponed = true
      else from.items.splice(from.items.indexOf(item), 1)
      if (!to) {
        expect(kept).toBeNull()
        return
      }
      const continuation = newItem(model, item.caseId, true, kept, to.frozen)
      if (kept !== null) model.fixedAt.set(continuation.id, kept)
      else if (to.frozen) fix(model, continuation, nextFreeNumber(model))
      insertAt(to.items, op.at, continuation)
      return
    }
    case 'move': {
      const m = choose(model.meetings, op.m)
      if (!m) return
      const toDate = op.nextYear ? op.to.replace('2024', '2025') : op.to
      const holdsNumber = m.items.some((item) => item.number !== null)
      expect(canMoveMeeting(m, toDate)).toBe(!op.nextYear || !holdsNumber)
      if (!op.nextYear) m.date = toDate
      return
    }
  }
}

function expectInvariants(model: Model, frozenBefore: Map<number, number>) {
  const numbers = seriesNumbers(model)
  const items = new Map(model.meetings.flatMap((m) => m.items.map((item) => [item.id, { item, meeting: m }] as const)))
  const all = [...items.values()].map(({ item }) => item)
  const highest = Math.max(0, ...model.reserved)
  // Violations are collected and asserted once: an expect per item makes 300 runs slow.
  const wrong = (list: Iterable<[number, number]>, ok: (id: number, n: number) => boolean) =>
    [...list].filter(([id, n]) => !ok(id, n))

  // Every numbered item shows a number, unless it sits in a sent meeting without one (never happens here).
  const shouldShow = [...items.values()].filter(
    ({ item, meeting }) => item.numbered && (item.number !== null || !meeting.frozen),
  )
  expect(shouldShow.map(({ item }) => item.id).sort()).toEqual([...numbers.keys()].sort())

  // (a) unique, except that a postponed case and its continuations are one case.
  const byNumber = new Map<number, ModelItem[]>()
  for (const [id, n] of numbers) byNumber.set(n, [...(byNumber.get(n) ?? []), items.get(id)!.item])
  const shared = [...byNumber.values()].filter(
    (holders) => new Set(holders.map((h) => h.caseId)).size > 1 || holders.filter((h) => !h.postponed).length > 1,
  )
  expect(shared).toEqual([])

  // (b) a fixed number never changes and belongs to one case; provisional ones lie above all of them.
  expect(wrong(model.fixedAt, (id, n) => !items.has(id) || numbers.get(id) === n)).toEqual([])
  expect(
    wrong(numbers, (id, n) => {
      const { item } = items.get(id)!
      return item.number === null ? n > highest : model.owner.get(n) === item.caseId
    }),
  ).toEqual([])

  // (c) what a notice sent stays as sent, on the agenda and in number order.
  expect(wrong(frozenBefore, (id, n) => numbers.get(id) === n)).toEqual([])
  for (const m of model.meetings.filter((m) => m.frozen)) {
    const inOrder = m.items.filter((item) => model.sentInOrder.has(item.id)).map((item) => item.number as number)
    expect(inOrder.every((n, k) => k === 0 || inOrder[k - 1] < n)).toBe(true)
  }

  // (d) reserved is 1..max with no gaps, and every reserved number is held by an item still in the series.
  expect([...model.reserved].sort((a, b) => a - b)).toEqual(range(1, highest))
  const held = new Set(all.map((item) => item.number).filter((n) => n !== null))
  expect([...held].sort((a, b) => a - b)).toEqual(range(1, highest))

  // (e) numbers are whole and start at 1.
  expect(wrong(numbers, (_, n) => Number.isInteger(n) && n >= 1)).toEqual([])
}

/** The numbers of items in sent meetings, as shown now. */
const frozenNumbers = (model: Model) =>
  new Map(
    model.meetings
      .filter((m) => m.frozen)
      .flatMap((m) => m.items.flatMap((item) => (item.number === null ? [] : [[item.id, item.number] as const]))),
  )

describe('a year of agenda work (property)', () => {
  it('never changes, reuses or skips a number that was fixed', () => {
    fc.assert(
      fc.property(plan, fc.array(operation, { maxLength: 60, size: 'max' }), (year, ops) => {
        const model = modelOf(year)
        for (const op of ops) {
          const frozenBefore = frozenNumbers(model)
          apply(model, op)
          expectInvariants(model, frozenBefore)
        }
      }),
      { numRuns: 300 },
    )
  })

  it('sends the very numbers it showed when notices go out in date order', () => {
    const agendas = fc.array(fc.array(fc.boolean(), { maxLength: 8 }), { minLength: 1, maxLength: 6 })
    fc.assert(
      fc.property(agendas, fc.array(fc.tuple(date, startTime), { minLength: 6, maxLength: 6 }), (agendas, when) => {
        let id = 0
        const series: Series = {
          reserved: [],
          meetings: agendas.map((numbered, k) => ({
            id: k + 1,
            date: when[k][0],
            startTime: when[k][1],
            frozen: false,
            items: numbered.map((n) => ({ id: (id += 1), numbered: n, number: null, late: false })),
          })),
        }
        const shownBefore = seriesNumbers(series)
        for (const m of [...series.meetings].sort(order)) {
          for (const { itemId, number } of freezeMeeting(series, m.id)) {
            expect(number).toBe(shownBefore.get(itemId))
            m.items.find((item) => item.id === itemId)!.number = number
            series.reserved.push(number)
          }
          m.frozen = true
        }
        expect(seriesNumbers(series)).toEqual(shownBefore)
      }),
      { numRuns: 300 },
    )
  })
})
