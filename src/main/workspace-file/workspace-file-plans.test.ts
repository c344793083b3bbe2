import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { summarise } from '../../shared/plan-summary'
import { buildAgderDemo } from '../demo/agder-demo'
import { openTestWorkspace, type TestWorkspace } from '../test-support/temp-workspace'
import { checkWorkspaceFile } from './check'
import type { WorkspaceFile } from './format'

let ws: TestWorkspace
beforeEach(async () => {
  ws = await openTestWorkspace()
})
afterEach(() => ws.close())

const demo = () => buildAgderDemo('2026-11-23', '2026-11-23T10:00:00.000Z', 'test')
const copy = (file: WorkspaceFile) => structuredClone(file) as Required<WorkspaceFile>
const planLists = (file: Record<string, unknown>) =>
  Object.fromEntries(
    ['plans', 'planNodes', 'planReviews', 'measureStatuses', 'planInputs', 'planLinks'].map((k) => [k, file[k]]),
  )

describe("the demo's action plan (seed 001)", () => {
  it('has the three focus areas with their main goals, and the 2025 review coloured as the seed says', async () => {
    await ws.must('workspace.create', { template: 'demo' })
    const [plan] = await ws.must('plans.list', {})
    expect(plan).toMatchObject({
      title: 'Handlingsplan for Helsefellesskapet i Agder 2023–2026',
      ownerBodyShortCode: 'OSS',
      reviewCount: 2,
    })
    expect(plan.measureCount).toBeGreaterThanOrEqual(25)
    expect(plan.measureCount).toBeLessThanOrEqual(40)
    const matrix = await ws.must('plans.matrix', { planId: plan.id, reviewId: null })
    expect(matrix.reviews.map((r) => r.title)).toEqual(['Årlig gjennomgang 2024', 'Årlig gjennomgang 2025'])
    const goals = matrix.rows.filter((r) => r.level === 'mainGoal').map((r) => r.number)
    expect(goals).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '2.1', '2.2', '2.3', '3.1', '3.2', '3.3'])
    // Every measure has a status in 2025, and a named responsible.
    const measures = matrix.rows.filter((r) => r.level === 'measure')
    expect(measures.every((m) => m.status !== null && m.responsibleLabel !== '')).toBe(true)
    const [one, two, three] = summarise(matrix.rows).map((s) => s.counts)
    // 1: mostly yellow and green; 2: mostly red; 3: mostly green and yellow.
    expect(one.yellow + one.green).toBeGreaterThan(one.red)
    expect(two.red).toBeGreaterThan(two.yellow + two.green)
    expect(three.green + three.yellow).toBeGreaterThan(three.red)
    expect(matrix.rows.find((r) => r.title.startsWith('Etablere felles nettside'))?.status).toBe('red')
    expect(matrix.inputs).toEqual([])
  })
})

describe('plan lists in the workspace file', () => {
  it('round-trip through export and import', async () => {
    await ws.must('workspace.create', { template: 'demo' })
    const [plan] = await ws.must('plans.list', {})
    const matrix = await ws.must('plans.matrix', { planId: plan.id, reviewId: null })
    const measure = matrix.rows.find((r) => r.level === 'measure')
    const rs = (await ws.must('bodies.list', { search: 'RS-KL' }))[0]
    await ws.must('planInputs.save', {
      planId: plan.id,
      nodeId: measure?.id ?? null,
      reviewId: matrix.reviewId,
      fromBodyId: rs.id,
      givenOn: '2025-10-01',
      text: 'Behov for nummerering og filtrering på ansvar.',
    })
    const exported = await ws.must('workspace.export', {})
    const document: unknown = JSON.parse(JSON.stringify(exported.document))

    const fresh = await openTestWorkspace()
    try {
      await fresh.must('workspace.import', { document })
      const again = await fresh.must('workspace.export', {})
      expect(planLists(again.document as Record<string, unknown>)).toEqual(
        planLists(exported.document as Record<string, unknown>),
      )
      const reloaded = await fresh.must('plans.matrix', { planId: plan.id, reviewId: null })
      expect(reloaded.rows).toEqual(matrix.rows.map((r) => (r.id === measure?.id ? { ...r, inputCount: 1 } : r)))
    } finally {
      await fresh.close()
    }
  })

  it('refuse broken references and rules the app keeps, naming the entry', () => {
    const base = copy(demo())
    expect(() => checkWorkspaceFile(base)).not.toThrow()

    const wrongLevel = copy(base)
    const measure = wrongLevel.planNodes.find((n) => n.level === 'measure')
    const focus = wrongLevel.planNodes.find((n) => n.level === 'focusArea')
    if (!measure || !focus) throw new Error('demo has no plan')
    measure.parentId = focus.id
    expect(() => checkWorkspaceFile(wrongLevel)).toThrow(
      `Filen er ugyldig ved punkt i handlingsplan med id ${measure.id}: Overordnet punkt: Et tiltak kan ikke ligge under et fokusområde`,
    )

    const statusOnGoal = copy(base)
    statusOnGoal.measureStatuses[0].nodeId = focus.id
    expect(() => checkWorkspaceFile(statusOnGoal)).toThrow('Status settes bare på tiltak')

    const broken = copy(base)
    broken.planNodes[3].responsiblePersonId = 99_999
    expect(() => checkWorkspaceFile(broken)).toThrow('viser til person med id 99999')

    const twice = copy(base)
    twice.measureStatuses.push({ ...twice.measureStatuses[0] })
    expect(() => checkWorkspaceFile(twice)).toThrow('står der to ganger')
  })
})
