import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { docFromText, type RichDoc } from '../../shared/rich-text'
import { openTestWorkspace, type TestWorkspace } from '../test-support/temp-workspace'
import type { WorkspaceFile } from './format'

/** Version 3 of the workspace file: cases, agendas, numbers, minutes and follow-up, made through the API. */

let ws: TestWorkspace
beforeEach(async () => {
  ws = await openTestWorkspace(new Date('2026-11-23T10:00:00Z'))
})
afterEach(() => ws.close())

const richDoc: RichDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Legevaktsamarbeidet i ' },
        { type: 'text', text: 'Lister', marks: [{ type: 'bold' }] },
      ],
    },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Flekkefjord' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kvinesdal' }] }] },
      ],
    },
  ],
}

/** A small workspace with every kind of case data the app makes, each made the way a user would. */
async function buildCaseWorkspace(w: TestWorkspace) {
  await w.must('workspace.create', { template: 'empty', name: 'Saksfellesskapet' })
  const oss = await w.must('bodies.save', {
    name: 'Overordnet strategisk samarbeidsutvalg',
    shortCode: 'OSS',
    level: 'strategisk',
    caseLabelFormat: 'OSS-sak {nr}/{år}',
    assessmentTitle: 'Sekretariatets vurderinger',
  })
  const rs = await w.must('bodies.save', {
    name: 'RS Lister',
    shortCode: 'RS-L',
    level: 'regionalt',
    standardItems: [{ key: 'anyOther', numbered: false }],
    postponedKeepsNumber: false,
  })
  const officer = await w.must('people.save', { name: 'Siri Holmen' })
  const member = await w.must('people.save', { name: 'Ola Tveit' })
  const meeting = async (bodyId: number, date: string) =>
    (await w.must('meetings.save', { bodyId, date, startTime: '09:00', endTime: '12:00' })).id
  const first = await meeting(oss.id, '2026-02-04')
  const second = await meeting(oss.id, '2026-04-01')
  const third = await meeting(oss.id, '2026-12-02')
  const rsMeeting = await meeting(rs.id, '2026-01-15')
  const newCase = async (
    title: string,
    bodyId = oss.id,
    extra: Partial<Record<'facts' | 'proposal', RichDoc>> = {},
  ) => {
    const c = await w.must('cases.save', { bodyId, title, officerPersonId: officer.id, background: richDoc, ...extra })
    await w.must('cases.setStatus', { id: c.id, status: 'ready' })
    return c.id
  }

  // RS handles a matter and forwards it to OSS.
  const regional = await newCase('Felles legevakt i Lister', rs.id)
  await w.must('agenda.addCase', { meetingId: rsMeeting, caseId: regional })
  await w.must('meetings.setStatus', { id: rsMeeting, status: 'notice_sent' })
  await w.must('meetings.setStatus', { id: rsMeeting, status: 'held' })
  const forwarded = (await w.must('cases.forward', { id: regional, bodyId: oss.id })).id
  await w.must('cases.setStatus', { id: forwarded, status: 'ready' })

  const plan = await newCase('Handlingsplan 2026, status', oss.id, {
    proposal: docFromText('OSS tar statusen til orientering.'),
  })
  const withdrawn = await newCase('Budsjett for sekretariatet')
  const postponed = await newCase('Felles kompetanseplan')
  for (const id of [plan, withdrawn, postponed, forwarded])
    await w.must('agenda.addCase', { meetingId: first, caseId: id })
  // OSS has no members here: the two are invited by name, and the list goes out with the notice.
  for (const personId of [member.id, officer.id]) {
    await w.must('invitationRules.save', { bodyId: null, meetingId: first, kind: 'person', personId })
  }
  await w.must('meetings.setStatus', { id: first, status: 'notice_sent' })
  await w.must('cases.withdraw', { id: withdrawn })
  const late = await newCase('Tilleggssak om vaksinasjon')
  await w.must('agenda.addCase', { meetingId: first, caseId: late })
  const postponedItem = (await w.must('agenda.get', { meetingId: first })).items.find((i) => i.caseId === postponed)
  await w.must('agenda.postpone', { id: postponedItem?.id ?? 0, toMeetingId: second })

  const planItem = (await w.must('agenda.get', { meetingId: first })).items.find((i) => i.caseId === plan)
  if (!planItem) throw new Error('no item')
  await w.must('minutes.saveItem', {
    id: planItem.id,
    presenter: 'Siri Holmen',
    summary: 'Godt arbeid i alle regionene.',
    decision: docFromText('OSS tar statusen til orientering og ber om ny status i desember.'),
  })
  await w.must('invitations.setAttendance', { meetingId: first, personId: member.id, attendance: 'present' })
  await w.must('invitations.respond', { meetingId: first, personId: officer.id, status: 'declined', reason: 'Syk' })
  await w.must('invitations.setAttendance', { meetingId: first, personId: officer.id, attendance: 'absent' })
  await w.must('followUps.save', {
    agendaItemId: planItem.id,
    what: 'Sende status til kommunene',
    responsible: 'Sekretariatet',
    dueDate: '2026-03-01',
  })
  await w.must('followUps.save', { agendaItemId: planItem.id, what: 'Ny status', dueDate: '2026-12-02', done: true })
  await w.must('meetings.setStatus', { id: first, status: 'held' })
  await w.must('agenda.start', { meetingId: second })
  await w.must('minutes.approve', { meetingId: first, inMeetingId: second })
  await w.must('minutes.saveItem', {
    id: planItem.id,
    presenter: 'Siri Holmen',
    summary: 'Godt arbeid i alle regioner.',
    decision: docFromText('OSS tar statusen til orientering og ber om ny status i desember.'),
    correctionReason: 'Skrivefeil',
  })

  await w.must('attachments.add', {
    caseId: plan,
    fileName: 'Statusmatrise.xlsx',
    title: 'Statusmatrise for handlingsplanen',
    content: Buffer.from('matrise').toString('base64'),
  })
  await w.must('attachments.add', {
    caseId: plan,
    fileName: 'Innspill.pdf',
    content: Buffer.from('innspill').toString('base64'),
  })
  await w.must('cases.link', { id: late, linkedCaseId: plan })
  // One that waits in the queue, and a case on an agenda still being prepared.
  await newCase('Rapportering til partene')
  await w.must('agenda.addCase', { meetingId: third, caseId: await newCase('Tilbakemelding fra RS') })
  return { oss: oss.id, rs: rs.id, first, second, third, plan, late }
}

const exportOf = async (w: TestWorkspace) => {
  const exported = await w.must('workspace.export', {})
  // Through JSON text, as the file travels.
  return { ...exported, document: JSON.parse(JSON.stringify(exported.document)) as WorkspaceFile }
}
const withoutStamp = (file: WorkspaceFile) => ({ ...file, exportedAt: '' })

describe('workspace file version 3', () => {
  it('round-trips cases, agendas, numbers, notices, minutes, follow-up and attendance', async () => {
    const made = await buildCaseWorkspace(ws)
    const { document } = await exportOf(ws)
    expect(document.version).toBe(4)
    expect(document.invitations?.filter((i) => i.meetingId === made.first)).toHaveLength(2)
    expect(document.cases).toHaveLength(8)
    expect(document.cases?.find((c) => c.id === made.plan)?.sections.background).toEqual(richDoc)
    expect(document.attachments?.map((a) => a.title)).toEqual(['Statusmatrise for handlingsplanen', 'Innspill'])
    expect(document.caseNumbers?.length).toBeGreaterThan(0)
    expect(document.notices?.map((n) => n.kind)).toEqual(['notice', 'notice', 'late'])
    expect(document.minutesCorrections?.map((c) => c.reason)).toEqual(['Skrivefeil'])
    expect(document.bodies.find((b) => b.shortCode === 'RS-L')).toMatchObject({
      standardItems: [{ key: 'anyOther', numbered: false }],
      postponedKeepsNumber: false,
    })
    expect(document.meetings?.find((m) => m.id === made.first)).toMatchObject({
      number: 1,
      minutesApprovedInMeetingId: made.second,
    })

    const fresh = await openTestWorkspace(new Date('2026-11-23T10:00:00Z'))
    try {
      await fresh.must('workspace.import', { document })
      expect(withoutStamp((await exportOf(fresh)).document)).toEqual(withoutStamp(document))
      // What the screens show is the same, numbers and locks included.
      for (const meetingId of [made.first, made.second, made.third]) {
        expect(await fresh.must('minutes.get', { meetingId })).toEqual(await ws.must('minutes.get', { meetingId }))
      }
      expect(await fresh.must('cases.get', { id: made.plan })).toEqual(await ws.must('cases.get', { id: made.plan }))
      expect(await fresh.must('cases.list', {})).toEqual(await ws.must('cases.list', {}))
      expect(await fresh.must('followUps.list', { includeDone: true })).toEqual(
        await ws.must('followUps.list', { includeDone: true }),
      )
      // The search index is built for the imported cases, decisions included.
      for (const query of ['legevakt', 'desember', 'kompetanseplan']) {
        expect(await fresh.must('cases.search', { query })).toEqual(await ws.must('cases.search', { query }))
      }
      expect((await fresh.must('cases.search', { query: 'desember' })).map((h) => h.caseId)).toContain(made.plan)
      // The numbering goes on where it stood: the next late case takes the next free number.
      const agendaBefore = await fresh.must('agenda.get', { meetingId: made.third })
      expect(agendaBefore.items.map((i) => i.numberLabel)).toEqual(
        (await ws.must('agenda.get', { meetingId: made.third })).items.map((i) => i.numberLabel),
      )
    } finally {
      await fresh.close()
    }
  })

  it('imports into a workspace that already has agendas and minutes (its own export, and another)', async () => {
    await buildCaseWorkspace(ws)
    const { document } = await exportOf(ws)
    const again = await ws.call('workspace.import', { document })
    expect(again.ok).toBe(true)
    expect(withoutStamp((await exportOf(ws)).document)).toEqual(withoutStamp(document))

    // A file with no cases at all replaces a workspace full of them.
    const other = await openTestWorkspace()
    try {
      await other.must('workspace.create', { template: 'empty', name: 'Tomt' })
      await other.must('people.save', { name: 'Kari Haugland' })
      const { document: small } = await exportOf(other)
      await ws.must('workspace.import', { document: small })
      expect(await ws.must('cases.list', {})).toEqual([])
      expect(await ws.must('cases.search', { query: 'legevakt' })).toEqual([])
      expect((await ws.must('people.list', {})).map((p) => p.name)).toEqual(['Kari Haugland'])
    } finally {
      await other.close()
    }
  })

  it('reads a version 2 file: the bodies get the default agenda settings and there are no cases', async () => {
    await buildCaseWorkspace(ws)
    const { document } = await exportOf(ws)
    const v2: Record<string, unknown> = { ...document, version: 2 }
    for (const list of [
      'matters',
      'cases',
      'attachments',
      'caseLinks',
      'agendaItems',
      'caseNumbers',
      'notices',
      'followUps',
      'attendance',
      'minutesCorrections',
    ]) {
      delete v2[list]
    }
    v2.bodies = document.bodies.map(({ assessmentTitle: _a, standardItems: _s, postponedKeepsNumber: _p, ...b }) => b)
    v2.meetings = document.meetings?.map(
      ({ number: _n, origin: _o, minutesApprovedAt: _a, minutesApprovedInMeetingId: _i, ...m }) => m,
    )
    await ws.must('workspace.import', { document: v2 })
    expect(await ws.must('cases.list', {})).toEqual([])
    const rs = (await ws.must('bodies.list', { search: 'RS-L' }))[0]
    expect(rs).toMatchObject({
      assessmentTitle: 'Vurdering',
      standardItems: [
        { key: 'approveNotice', numbered: true },
        { key: 'approveMinutes', numbered: true },
        { key: 'anyOther', numbered: false },
      ],
      postponedKeepsNumber: true,
    })
  })

  type Breaker = (file: WorkspaceFile) => unknown
  const first = <T>(list: T[] | undefined): T => {
    if (!list || list.length === 0) throw new Error('empty list')
    return list[0]
  }
  const broken: [string, Breaker, RegExp][] = [
    [
      'a case of a body not in the file',
      (f) => ((first(f.cases).bodyId = 99999), f),
      /med id 1 viser til .* med id 99999, som ikke finnes i filen/,
    ],
    [
      'an agenda item of a case not in the file',
      (f) => ((first(f.agendaItems?.filter((i) => i.kind === 'case')).caseId = 99999), f),
      /viser til .* med id 99999, som ikke finnes i filen/,
    ],
    [
      'a follow-up of an item not in the file',
      (f) => ((first(f.followUps).agendaItemId = 99999), f),
      /med id 99999, som ikke finnes/,
    ],
    [
      'an invitation of a person not in the file',
      (f) => ((first(f.invitations).personId = 99999), f),
      /med id 99999, som ikke finnes/,
    ],
    [
      'a number of an item not in the file',
      (f) => ((first(f.caseNumbers).agendaItemId = 99999), f),
      /med id 99999, som ikke finnes/,
    ],
    [
      'a case twice on one agenda',
      (f) => {
        const item = first(f.agendaItems?.filter((i) => i.kind === 'case'))
        f.agendaItems?.push({ ...item, id: 99999 })
        return f
      },
      /Saken står allerede på sakslisten til dette møtet/,
    ],
    [
      'a case on another body’s agenda',
      (f) => {
        const rsCase = first(f.cases?.filter((c) => c.title === 'Felles legevakt i Lister'))
        first(f.agendaItems?.filter((i) => i.kind === 'case' && i.caseId !== rsCase.id)).caseId = rsCase.id
        return f
      },
      /Saken hører til RS-L/,
    ],
    [
      'a link of a case to itself',
      (f) => ((first(f.caseLinks).linkedCaseId = first(f.caseLinks).caseId), f),
      /kan ikke kobles til seg selv/,
    ],
    [
      'a number given twice',
      (f) => (f.caseNumbers?.push({ ...first(f.caseNumbers), agendaItemId: null }), f),
      /står der to ganger/,
    ],
    [
      'a case item without its case',
      (f) => ((first(f.agendaItems?.filter((i) => i.kind === 'case')).caseId = null), f),
      /Sak må fylles ut/,
    ],
    [
      'a section that is not a document',
      (f) => ((first(f.cases).sections.facts = { type: 'paragraph' } as unknown as RichDoc), f),
      /nr\. 1: type har en ugyldig verdi/,
    ],
    ['an unknown case status', (f) => ((first(f.cases).status = 'glemt' as never), f), /Status har en ugyldig verdi/],
    [
      'a version from the future',
      (f) => ({ ...f, version: 5 }),
      /nyere versjon av Sekretariat \(format 5\); denne versjonen leser format 4/,
    ],
  ]

  it.each(broken)('refuses %s and leaves the workspace untouched', async (_label, breakIt, reason) => {
    const made = await buildCaseWorkspace(ws)
    const { document } = await exportOf(ws)
    const before = await ws.must('minutes.get', { meetingId: made.first })
    const result = await ws.call('workspace.import', { document: breakIt(structuredClone(document)) })
    expect(result).toMatchObject({ ok: false, error: { code: 'import_invalid' } })
    expect(result.ok ? '' : result.error.message).toMatch(reason)
    expect(await ws.must('minutes.get', { meetingId: made.first })).toEqual(before)
  })
})
