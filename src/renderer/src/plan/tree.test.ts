import { describe, expect, it } from 'vitest'
import { childLevels, type MatrixRow, type MeasureStatus, type PlanLevel } from '../../../shared/action-plan'
import { rollup } from '../../../shared/plan-summary'
import { lacksResponsible, parentIds, responsibleChoices, subtreeIds, visibleRows } from './tree'

const row = (
  id: number,
  parentId: number | null,
  level: PlanLevel,
  number: string,
  extra: Partial<MatrixRow> = {},
): MatrixRow => ({
  id,
  parentId,
  level,
  number,
  depth: number.split('.').length - 1,
  position: Number(number.split('.').pop()),
  title: `Punkt ${number}`,
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
})
const measure = (id: number, parentId: number, number: string, status: MeasureStatus | null, extra = {}) =>
  row(id, parentId, 'measure', number, { status, ...extra })

// 1 > 1.1 > (1.1.1 > 1.1.1.1, 1.1.1.2), 1.1.2 ; 2 > 2.1 > 2.1.1
const rows = [
  row(1, null, 'focusArea', '1'),
  row(2, 1, 'mainGoal', '1.1'),
  row(3, 2, 'subGoal', '1.1.1'),
  measure(4, 3, '1.1.1.1', 'green', { responsibleOrganisationId: 10 }),
  measure(5, 3, '1.1.1.2', 'red', { responsibleOrganisationId: 10, responsiblePersonId: 40 }),
  measure(6, 2, '1.1.2', null),
  row(7, null, 'focusArea', '2'),
  row(8, 7, 'mainGoal', '2.1'),
  measure(9, 8, '2.1.1', 'yellow', { responsibleBodyId: 3 }),
]

describe('the matrix tree on screen', () => {
  it('hides everything under a closed node, however deep', () => {
    expect(visibleRows(rows, new Set([2])).map((r) => r.number)).toEqual(['1', '1.1', '2', '2.1', '2.1.1'])
    expect(visibleRows(rows, new Set([3, 7])).map((r) => r.number)).toEqual(['1', '1.1', '1.1.1', '1.1.2', '2'])
    expect(visibleRows(rows, new Set())).toBe(rows)
  })

  it('knows which rows can open', () => {
    expect([...parentIds(rows)].sort((a, b) => a - b)).toEqual([1, 2, 3, 7, 8])
  })

  it('rolls measures up to every goal and focus area above them', () => {
    const counts = rollup(rows)
    expect(counts.get(1)).toEqual({ red: 1, yellow: 0, green: 1, dropped: 0, none: 1, total: 3 })
    expect(counts.get(3)).toEqual({ red: 1, yellow: 0, green: 1, dropped: 0, none: 0, total: 2 })
    expect(counts.get(7)?.yellow).toBe(1)
    expect(counts.has(4)).toBe(false)
  })

  it('lists each responsible in use once, with counts, organisations first', () => {
    const names = {
      organisations: new Map([[10, 'Sørlandet sykehus HF']]),
      bodies: new Map([[3, 'AU']]),
      people: new Map([[40, 'Kari Haugland']]),
    }
    expect(responsibleChoices(rows, names)).toEqual([
      { key: 'organisation:10', kind: 'organisation', label: 'Sørlandet sykehus HF', count: 2 },
      { key: 'body:3', kind: 'body', label: 'AU', count: 1 },
      { key: 'person:40', kind: 'person', label: 'Kari Haugland', count: 1 },
    ])
  })

  it('flags measures without any responsible, never goals', () => {
    expect(rows.filter(lacksResponsible).map((r) => r.number)).toEqual(['1.1.2'])
  })

  it('takes the whole subtree along on delete', () => {
    expect([...subtreeIds(rows, 2)].sort((a, b) => a - b)).toEqual([2, 3, 4, 5, 6])
  })

  it('offers sub-goal or measure under a main goal', () => {
    expect(childLevels('mainGoal')).toEqual(['subGoal', 'measure'])
    expect(childLevels('measure')).toEqual([])
  })
})
