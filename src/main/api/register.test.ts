import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openTestWorkspace, type TestWorkspace } from '../test-support/temp-workspace'

let ws: TestWorkspace
beforeEach(async () => {
  ws = await openTestWorkspace()
  await ws.must('workspace.create', { template: 'empty', name: 'Testfellesskapet' })
})
afterEach(() => ws.close())

async function basics() {
  const region = await ws.must('regions.save', { name: 'Region Østre Agder' })
  const arendal = await ws.must('organisations.save', { name: 'Arendal kommune', kind: 'kommune', regionId: region.id })
  const body = await ws.must('bodies.save', {
    name: 'Overordnet strategisk samarbeidsutvalg',
    shortCode: 'OSS',
    level: 'strategisk',
  })
  return { region, arendal, body }
}

describe('the register', () => {
  it('creates a person and finds them by any word, æøå included', async () => {
    const { arendal } = await basics()
    await ws.must('people.save', {
      name: 'Åse Kvinlaug',
      title: 'Kommunalsjef',
      organisationId: arendal.id,
      email: 'ase@arendal.kommune.example',
    })
    await ws.must('people.save', { name: 'Ola Tveit', organisationId: arendal.id })
    expect((await ws.must('people.list', { search: 'kvinlaug' })).map((p) => p.name)).toEqual(['Åse Kvinlaug'])
    expect((await ws.must('people.list', { search: 'åse arendal' })).map((p) => p.name)).toEqual(['Åse Kvinlaug'])
    expect((await ws.must('people.list', { organisationId: arendal.id })).map((p) => p.name)).toEqual([
      'Ola Tveit',
      'Åse Kvinlaug',
    ])
  })

  it('answers who holds a role on a date, across a change of holder', async () => {
    const { arendal } = await basics()
    const mayor = await ws.must('roles.save', { title: 'Ordfører', kind: 'ordforer', organisationId: arendal.id })
    const before = await ws.must('people.save', { name: 'Bjørn Løvdal' })
    const after = await ws.must('people.save', { name: 'Sigrid Mykland' })
    await ws.must('roles.assignHolder', { roleId: mayor.id, personId: before.id, fromDate: '2019-10-14' })
    await ws.must('roles.assignHolder', { roleId: mayor.id, personId: after.id, fromDate: '2023-10-16' })

    const on = async (date: string) =>
      (await ws.must('roles.holdersOn', { roleId: mayor.id, date })).map((h) => h.personName)
    expect(await on('2019-10-13')).toEqual([])
    expect(await on('2023-10-15')).toEqual(['Bjørn Løvdal'])
    expect(await on('2023-10-16')).toEqual(['Sigrid Mykland'])
    const detail = await ws.must('roles.get', { id: mayor.id })
    expect(detail.role.holders.map((h) => h.name)).toEqual(['Sigrid Mykland'])
    expect(detail.holdings.map((h) => [h.personName, h.fromDate, h.toDate])).toEqual([
      ['Sigrid Mykland', '2023-10-16', null],
      ['Bjørn Løvdal', '2019-10-14', '2023-10-15'],
    ])
  })

  it('ends a period so the role stands vacant', async () => {
    const { arendal } = await basics()
    const mayor = await ws.must('roles.save', { title: 'Ordfører', kind: 'ordforer', organisationId: arendal.id })
    const a = await ws.must('people.save', { name: 'A' })
    const held = await ws.must('roles.assignHolder', { roleId: mayor.id, personId: a.id, fromDate: '2023-10-16' })
    expect(await ws.call('roles.endHolding', { id: held.id, toDate: '2023-01-01' })).toMatchObject({
      ok: false,
      error: { code: 'conflict', field: 'toDate' },
    })
    expect((await ws.must('roles.endHolding', { id: held.id, toDate: '2026-06-30' })).toDate).toBe('2026-06-30')
    expect(await ws.must('roles.holdersOn', { roleId: mayor.id, date: '2026-07-01' })).toEqual([])
    expect((await ws.must('roles.get', { id: mayor.id })).role.holders).toEqual([])
  })

  it('refuses a holder who would overlap and writes nothing', async () => {
    const { arendal } = await basics()
    const mayor = await ws.must('roles.save', { title: 'Ordfører', kind: 'ordforer', organisationId: arendal.id })
    const a = await ws.must('people.save', { name: 'A' })
    const b = await ws.must('people.save', { name: 'B' })
    await ws.must('roles.assignHolder', { roleId: mayor.id, personId: a.id, fromDate: '2023-10-16' })
    const result = await ws.call('roles.assignHolder', { roleId: mayor.id, personId: b.id, fromDate: '2023-01-01' })
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', field: 'fromDate' } })
    expect(result.ok ? '' : result.error.message).toContain('dagens innehaver (A)')
    expect((await ws.must('roles.get', { id: mayor.id })).holdings).toHaveLength(1)
  })

  it('makes a role a member of a body with a personal deputy, and the member follows the holder', async () => {
    const { arendal, body, region } = await basics()
    const director = await ws.must('roles.save', {
      title: 'Kommunedirektør',
      kind: 'kommunedirektor',
      organisationId: arendal.id,
    })
    const chief = await ws.must('roles.save', {
      title: 'Kommunalsjef',
      kind: 'kommunalsjef',
      organisationId: arendal.id,
    })
    const kari = await ws.must('people.save', { name: 'Kari Haugland', organisationId: arendal.id })
    const lars = await ws.must('people.save', { name: 'Lars Omland', organisationId: arendal.id })
    await ws.must('roles.assignHolder', { roleId: director.id, personId: kari.id, fromDate: '2020-01-01' })
    await ws.must('roles.assignHolder', { roleId: chief.id, personId: lars.id, fromDate: '2020-01-01' })

    const membership = await ws.must('memberships.save', {
      bodyId: body.id,
      member: { personId: null, roleId: director.id },
      function: 'nestleder',
      representsRegionId: region.id,
      fromDate: '2024-01-01',
      personalDeputy: { personId: null, roleId: chief.id },
    })
    expect(membership.member).toEqual({
      personId: null,
      roleId: director.id,
      label: 'Kommunedirektør, Arendal kommune',
      holderName: 'Kari Haugland',
    })
    expect(membership.personalDeputy?.holderName).toBe('Lars Omland')
    expect(membership.representsName).toBe('Region Østre Agder')

    // Kari's person page shows the seat she holds through her role, Lars's the deputy seat.
    expect((await ws.must('people.get', { id: kari.id })).memberships.map((m) => m.bodyShortCode)).toEqual(['OSS'])
    expect((await ws.must('people.get', { id: lars.id })).deputyFor.map((m) => m.bodyShortCode)).toEqual(['OSS'])

    const bodies = await ws.must('bodies.list', {})
    expect(bodies[0].memberCount).toBe(1)
  })

  it('refuses the same seat twice in one body in one period', async () => {
    const { body } = await basics()
    const kari = await ws.must('people.save', { name: 'Kari' })
    await ws.must('memberships.save', {
      bodyId: body.id,
      member: { personId: kari.id, roleId: null },
      fromDate: '2024-01-01',
    })
    const again = await ws.call('memberships.save', {
      bodyId: body.id,
      member: { personId: kari.id, roleId: null },
      fromDate: '2025-01-01',
    })
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', field: 'member' } })
  })

  it('refuses a board role as a seat: it has several holders', async () => {
    const { arendal, body } = await basics()
    const board = await ws.must('roles.save', {
      title: 'Styremedlem',
      kind: 'styremedlem',
      organisationId: arendal.id,
      seats: 7,
    })
    const result = await ws.call('memberships.save', {
      bodyId: body.id,
      member: { personId: null, roleId: board.id },
      fromDate: '2024-01-01',
    })
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', field: 'member' } })
  })

  it('refuses to delete what is referenced, saying what refers to it', async () => {
    const { arendal, body, region } = await basics()
    const kari = await ws.must('people.save', { name: 'Kari Haugland', organisationId: arendal.id })
    const mayor = await ws.must('roles.save', { title: 'Ordfører', kind: 'ordforer', organisationId: arendal.id })
    await ws.must('roles.assignHolder', { roleId: mayor.id, personId: kari.id, fromDate: '2023-10-16' })
    await ws.must('memberships.save', {
      bodyId: body.id,
      member: { personId: kari.id, roleId: null },
      fromDate: '2024-01-01',
    })

    expect(await ws.call('people.delete', { id: kari.id })).toEqual({
      ok: false,
      error: { code: 'in_use', message: 'Kan ikke slette Kari Haugland: 1 vervperiode, 1 medlemskap.' },
    })
    expect(await ws.call('organisations.delete', { id: arendal.id })).toMatchObject({
      ok: false,
      error: { message: 'Kan ikke slette Arendal kommune: 1 person, 1 verv.' },
    })
    expect(await ws.call('regions.delete', { id: region.id })).toMatchObject({ ok: false, error: { code: 'in_use' } })
    expect(await ws.call('bodies.delete', { id: body.id })).toMatchObject({ ok: false, error: { code: 'in_use' } })
    expect((await ws.must('people.list', {})).map((p) => p.name)).toEqual(['Kari Haugland'])
  })

  it('deletes what nothing refers to', async () => {
    const kari = await ws.must('people.save', { name: 'Kari' })
    expect(await ws.call('people.delete', { id: kari.id })).toEqual({ ok: true, value: null })
    expect(await ws.must('people.list', {})).toEqual([])
    expect(await ws.call('people.delete', { id: kari.id })).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('writes nothing on bad input and names the field', async () => {
    const result = await ws.call('people.save', { name: '', email: 'not-an-address' })
    expect(result).toEqual({ ok: false, error: { code: 'validation', field: 'name', message: 'Navn må fylles ut.' } })
    const unknownOrg = await ws.call('people.save', { name: 'Kari', organisationId: 999 })
    expect(unknownOrg).toMatchObject({ ok: false, error: { code: 'not_found', field: 'organisationId' } })
    expect(await ws.must('people.list', {})).toEqual([])
  })

  it('refuses a duplicate short code and a parent loop', async () => {
    const { body } = await basics()
    const dup = await ws.call('bodies.save', { name: 'Annet', shortCode: 'OSS', level: 'fagrad' })
    expect(dup).toMatchObject({ ok: false, error: { code: 'conflict', field: 'shortCode' } })
    const au = await ws.must('bodies.save', {
      name: 'Arbeidsutvalget',
      shortCode: 'AU',
      level: 'arbeidsutvalg',
      parentBodyId: body.id,
    })
    const loop = await ws.call('bodies.save', {
      id: body.id,
      name: body.name,
      shortCode: 'OSS',
      level: 'strategisk',
      parentBodyId: au.id,
    })
    expect(loop).toMatchObject({ ok: false, error: { code: 'conflict', field: 'parentBodyId' } })
  })

  it("keeps a body's agenda settings, and a new agenda follows them", async () => {
    const { body } = await basics()
    // A body saved without them gets the defaults.
    expect(body).toMatchObject({
      assessmentTitle: 'Vurdering',
      standardItems: [
        { key: 'approveNotice', numbered: true },
        { key: 'approveMinutes', numbered: true },
        { key: 'anyOther', numbered: false },
      ],
      postponedKeepsNumber: true,
    })
    const saved = await ws.must('bodies.save', {
      id: body.id,
      name: body.name,
      shortCode: body.shortCode,
      level: body.level,
      assessmentTitle: 'Sekretariatets vurderinger',
      // Given out of order: stored in the agenda's own order.
      standardItems: [
        { key: 'anyOther', numbered: true },
        { key: 'approveNotice', numbered: false },
      ],
      postponedKeepsNumber: false,
    })
    expect(saved).toMatchObject({
      assessmentTitle: 'Sekretariatets vurderinger',
      standardItems: [
        { key: 'approveNotice', numbered: false },
        { key: 'anyOther', numbered: true },
      ],
      postponedKeepsNumber: false,
    })
    expect((await ws.must('bodies.get', { id: body.id })).body).toEqual(saved)

    const meeting = await ws.must('meetings.save', {
      bodyId: body.id,
      date: '2026-12-02',
      startTime: '09:00',
      endTime: '12:00',
    })
    const agenda = await ws.must('agenda.start', { meetingId: meeting.id })
    expect(agenda.items.map((i) => [i.title, i.numberLabel])).toEqual([
      ['Godkjenning av innkalling og saksliste', null],
      ['Eventuelt', '01/2026'],
    ])
    const draft = await ws.must('cases.save', { bodyId: body.id, title: 'Handlingsplan' })
    expect((await ws.must('cases.get', { id: draft.id })).assessmentTitle).toBe('Sekretariatets vurderinger')
  })

  it('refuses agenda settings that name a standard item twice or an empty assessment heading', async () => {
    const { body } = await basics()
    const twice = await ws.call('bodies.save', {
      id: body.id,
      name: body.name,
      shortCode: body.shortCode,
      level: body.level,
      standardItems: [
        { key: 'anyOther', numbered: true },
        { key: 'anyOther', numbered: false },
      ],
    })
    expect(twice).toMatchObject({ ok: false, error: { code: 'validation', field: 'standardItems' } })
    const blank = await ws.call('bodies.save', {
      id: body.id,
      name: body.name,
      shortCode: body.shortCode,
      level: body.level,
      assessmentTitle: ' ',
    })
    expect(blank).toEqual({
      ok: false,
      error: { code: 'validation', field: 'assessmentTitle', message: 'Overskrift for vurdering må fylles ut.' },
    })
  })

  it('answers an unknown operation with a typed error', async () => {
    const { invoke } = await import('./index')
    expect(await invoke(ws.ctx, 'people.drop', {})).toMatchObject({ ok: false, error: { code: 'unknown_operation' } })
  })
})
