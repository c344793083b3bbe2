import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestWorkspace, type TestWorkspace } from '../test-support/temp-workspace'

/**
 * A restricted (sperret) person is kept but not put to new work: main refuses, whatever the
 * screen offers. What already names them saves unchanged; nothing is written on a refusal.
 */

let ws: TestWorkspace
beforeEach(async () => {
  ws = await openTestWorkspace()
  await ws.must('workspace.create', { template: 'empty', name: 'Test' })
})
afterEach(() => ws.close())

async function setUp() {
  const org = (await ws.must('organisations.save', { name: 'Lyngdal kommune', kind: 'kommune' })).id
  const kari = (await ws.must('people.save', { name: 'Kari Haugland', organisationId: org })).id
  const ola = (await ws.must('people.save', { name: 'Ola Tveit', organisationId: org })).id
  const body = (
    await ws.must('bodies.save', {
      name: 'Regionalt samarbeidsutvalg Lister',
      shortCode: 'RS-L',
      level: 'regionalt',
      caseLabelFormat: '{nr}/{år}',
      defaultDurationMinutes: 120,
    })
  ).id
  const role = (await ws.must('roles.save', { title: 'Ordfører', kind: 'ordforer', organisationId: org })).id
  return { org, kari, ola, body, role }
}

describe('a restricted person', () => {
  it('is refused as a new member, deputy, case officer, role holder and plan leader', async () => {
    const r = await setUp()
    const membership = await ws.must('memberships.save', {
      bodyId: r.body,
      member: { personId: r.kari, roleId: null },
      fromDate: '2024-01-01',
    })
    const existing = await ws.must('cases.save', { bodyId: r.body, title: 'Legevakt', officerPersonId: r.kari })
    await ws.must('people.restrict', { id: r.kari, restricted: true, restrictionReason: 'Krav om begrensning' })

    const refusals = [
      await ws.call('memberships.save', {
        bodyId: r.body,
        member: { personId: r.ola, roleId: null },
        fromDate: '2024-01-01',
        personalDeputy: { personId: r.kari, roleId: null },
      }),
      await ws.call('cases.save', { bodyId: r.body, title: 'Ny sak', officerPersonId: r.kari }),
      await ws.call('roles.assignHolder', { roleId: r.role, personId: r.kari, fromDate: '2026-01-01' }),
    ]
    for (const result of refusals) {
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toBe('validation')
        expect(result.error.message).toMatch(/Kari Haugland er sperret/)
      }
    }
    expect(refusals.map((r) => (r.ok ? null : r.error.field))).toEqual([
      'personalDeputy.personId',
      'officerPersonId',
      'personId',
    ])
    expect(await ws.must('cases.list', {})).toHaveLength(1)

    // What already names her is history: it saves unchanged.
    await ws.must('memberships.save', {
      id: membership.id,
      bodyId: r.body,
      member: { personId: r.kari, roleId: null },
      fromDate: '2024-01-01',
      notes: 'Oppdatert',
    })
    await ws.must('cases.save', {
      id: existing.id,
      bodyId: r.body,
      title: 'Legevakt i Lister',
      officerPersonId: r.kari,
    })

    const plan = await ws.must('plans.save', { title: 'Plan', periodFrom: 2024, periodTo: 2026, ownerBodyId: r.body })
    const area = await ws.must('planNodes.save', { planId: plan.id, level: 'focusArea', title: 'Fokus' })
    const goal = await ws.call('planNodes.save', {
      planId: plan.id,
      parentId: area.id,
      level: 'mainGoal',
      title: 'Mål',
      responsiblePersonId: r.kari,
    })
    expect(goal.ok ? null : goal.error.field).toBe('responsiblePersonId')

    // Lifted, she can be used again.
    await ws.must('people.restrict', { id: r.kari, restricted: false, restrictionReason: '' })
    await ws.must('cases.save', { bodyId: r.body, title: 'Ny sak', officerPersonId: r.kari })
  })
})
