import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestWorkspace, type TestWorkspace } from '../test-support/temp-workspace'

/**
 * Deleting from the register looks at what later issues added: invitation rules and the action
 * plan. A delete that would break one is refused with the reason in Norwegian and nothing goes.
 */

let ws: TestWorkspace
beforeEach(async () => {
  ws = await openTestWorkspace()
  await ws.must('workspace.create', { template: 'empty', name: 'Test' })
})
afterEach(() => ws.close())

async function register() {
  const region = (await ws.must('regions.save', { name: 'Region Lister' })).id
  const org = (await ws.must('organisations.save', { name: 'Farsund kommune', kind: 'kommune', regionId: region })).id
  const person = (await ws.must('people.save', { name: 'Kari Haugland', organisationId: org })).id
  const role = (await ws.must('roles.save', { title: 'Ordfører', kind: 'ordforer', organisationId: org })).id
  await ws.must('roles.assignHolder', { roleId: role, personId: person, fromDate: '2023-10-16' })
  const body = (
    await ws.must('bodies.save', {
      name: 'Regionalt samarbeidsutvalg Lister',
      shortCode: 'RS-L',
      level: 'regionalt',
      caseLabelFormat: '{nr}/{år}',
      defaultDurationMinutes: 120,
    })
  ).id
  const owner = (
    await ws.must('bodies.save', {
      name: 'Partnerskapsmøtet',
      shortCode: 'PM',
      level: 'politisk',
      caseLabelFormat: 'PM-sak {nr}/{år}',
      defaultDurationMinutes: 240,
    })
  ).id
  return { region, org, person, role, body, owner }
}

describe('deleting from the register', () => {
  it('refuses a role, organisation or region an invitation rule names', async () => {
    const r = await register()
    await ws.must('invitationRules.save', { bodyId: r.owner, kind: 'roles', roleId: r.role, regionId: r.region })
    await ws.must('invitationRules.save', {
      bodyId: r.owner,
      kind: 'roles',
      roleKinds: ['ordforer'],
      organisationId: r.org,
    })
    await ws.must('memberships.save', {
      bodyId: r.body,
      member: { personId: r.person, roleId: null },
      fromDate: '2024-01-01',
    })
    await ws.must('invitationRules.save', { bodyId: r.owner, kind: 'members', memberBodyId: r.body })
    for (const [op, id] of [
      ['roles.delete', r.role],
      ['regions.delete', r.region],
      ['bodies.delete', r.body],
    ] as const) {
      const result = await ws.call(op, { id })
      expect(result.ok, op).toBe(false)
      if (!result.ok) expect(result.error.message).toMatch(/invitasjonsregel/)
    }
    const org = await ws.call('organisations.delete', { id: r.org })
    expect(org.ok).toBe(false)
    if (!org.ok) expect(org.error.message).toMatch(/invitasjonsregel/)
    expect(await ws.must('roles.list', {})).toHaveLength(1)
  })

  it('refuses a body, organisation or person the action plan names', async () => {
    const r = await register()
    const plan = await ws.must('plans.save', {
      title: 'Handlingsplan',
      periodFrom: 2023,
      periodTo: 2026,
      ownerBodyId: r.owner,
    })
    const area = await ws.must('planNodes.save', { planId: plan.id, level: 'focusArea', title: 'Fokusområde' })
    await ws.must('planNodes.save', {
      planId: plan.id,
      parentId: area.id,
      level: 'mainGoal',
      title: 'Hovedmål',
      responsibleOrganisationId: r.org,
      responsibleBodyId: r.body,
    })
    await ws.must('planInputs.save', {
      planId: plan.id,
      fromBodyId: r.body,
      personId: r.person,
      givenOn: '2026-11-01',
      text: 'Innspill fra Lister',
    })
    const owner = await ws.call('bodies.delete', { id: r.owner })
    expect(owner.ok).toBe(false)
    if (!owner.ok) expect(owner.error.message).toMatch(/eier 1 handlingsplan/)
    for (const [op, id] of [
      ['bodies.delete', r.body],
      ['organisations.delete', r.org],
      ['people.delete', r.person],
    ] as const) {
      const result = await ws.call(op, { id })
      expect(result.ok, op).toBe(false)
      if (!result.ok) expect(result.error.message).toMatch(/handlingsplanen/)
    }
  })
})
