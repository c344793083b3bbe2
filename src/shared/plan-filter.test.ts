import { describe, expect, it } from 'vitest'
import type { MatrixFilter, MatrixRow, MeasureStatus, PlanLevel } from './action-plan'
import { emptyFilter, filterMatrix } from './plan-filter'
import { compareReviews, summarise } from './plan-summary'

let nextId = 1
function row(
  level: PlanLevel,
  parentId: number | null,
  number: string,
  title: string,
  extra: Partial<MatrixRow> = {},
): MatrixRow {
  return {
    id: nextId++,
    parentId,
    level,
    number,
    depth: number.split('.').length - 1,
    position: Number(number.split('.').at(-1)),
    title,
    responsibleOrganisationId: null,
    responsibleBodyId: null,
    responsiblePersonId: null,
    responsibleLabel: '',
    responsiblePersonName: '',
    regionIds: [],
    timeFrame: '',
    resources: '',
    indicator: '',
    notes: '',
    status: null,
    comment: '',
    previousStatus: null,
    history: [],
    inputCount: 0,
    linkCount: 0,
    suggestedStatus: null,
    ...extra,
  }
}

const history = (...statuses: (MeasureStatus | null)[]) =>
  statuses.flatMap((status, i) => (status ? [{ reviewId: i + 1, status, comment: '', setAt: '' }] : []))

/** Two focus areas; measures with statuses in reviews 1 and 2 (the matrix shows review 2). */
function plan() {
  nextId = 1
  const f1 = row('focusArea', null, '1', 'Tjenesteinnovasjon')
  const g1 = row('mainGoal', f1.id, '1.1', 'Akuttmedisinsk kjede')
  const s1 = row('subGoal', g1.id, '1.1.1', 'Felles prosedyrer')
  const m1 = row('measure', s1.id, '1.1.1.1', 'Pasientforløp for eldre', {
    responsibleOrganisationId: 7,
    responsibleBodyId: 3,
    responsiblePersonId: 40,
    responsibleLabel: 'Kristiansand kommune · RS-KL · Kari Haugland',
    regionIds: [1],
    status: 'red',
    history: history('red', 'red'),
  })
  const m2 = row('measure', g1.id, '1.1.2', 'Øvelse i akuttmottak', {
    status: 'green',
    history: history('yellow', 'green'),
  })
  const f2 = row('focusArea', null, '2', 'Rett kompetanse')
  const g2 = row('mainGoal', f2.id, '2.1', 'Samhandlingsledelse')
  const m3 = row('measure', g2.id, '2.1.1', 'Felles lederutvikling for SSU-representanter', {
    responsibleBodyId: 5,
    responsibleLabel: 'RS-ØA',
    regionIds: [2],
    status: 'yellow',
    history: history(null, 'yellow'),
  })
  const m4 = row('measure', g2.id, '2.1.2', 'Hospitering', { status: null, history: history('red') })
  return { rows: [f1, g1, s1, m1, m2, f2, g2, m3, m4], f1, g1, s1, m1, m2, f2, g2, m3, m4 }
}

const ids = (rows: MatrixRow[]) => rows.map((r) => r.number)
const filter = (f: Partial<MatrixFilter>): MatrixFilter => ({ ...emptyFilter, ...f })

describe('filterMatrix', () => {
  it('returns the rows as they are without a filter', () => {
    const p = plan()
    expect(filterMatrix(p.rows, emptyFilter)).toBe(p.rows)
  })

  it('keeps the ancestors of every matching measure', () => {
    const p = plan()
    expect(ids(filterMatrix(p.rows, filter({ statuses: ['red'] })))).toEqual(['1', '1.1', '1.1.1', '1.1.1.1'])
    expect(ids(filterMatrix(p.rows, filter({ statuses: ['none', 'yellow'] })))).toEqual(['2', '2.1', '2.1.1', '2.1.2'])
  })

  it('filters by responsible organisation, body or person, by region and by focus area', () => {
    const p = plan()
    expect(ids(filterMatrix(p.rows, filter({ responsible: 'person:40' })))).toEqual(['1', '1.1', '1.1.1', '1.1.1.1'])
    expect(ids(filterMatrix(p.rows, filter({ responsible: 'body:5' })))).toEqual(['2', '2.1', '2.1.1'])
    expect(ids(filterMatrix(p.rows, filter({ responsible: 'organisation:99' })))).toEqual([])
    expect(ids(filterMatrix(p.rows, filter({ regionId: 2 })))).toEqual(['2', '2.1', '2.1.1'])
    expect(ids(filterMatrix(p.rows, filter({ focusAreaId: p.f2.id, statuses: ['none'] })))).toEqual([
      '2',
      '2.1',
      '2.1.2',
    ])
  })

  it('searches folding case and accents, keeping æ, ø and å, and brings a matching goal’s measures', () => {
    const p = plan()
    expect(ids(filterMatrix(p.rows, filter({ search: 'ØVELSE akuttmottak' })))).toEqual(['1', '1.1', '1.1.2'])
    expect(ids(filterMatrix(p.rows, filter({ search: 'pasientforlop' })))).toEqual([])
    expect(ids(filterMatrix(p.rows, filter({ search: 'haugland' })))).toEqual(['1', '1.1', '1.1.1', '1.1.1.1'])
    expect(ids(filterMatrix(p.rows, filter({ search: 'samhandlingsledelse' })))).toEqual(['2', '2.1', '2.1.1', '2.1.2'])
    expect(ids(filterMatrix(p.rows, filter({ search: 'samhandlingsledelse', statuses: ['yellow'] })))).toEqual([
      '2',
      '2.1',
      '2.1.1',
    ])
  })
})

describe('summarise and compareReviews', () => {
  it('counts measures per focus area by status', () => {
    const p = plan()
    expect(summarise(p.rows).map((s) => [s.number, s.counts])).toEqual([
      ['1', { red: 1, yellow: 0, green: 1, dropped: 0, none: 0, total: 2 }],
      ['2', { red: 0, yellow: 1, green: 0, dropped: 0, none: 1, total: 2 }],
    ])
  })

  it('finds what changed colour, what is new and what stalled red', () => {
    const p = plan()
    const c = compareReviews(p.rows, 1, 2)
    expect(c.changed.map((x) => [x.number, x.from, x.to])).toEqual([
      ['1.1.2', 'yellow', 'green'],
      ['2.1.2', 'red', null],
    ])
    expect(c.added.map((x) => [x.number, x.to])).toEqual([['2.1.1', 'yellow']])
    expect(c.stalledRed.map((x) => x.number)).toEqual(['1.1.1.1'])
    expect(c.before.map((s) => s.counts.red)).toEqual([1, 1])
    expect(c.after.map((s) => s.counts.red)).toEqual([1, 0])
  })
})
