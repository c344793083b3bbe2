import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestWorkspace, type TestWorkspace } from '../test-support/temp-workspace'
import type { WorkspaceFile } from './format'

/** Version 4 of the workspace file: invitation rules, substitute rules, invitations and their log. */

let ws: TestWorkspace
let meetingId: number
let document: WorkspaceFile
const now = new Date('2026-09-20T10:00:00Z')

beforeAll(async () => {
  ws = await openTestWorkspace(now)
  await ws.must('workspace.create', { template: 'demo' })
  const pm = (await ws.must('meetings.list', { year: 2026 })).find(
    (m) => m.bodyShortCode === 'PM' && m.date.slice(5, 7) === '10',
  )
  meetingId = pm?.id ?? 0
  const list = await ws.must('invitations.get', { meetingId })
  const director = list.invitees.find(
    (i) => i.roleKinds.includes('kommunedirektor') && !i.reasons.some((r) => r.includes('OSS')),
  )
  const mayor = list.invitees.find((i) => i.roleKinds.includes('ordforer'))
  await ws.must('invitations.respond', {
    meetingId,
    personId: director?.personId ?? 0,
    status: 'declined',
    reason: 'Syk',
  })
  await ws.must('invitations.inviteSubstitute', { meetingId, forPersonId: director?.personId ?? 0 })
  const guest = await ws.must('people.save', { name: 'Gjest Politiker' })
  await ws.must('invitations.addCompanion', { meetingId, ofPersonId: mayor?.personId ?? 0, personId: guest.id })
  await ws.must('invitationRules.save', { bodyId: null, meetingId, kind: 'roles', roleKinds: ['tillitsvalgt'] })
  await ws.must('invitations.saveSettings', { bodyId: pm?.bodyId ?? 0, quorum: 20, itemAttendance: true })
  await ws.must('meetings.setStatus', { id: meetingId, status: 'notice_sent' })
  await ws.must('invitations.remove', { meetingId, personId: guest.id })
  document = (await ws.must('workspace.export', {})).document as WorkspaceFile
}, 60_000)
afterAll(() => ws.close())

const withoutStamp = (file: WorkspaceFile) => ({ ...file, exportedAt: '' })

describe('workspace file version 4', () => {
  it('round-trips rules, invitations, the change log and body settings', async () => {
    expect(document.version).toBe(4)
    expect(document.invitationRules?.length).toBe(6)
    expect(document.substituteRules?.length).toBe(2)
    expect(document.invitationChanges?.length).toBeGreaterThan(0)
    expect(document.bodyInvitationSettings).toEqual([expect.objectContaining({ quorum: 20, itemAttendance: true })])
    expect(document.invitations?.some((i) => i.status === 'removed')).toBe(true)
    const fresh = await openTestWorkspace(now)
    try {
      await fresh.must('workspace.import', { document })
      expect(withoutStamp((await fresh.must('workspace.export', {})).document as WorkspaceFile)).toEqual(
        withoutStamp(document),
      )
      expect(await fresh.must('invitations.get', { meetingId })).toEqual(
        await ws.must('invitations.get', { meetingId }),
      )
    } finally {
      await fresh.close()
    }
  })

  it('reads a version 3 file: its attendance becomes invitations on the list as sent', async () => {
    const oss = document.meetings?.find((m) => m.minutesApprovedAt !== null && m.bodyId === 3)
    const someone = document.people[0].id
    const v3: Record<string, unknown> = {
      ...document,
      version: 3,
      attendance: [{ meetingId: oss?.id ?? 0, personId: someone, present: true }],
    }
    for (const list of [
      'invitationRules',
      'substituteRules',
      'invitations',
      'invitationChanges',
      'bodyInvitationSettings',
    ])
      delete v3[list]
    const fresh = await openTestWorkspace(now)
    try {
      await fresh.must('workspace.import', { document: v3 })
      const list = await fresh.must('invitations.get', { meetingId: oss?.id ?? 0 })
      expect(list.invitees.map((i) => [i.personId, i.attendance])).toEqual([[someone, 'present']])
      const minutes = await fresh.must('minutes.get', { meetingId: oss?.id ?? 0 })
      expect(minutes.attendance.map((a) => [a.personId, a.present])).toEqual([[someone, true]])
    } finally {
      await fresh.close()
    }
  })

  const broken: [string, (f: WorkspaceFile) => unknown, RegExp][] = [
    [
      'a rule naming a person not in the file',
      (f) => f.invitationRules?.push({ ...f.invitationRules[0], id: 999, kind: 'person', personId: 99999 }),
      /regel for invitasjon med id 999 viser til person med id 99999/,
    ],
    [
      'a rule with two owners',
      (f) => f.invitationRules && (f.invitationRules[0].meetingId = meetingId),
      /enten et utvalg eller ett møte/,
    ],
    [
      'an invitation standing in for a person not in the file',
      (f) => f.invitations && (f.invitations[0].standsInForPersonId = 99999),
      /viser til person med id 99999/,
    ],
    [
      'two substitutes for one principal',
      (f) => {
        const sub = f.invitations?.find((i) => i.standsInForPersonId !== null)
        const other = f.invitations?.find(
          (i) =>
            i.meetingId === sub?.meetingId && i.standsInForPersonId === null && i.personId !== sub.standsInForPersonId,
        )
        if (other && sub) other.standsInForPersonId = sub.standsInForPersonId
      },
      /står der to ganger/,
    ],
    [
      'a change of a meeting not in the file',
      (f) => f.invitationChanges && (f.invitationChanges[0].meetingId = 99999),
      /viser til møte med id 99999/,
    ],
  ]
  it.each(broken)('refuses %s and leaves the workspace untouched', async (_label, breakIt, reason) => {
    const copy = JSON.parse(JSON.stringify(document)) as WorkspaceFile
    breakIt(copy)
    const before = await ws.must('invitations.get', { meetingId })
    const result = await ws.call('workspace.import', { document: copy })
    expect(result.ok).toBe(false)
    expect(result.ok ? '' : result.error.message).toMatch(reason)
    expect(await ws.must('invitations.get', { meetingId })).toEqual(before)
  })
})
