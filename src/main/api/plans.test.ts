import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PlanLevel } from '../../shared/action-plan'
import { docFromText } from '../../shared/rich-text'
import { openTestWorkspace, type TestWorkspace } from '../test-support/temp-workspace'

let ws: TestWorkspace
let ssu: number
let rsKl: number
let region: number
let kristiansand: number
let kari: number
let planId: number

beforeEach(async () => {
  ws = await openTestWorkspace(new Date('2026-11-23T10:00:00Z'))
  await ws.must('workspace.create', { template: 'empty', name: 'Test' })
  region = (await ws.must('regions.save', { name: 'Region Kristiansand og Lindesnes' })).id
  kristiansand = (
    await ws.must('organisations.save', { name: 'Kristiansand kommune', kind: 'kommune', regionId: region })
  ).id
  kari = (await ws.must('people.save', { name: 'Kari Haugland', organisationId: kristiansand })).id
  ssu = (
    await ws.must('bodies.save', {
      name: 'Strategisk samarbeidsutvalg',
      shortCode: 'SSU',
      level: 'strategisk',
      caseLabelFormat: 'SSU-sak {nr}/{år}',
    })
  ).id
  rsKl = (
    await ws.must('bodies.save', { name: 'RS Kristiansand', shortCode: 'RS-KL', level: 'regionalt', regionId: region })
  ).id
  planId = (
    await ws.must('plans.save', {
      title: 'Handlingsplan for Helsefellesskapet i Agder 2023–2026',
      periodFrom: 2023,
      periodTo: 2026,
      ownerBodyId: ssu,
    })
  ).id
})
afterEach(() => ws.close())

const node = async (level: PlanLevel, parentId: number | null, title: string, extra: object = {}) =>
  (await ws.must('planNodes.save', { planId, parentId, level, title, ...extra })).id

const matrix = (reviewId: number | null = null) => ws.must('plans.matrix', { planId, reviewId })

/** 1 Fokusområde, 1.1 Hovedmål, 1.1.1 Delmål, 1.1.1.1-2 Tiltak, 1.1.2 Tiltak direkte under hovedmålet. */
async function smallPlan() {
  const focus = await node('focusArea', null, 'Tjenesteinnovasjon')
  const goal = await node('mainGoal', focus, 'Sammenhengende akuttmedisinsk kjede')
  const sub = await node('subGoal', goal, 'Felles prosedyrer')
  const m1 = await node('measure', sub, 'Utarbeide pasientforløp', {
    responsibleOrganisationId: kristiansand,
    responsibleBodyId: rsKl,
    responsiblePersonId: kari,
  })
  const m2 = await node('measure', sub, 'Øvelse i akuttmottak')
  const m3 = await node('measure', goal, 'Evaluere legevakten')
  return { focus, goal, sub, m1, m2, m3 }
}

describe('plan structure', () => {
  it('numbers the tree from positions and keeps ids when reordering', async () => {
    const p = await smallPlan()
    let rows = (await matrix()).rows
    expect(rows.map((r) => `${r.number} ${r.title}`)).toEqual([
      '1 Tjenesteinnovasjon',
      '1.1 Sammenhengende akuttmedisinsk kjede',
      '1.1.1 Felles prosedyrer',
      '1.1.1.1 Utarbeide pasientforløp',
      '1.1.1.2 Øvelse i akuttmottak',
      '1.1.2 Evaluere legevakten',
    ])
    expect(rows[3].responsibleLabel).toBe('Kristiansand kommune · RS-KL · Kari Haugland')
    expect(rows[3].regionIds).toEqual([region])
    expect(rows[4].responsibleLabel).toBe('')

    await ws.must('planNodes.move', { id: p.m2, parentId: p.sub, position: 1 })
    rows = (await matrix()).rows
    expect(rows.find((r) => r.id === p.m2)?.number).toBe('1.1.1.1')
    expect(rows.find((r) => r.id === p.m1)?.number).toBe('1.1.1.2')

    // Moved to the other parent it goes where asked; the old siblings close the gap.
    await ws.must('planNodes.move', { id: p.m2, parentId: p.goal, position: 99 })
    rows = (await matrix()).rows
    expect(rows.find((r) => r.id === p.m2)?.number).toBe('1.1.3')
    expect(rows.find((r) => r.id === p.m1)?.number).toBe('1.1.1.1')
    expect(rows.filter((r) => r.parentId === p.goal).map((r) => r.position)).toEqual([1, 2, 3])

    await ws.must('planNodes.delete', { id: p.sub })
    rows = (await matrix()).rows
    expect(rows.map((r) => r.number)).toEqual(['1', '1.1', '1.1.1', '1.1.2'])
  })

  it('refuses a node at the wrong level, in another plan or under itself, and writes nothing', async () => {
    const p = await smallPlan()
    const wrong = await ws.call('planNodes.save', { planId, parentId: p.focus, level: 'measure', title: 'Feil' })
    expect(wrong.ok).toBe(false)
    if (!wrong.ok) {
      expect(wrong.error.field).toBe('parentId')
      expect(wrong.error.message).toBe(
        'Et tiltak kan ikke ligge under et fokusområde; det ligger under et delmål eller et hovedmål.',
      )
    }
    const noParent = await ws.call('planNodes.save', { planId, parentId: null, level: 'subGoal', title: 'Løst' })
    expect(noParent.ok || noParent.error.message).toBe('Velg overordnet punkt: et delmål ligger under et hovedmål.')
    const focusUnder = await ws.call('planNodes.save', { planId, parentId: p.goal, level: 'focusArea', title: 'X' })
    expect(focusUnder.ok).toBe(false)

    const other = (
      await ws.must('plans.save', { title: 'Annen plan', periodFrom: 2027, periodTo: 2027, ownerBodyId: ssu })
    ).id
    const otherFocus = (
      await ws.must('planNodes.save', { planId: other, parentId: null, level: 'focusArea', title: 'F' })
    ).id
    const otherGoal = (
      await ws.must('planNodes.save', { planId: other, parentId: otherFocus, level: 'mainGoal', title: 'G' })
    ).id
    const moveAcross = await ws.call('planNodes.move', { id: p.m1, parentId: otherGoal, position: 1 })
    expect(moveAcross.ok || moveAcross.error.message).toBe('Overordnet punkt hører til en annen handlingsplan.')

    const underItself = await ws.call('planNodes.move', { id: p.goal, parentId: p.goal, position: 1 })
    expect(underItself.ok).toBe(false)

    const badPerson = await ws.call('planNodes.save', {
      planId,
      parentId: p.sub,
      level: 'measure',
      title: 'Ny',
      responsiblePersonId: 999,
    })
    expect(badPerson.ok || badPerson.error.field).toBe('responsiblePersonId')

    expect((await matrix()).rows).toHaveLength(6)
  })

  it('sets statuses on measures only, per review, with history and the previous status', async () => {
    const p = await smallPlan()
    const r2024 = (await ws.must('reviews.save', { planId, title: 'Årlig gjennomgang 2024', date: '2024-11-01' })).id
    const r2025 = (await ws.must('reviews.save', { planId, title: 'Årlig gjennomgang 2025', date: '2025-11-01' })).id
    await ws.must('reviews.setStatus', { reviewId: r2024, nodeId: p.m1, status: 'red', comment: 'Ikke startet' })
    await ws.must('reviews.setStatus', { reviewId: r2024, nodeId: p.m2, status: 'red' })
    await ws.must('reviews.setStatus', { reviewId: r2025, nodeId: p.m1, status: 'yellow', comment: 'I gang' })
    await ws.must('reviews.setStatus', { reviewId: r2025, nodeId: p.m2, status: 'red' })
    await ws.must('reviews.setStatus', { reviewId: r2025, nodeId: p.m3, status: 'green' })

    const onGoal = await ws.call('reviews.setStatus', { reviewId: r2025, nodeId: p.goal, status: 'green' })
    expect(onGoal.ok || onGoal.error.message).toBe(
      'Status settes bare på tiltak; «Sammenhengende akuttmedisinsk kjede» er et hovedmål.',
    )

    const m = await matrix()
    expect(m.reviewId).toBe(r2025)
    expect(m.previousReviewId).toBe(r2024)
    const m1 = m.rows.find((r) => r.id === p.m1)
    expect(m1).toMatchObject({ status: 'yellow', comment: 'I gang', previousStatus: 'red' })
    expect(m1?.history.map((h) => h.status)).toEqual(['red', 'yellow'])
    expect(m.reviews.map((r) => r.statusCount)).toEqual([2, 3])

    const old = await matrix(r2024)
    expect(old.rows.find((r) => r.id === p.m3)?.status).toBeNull()

    const comparison = await ws.must('plans.compare', { planId, fromReviewId: r2024, toReviewId: r2025 })
    expect(comparison.changed.map((c) => [c.number, c.from, c.to])).toEqual([['1.1.1.1', 'red', 'yellow']])
    expect(comparison.added.map((c) => c.number)).toEqual(['1.1.2'])
    expect(comparison.stalledRed.map((c) => c.number)).toEqual(['1.1.1.2'])
    expect(comparison.after[0].counts).toMatchObject({ red: 1, yellow: 1, green: 1, total: 3 })

    // Cleared: the row goes.
    await ws.must('reviews.setStatus', { reviewId: r2025, nodeId: p.m3, status: null })
    expect((await matrix()).rows.find((r) => r.id === p.m3)?.status).toBeNull()

    // A node with statuses is kept, and the refusal says what it holds.
    const del = await ws.call('planNodes.delete', { id: p.goal })
    expect(del.ok || del.error.message).toBe(
      'Kan ikke slette hovedmål «Sammenhengende akuttmedisinsk kjede»: 4 registrerte statuser. Fjern dette først, eller flytt punktet.',
    )
    const delPlan = await ws.call('plans.delete', { id: planId })
    expect(delPlan.ok || delPlan.error.code).toBe('in_use')
  })

  it('refuses a status from a review of another plan', async () => {
    const p = await smallPlan()
    const other = (await ws.must('plans.save', { title: 'Annen', periodFrom: 2027, periodTo: 2027, ownerBodyId: ssu }))
      .id
    const review = (await ws.must('reviews.save', { planId: other, title: 'G', date: '2027-01-01' })).id
    const result = await ws.call('reviews.setStatus', { reviewId: review, nodeId: p.m1, status: 'red' })
    expect(result.ok || result.error.field).toBe('reviewId')
  })
})

describe('input and links', () => {
  it('records input from a region and suggests the status a decided case sets', async () => {
    const p = await smallPlan()
    const r2024 = (await ws.must('reviews.save', { planId, title: 'Årlig gjennomgang 2024', date: '2024-11-01' })).id
    const r2026 = (await ws.must('reviews.save', { planId, title: 'Årlig gjennomgang 2026', date: '2026-11-01' })).id
    await ws.must('reviews.setStatus', { reviewId: r2024, nodeId: p.m1, status: 'red' })
    await ws.must('reviews.setStatus', { reviewId: r2026, nodeId: p.m1, status: 'yellow' })

    const input = await ws.must('planInputs.save', {
      planId,
      nodeId: p.m1,
      reviewId: r2026,
      fromBodyId: rsKl,
      personId: kari,
      givenOn: '2026-10-15',
      text: 'Ansvar bør knyttes til navngitt leder.',
    })
    expect(input).toMatchObject({ fromBodyShortCode: 'RS-KL', personName: 'Kari Haugland' })

    const officer = (await ws.must('people.save', { name: 'Siri Holmen' })).id
    const caseId = (
      await ws.must('cases.save', {
        bodyId: ssu,
        title: 'Pasientforløp i akuttkjeden',
        officerPersonId: officer,
        proposal: docFromText('Forløpene vedtas.'),
      })
    ).id
    await ws.must('cases.setStatus', { id: caseId, status: 'ready' })
    const meeting = (
      await ws.must('meetings.save', { bodyId: ssu, date: '2026-06-10', startTime: '09:00', endTime: '12:00' })
    ).id
    await ws.must('agenda.addCase', { meetingId: meeting, caseId })
    await ws.must('meetings.setStatus', { id: meeting, status: 'notice_sent' })
    await ws.must('meetings.setStatus', { id: meeting, status: 'held' })

    const link = await ws.must('planLinks.save', { nodeId: p.m1, caseId, status: 'green' })
    expect(link.label).toBe('SSU-sak 03/2026 Pasientforløp i akuttkjeden')
    expect(link.decidedOn).toBe('2026-06-10')
    const twice = await ws.call('planLinks.save', { nodeId: p.m1, caseId, status: null })
    expect(twice.ok).toBe(false)

    const m = await matrix(r2026)
    const row = m.rows.find((r) => r.id === p.m1)
    expect(row).toMatchObject({ inputCount: 1, linkCount: 1 })
    expect(row?.suggestedStatus).toEqual({ status: 'green', label: 'SSU-sak 03/2026: Gjennomført' })
    // Viewed from 2024 there is no earlier review: the decision still suggests.
    expect((await matrix(r2024)).rows.find((r) => r.id === p.m1)?.suggestedStatus?.status).toBe('green')

    const held = await ws.call('planNodes.delete', { id: p.m1 })
    expect(held.ok || held.error.message).toContain('1 innspill')
    await ws.must('planInputs.delete', { id: input.id })
    await ws.must('planLinks.delete', { id: link.id })
    expect((await matrix()).rows.find((r) => r.id === p.m1)).toMatchObject({ inputCount: 0, linkCount: 0 })
  })
})
