import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { InvitationList } from '../../shared/invitations'
import { minutesModel } from '../documents/models'
import { openTestWorkspace, type TestWorkspace } from '../test-support/temp-workspace'

/**
 * The October partnership meeting in the demo, through the handlers: the list from seed 000's
 * groups, two chief executives sending their heads of department, two mayors bringing a
 * politician, an OSS member's apologies calling in the deputy; the notice freezing the list;
 * every bad input refused in Norwegian with nothing written.
 */

let ws: TestWorkspace
let pmId: number
let pmBodyId: number
const holders = new Map<string, { personId: number; name: string; org: string }[]>()

beforeAll(async () => {
  ws = await openTestWorkspace(new Date('2026-09-20T10:00:00Z'))
  await ws.must('workspace.create', { template: 'demo' })
  const pm = (await ws.must('meetings.list', { year: 2026 })).find(
    (m) => m.bodyShortCode === 'PM' && m.date.slice(5, 7) === '10',
  )
  if (!pm) throw new Error('no October PM')
  pmId = pm.id
  pmBodyId = pm.bodyId
  for (const kind of ['kommunedirektor', 'ordforer', 'kommunalsjef', 'brukerrepresentant'] as const) {
    const roles = await ws.must('roles.list', { kind })
    holders.set(
      kind,
      roles.flatMap((r) => r.holders.map((h) => ({ personId: h.personId, name: h.name, org: r.organisationName }))),
    )
  }
}, 60_000)
afterAll(() => ws.close())

const holder = (kind: string, org: string) => {
  const found = holders.get(kind)?.find((h) => h.org === org)
  if (!found) throw new Error(`no ${kind} in ${org}`)
  return found
}
const get = () => ws.must('invitations.get', { meetingId: pmId })
const invitee = (list: InvitationList, personId: number) => {
  const found = list.invitees.find((i) => i.personId === personId)
  if (!found) throw new Error(`${personId} not on the list`)
  return found
}
/** A refusal: Norwegian, names the field, and nothing written. */
async function refused(
  call: () => Promise<{ ok: boolean; error?: { message: string; field?: string } }>,
  text: RegExp,
) {
  const before = await get()
  const result = await call()
  expect(result.ok).toBe(false)
  expect(result.error?.message).toMatch(text)
  expect(await get()).toEqual(before)
  return result.error
}

describe('the October partnership meeting', () => {
  it('is built from seed 000’s groups, each person once with every reason', async () => {
    const list = await get()
    expect(list.rules.map((r) => r.description)).toEqual([
      'Ordførere og fylkesordfører',
      'Kommunedirektører og fylkeskommunedirektør',
      'Agderbenken',
      'Medlemmer av OSS',
      'Styret i Sørlandet sykehus',
    ])
    expect(list.rules.map((r) => r.resolvedCount)).toEqual([26, 26, 6, 13, 8])
    expect(list.substituteRules.map((r) => r.description)).toEqual([
      'Hvis kommunedirektør ikke kan delta, kommer kommunalsjef fra samme organisasjon i stedet',
      'Ordfører kan ta med 1 person',
    ])
    const ids = list.invitees.map((i) => i.personId)
    expect(new Set(ids).size).toBe(ids.length)
    const krs = invitee(list, holder('kommunedirektor', 'Kristiansand kommune').personId)
    expect(krs.reasons).toEqual(['Kommunedirektører og fylkeskommunedirektør', 'Medlem av OSS (nestleder)'])
    expect(list.counts.municipalities.total).toBe(25)
    expect(list.counts.byCategory.find((c) => c.key === 'politicians')?.invited).toBe(26 + 6)
    expect(list.sentAt).toBeNull()
  })

  it('proposes and invites the head of department for two chief executives who cannot come', async () => {
    for (const org of ['Farsund kommune', 'Valle kommune']) {
      const director = holder('kommunedirektor', org)
      const chief = holder('kommunalsjef', org)
      let list = await ws.must('invitations.respond', {
        meetingId: pmId,
        personId: director.personId,
        status: 'declined',
        reason: 'Kommunestyremøte',
      })
      expect(invitee(list, director.personId)).toMatchObject({
        status: 'declined',
        declineReason: 'Kommunestyremøte',
        statusDate: '2026-09-20',
        proposal: { personId: chief.personId, basis: 'roleSubstitute' },
      })
      list = await ws.must('invitations.inviteSubstitute', { meetingId: pmId, forPersonId: director.personId })
      expect(invitee(list, chief.personId)).toMatchObject({
        source: 'substitute',
        standsInFor: { personId: director.personId },
        category: 'municipalLeaders',
        reasons: [`I stedet for ${director.name}`],
      })
      expect(invitee(list, director.personId).substitute).toMatchObject({ personId: chief.personId, status: 'invited' })
    }
  })

  it('lets two mayors bring a politician, and refuses a second one', async () => {
    const guests = (await ws.must('people.list', { search: 'Testgjest' })).length
    expect(guests).toBe(0)
    for (const org of ['Arendal kommune', 'Lyngdal kommune']) {
      const mayor = holder('ordforer', org)
      const guest = await ws.must('people.save', { name: `Testgjest ${org}` })
      const list = await ws.must('invitations.addCompanion', {
        meetingId: pmId,
        ofPersonId: mayor.personId,
        personId: guest.id,
      })
      expect(invitee(list, guest.id)).toMatchObject({
        category: 'politicians',
        companionOf: { personId: mayor.personId },
      })
      expect(invitee(list, mayor.personId)).toMatchObject({ companionsAllowed: 1, companionsUsed: 1 })
    }
    const extra = await ws.must('people.save', { name: 'Testgjest nummer to' })
    const mayor = holder('ordforer', 'Arendal kommune')
    await refused(
      () => ws.call('invitations.addCompanion', { meetingId: pmId, ofPersonId: mayor.personId, personId: extra.id }),
      /^Person: .* kan ta med 1 person, og har allerede gjort det\.$/,
    )
    // A chief executive has no companion allowance.
    const director = holder('kommunedirektor', 'Arendal kommune')
    await refused(
      () => ws.call('invitations.addCompanion', { meetingId: pmId, ofPersonId: director.personId, personId: extra.id }),
      /kan ikke ta med noen/,
    )
  })

  it('calls in the 1. vara when an OSS member sends apologies', async () => {
    const oss = (await ws.must('bodies.list', { search: 'OSS' }))[0]
    const member = (await ws.must('bodies.get', { id: oss.id })).memberships.find((m) => m.deputies.length > 0)
    if (!member) throw new Error('no OSS member with a deputy list')
    const list0 = await get()
    const memberId = list0.invitees.find(
      (i) => i.reasons.some((r) => r.startsWith('Medlem av OSS')) && i.name === member.member.holderName,
    )?.personId
    if (memberId === undefined) throw new Error('member not on the list')
    let list = await ws.must('invitations.respond', {
      meetingId: pmId,
      personId: memberId,
      status: 'declined',
      reason: '',
    })
    expect(invitee(list, memberId).proposal).toMatchObject({ basis: 'deputyList', description: '1. vara' })
    list = await ws.must('invitations.inviteSubstitute', { meetingId: pmId, forPersonId: memberId })
    const deputy = list.invitees.find((i) => i.standsInFor?.personId === memberId)
    expect(deputy).toMatchObject({ source: 'deputy', name: member.deputies[0].holderName })
  })

  it('refuses bad input in Norwegian, naming the field, writing nothing', async () => {
    const outsider = await ws.must('people.save', { name: 'Ikke Invitert' })
    const error = await refused(
      () => ws.call('invitations.respond', { meetingId: pmId, personId: outsider.id, status: 'accepted' }),
      /^Person: Ikke Invitert er ikke invitert til dette møtet\.$/,
    )
    expect(error?.field).toBe('personId')
    const farsund = holder('kommunedirektor', 'Farsund kommune')
    await refused(
      () => ws.call('invitations.inviteSubstitute', { meetingId: pmId, forPersonId: farsund.personId, personId: null }),
      /^Den som har forfall: .* står allerede for/,
    )
    const mayor = holder('ordforer', 'Farsund kommune')
    await refused(
      () => ws.call('invitations.inviteSubstitute', { meetingId: pmId, forPersonId: mayor.personId, personId: null }),
      /har ikke meldt forfall/,
    )
    await ws.must('invitations.respond', { meetingId: pmId, personId: mayor.personId, status: 'declined' })
    await refused(
      () =>
        ws.call('invitations.inviteSubstitute', {
          meetingId: pmId,
          forPersonId: mayor.personId,
          personId: mayor.personId,
        }),
      /^Person: stedfortreder kan ikke være den samme som den som har forfall\.$/,
    )
    // A principal with someone standing in cannot simply come after all.
    await refused(
      () => ws.call('invitations.respond', { meetingId: pmId, personId: farsund.personId, status: 'accepted' }),
      /er invitert i stedet for/,
    )
    await refused(
      () =>
        ws.call('substituteRules.save', {
          bodyId: pmBodyId,
          meetingId: null,
          kind: 'roleSubstitute',
          roleKind: 'kommunalsjef',
          substituteRoleKind: 'kommunedirektor',
        }),
      /^Verv som møter i stedet: reglene går i ring \(kommunalsjef → kommunedirektør → kommunalsjef\)/,
    )
    const nobody = await ws.call('invitationRules.save', {
      bodyId: null,
      meetingId: pmId,
      kind: 'roles',
      roleKinds: ['stortingsrepresentant'],
      organisationKind: 'kommune',
    })
    expect(nobody).toMatchObject({ ok: false, error: { field: 'roleKinds' } })
    expect(nobody.ok ? '' : nobody.error.message).toBe(
      'Verv: regelen «Stortingsrepresentant – Kommune» gir ingen å invitere på møtedatoen 08.10.2026. Sjekk verv, utvalg og avgrensning.',
    )
    const bodyRule = await ws.call('invitationRules.save', {
      bodyId: pmBodyId,
      meetingId: null,
      kind: 'roles',
      roleKinds: ['kommuneoverlege'],
    })
    expect(bodyRule.ok ? '' : bodyRule.error.message).toMatch(/i dag \(20\.09\.2026\)/)
    const invalid = await ws.call('substituteRules.save', {
      bodyId: pmBodyId,
      meetingId: null,
      kind: 'roleSubstitute',
      roleKind: 'kommunalsjef',
      substituteRoleKind: 'kommunalsjef',
    })
    expect(invalid.ok ? '' : invalid.error.message).toBe(
      'Verv som møter i stedet: stedfortreder kan ikke være den samme som den som har forfall.',
    )
  })

  it('counts per category and "X av 25 kommuner", then from attendance', async () => {
    let list = await get()
    for (const i of list.invitees.filter((x) => x.status === 'invited').slice(0, 40)) {
      list = await ws.must('invitations.respond', { meetingId: pmId, personId: i.personId, status: 'accepted' })
    }
    const coming = list.counts.municipalities.represented
    expect(coming).toBeGreaterThan(0)
    expect(list.counts.basis).toBe('coming')
    expect(list.counts.total.coming).toBe(40)
    const first = list.invitees.find((i) => i.status === 'accepted' && i.organisationKind === 'kommune')
    list = await ws.must('invitations.setAttendance', {
      meetingId: pmId,
      personId: first?.personId ?? 0,
      attendance: 'present',
    })
    expect(list.counts.basis).toBe('present')
    expect(list.counts.municipalities.represented).toBe(1)
    list = await ws.must('invitations.setHost', { meetingId: pmId, personId: first?.personId ?? 0, host: true })
    expect(invitee(list, first?.personId ?? 0).category).toBe('hosts')
  })

  it('keeps the list as sent: a new mayor is a pending change, applied and recorded', async () => {
    await ws.must('meetings.setStatus', { id: pmId, status: 'notice_sent' })
    let list = await get()
    expect(list.sentAt).not.toBeNull()
    expect(list.pendingChanges).toEqual([])
    const before = list.invitees.length
    const role = (await ws.must('roles.list', { kind: 'ordforer' })).find((r) => r.organisationName === 'Bykle kommune')
    const newMayor = await ws.must('people.save', { name: 'Ny Ordfører' })
    await ws.must('roles.assignHolder', { roleId: role?.id ?? 0, personId: newMayor.id, fromDate: '2026-09-01' })
    list = await get()
    expect(list.invitees.length).toBe(before)
    expect(list.pendingChanges.map((c) => [c.name, c.change])).toEqual(expect.arrayContaining([['Ny Ordfører', 'add']]))
    list = await ws.must('invitations.applyChanges', { meetingId: pmId })
    expect(list.pendingChanges).toEqual([])
    expect(invitee(list, newMayor.id).addedAfterSend).toBe(true)
    expect(list.changes.map((c) => c.description)).toEqual(
      expect.arrayContaining(['Ny Ordfører: Omfattet av reglene nå: Ordførere og fylkesordfører']),
    )
    // A substitute called in after sending is recorded too.
    const director = holder('kommunedirektor', 'Bygland kommune')
    await ws.must('invitations.respond', { meetingId: pmId, personId: director.personId, status: 'declined' })
    list = await ws.must('invitations.inviteSubstitute', { meetingId: pmId, forPersonId: director.personId })
    expect(list.changes.at(-1)).toMatchObject({
      change: 'added',
      description: expect.stringMatching(/Stedfortreder for/),
    })
    // Removing someone after sending is recorded, and the rules do not bring them back.
    list = await ws.must('invitations.remove', { meetingId: pmId, personId: newMayor.id })
    expect(list.invitees.some((i) => i.personId === newMayor.id)).toBe(false)
    expect(list.pendingChanges).toEqual([])
    expect(list.changes.at(-1)).toMatchObject({ change: 'removed', personId: newMayor.id })
  })

  it('reads and saves a body’s quorum and per-item attendance', async () => {
    expect(await ws.must('invitations.settings', { id: pmBodyId })).toEqual({
      bodyId: pmBodyId,
      quorum: null,
      itemAttendance: false,
    })
    await ws.must('invitations.saveSettings', { bodyId: pmBodyId, quorum: 10, itemAttendance: true })
    const list = await get()
    expect(list.itemAttendance).toBe(true)
    expect(list.quorum).toMatchObject({ required: 10 })
  })
})

describe('attendance and the minutes', () => {
  it('flows into the minutes of an OSS meeting, and is locked once they are approved', async () => {
    const meetings = await ws.must('meetings.list', { year: 2026 })
    const approved = meetings.find((m) => m.bodyShortCode === 'OSS' && m.status === 'minutes_approved')
    if (!approved) throw new Error('no approved OSS minutes')
    const minutes = await ws.must('minutes.get', { meetingId: approved.id })
    expect(minutes.attendance.some((a) => a.present === true)).toBe(true)
    const away = minutes.attendance.find((a) => a.apologies)
    expect(away?.present).toBe(false)
    const list = await ws.must('invitations.get', { meetingId: approved.id })
    expect(list.sentAt).not.toBeNull()
    const result = await ws.call('invitations.setAttendance', {
      meetingId: approved.id,
      personId: list.invitees[0].personId,
      attendance: 'absent',
    })
    expect(result).toMatchObject({
      ok: false,
      error: { message: 'Protokollen er godkjent og låst. Oppmøtet kan ikke endres.' },
    })
  })

  it('prints "X for Y" for a deputy who attended', async () => {
    const meetings = await ws.must('meetings.list', { year: 2026 })
    const open = meetings.find((m) => m.bodyShortCode === 'OSS' && m.status === 'agenda')
    if (!open) throw new Error('no OSS meeting in preparation')
    let list = await ws.must('invitations.get', { meetingId: open.id })
    const leader = list.invitees.find((i) => i.membershipFunction === 'leder')
    if (!leader) throw new Error('no leader')
    await ws.must('invitations.respond', { meetingId: open.id, personId: leader.personId, status: 'declined' })
    list = await ws.must('invitations.inviteSubstitute', { meetingId: open.id, forPersonId: leader.personId })
    const deputy = list.invitees.find((i) => i.standsInFor?.personId === leader.personId)
    await ws.must('invitations.setAttendance', {
      meetingId: open.id,
      personId: deputy?.personId ?? 0,
      attendance: 'present',
    })
    const minutes = await ws.must('minutes.get', { meetingId: open.id })
    expect(minutes.attendance.find((a) => a.personId === deputy?.personId)).toMatchObject({
      present: true,
      deputyFor: { personId: leader.personId, name: leader.name },
    })
    expect(minutes.attendance.find((a) => a.personId === leader.personId)).toMatchObject({
      apologies: true,
      present: false,
    })
    // The Word minutes print present, apologies and "X for Y".
    const model = await minutesModel(ws.ctx.db, open.id)
    expect(model.deputies).toEqual([`${deputy?.name} for ${leader.name}`])
    expect(model.absent).toContain(leader.name)
    expect(model.present).not.toContain(deputy?.name)
  })
})
