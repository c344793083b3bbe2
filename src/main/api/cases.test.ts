import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { docFromText, type RichDoc } from '../../shared/rich-text'
import { openTestWorkspace, type TestWorkspace } from '../test-support/temp-workspace'

let ws: TestWorkspace
let ssu: number
let rs: number
let officer: number
beforeEach(async () => {
  ws = await openTestWorkspace(new Date('2024-01-10T10:00:00Z'))
  await ws.must('workspace.create', { template: 'empty', name: 'Test' })
  ssu = (
    await ws.must('bodies.save', {
      name: 'Strategisk samarbeidsutvalg',
      shortCode: 'SSU',
      level: 'strategisk',
      caseLabelFormat: 'SSU-sak {nr}/{år}',
    })
  ).id
  rs = (await ws.must('bodies.save', { name: 'RS Lister', shortCode: 'RSL', level: 'regionalt' })).id
  officer = (await ws.must('people.save', { name: 'Siri Holmen' })).id
})
afterEach(() => ws.close())

const meetingOn = async (date: string, bodyId = ssu) =>
  (await ws.must('meetings.save', { bodyId, date, startTime: '09:00', endTime: '12:00' })).id

const newCase = async (title: string, bodyId = ssu, proposal: RichDoc = docFromText('Saken tas til orientering.')) => {
  const c = await ws.must('cases.save', { bodyId, title, officerPersonId: officer, proposal })
  await ws.must('cases.setStatus', { id: c.id, status: 'ready' })
  return c.id
}

const numbers = async (meetingId: number) =>
  (await ws.must('agenda.get', { meetingId })).items.map((i) => `${i.numberLabel ?? '-'} ${i.title}`)

describe('agendas and case numbers', () => {
  it('number cases in agenda order, standard items around them, continuing from the previous meeting', async () => {
    const first = await meetingOn('2024-02-08')
    const second = await meetingOn('2024-04-11')
    const a = await newCase('Handlingsplan 2024')
    const b = await newCase('Budsjett')
    const c = await newCase('Avtale om legevakt')
    await ws.must('agenda.addCase', { meetingId: first, caseId: a })
    await ws.must('agenda.addCase', { meetingId: first, caseId: b })
    await ws.must('agenda.addCase', { meetingId: second, caseId: c })
    expect(await numbers(first)).toEqual([
      'SSU-sak 01/2024 Godkjenning av innkalling og saksliste',
      'SSU-sak 02/2024 Godkjenning av protokoll fra forrige møte',
      'SSU-sak 03/2024 Handlingsplan 2024',
      'SSU-sak 04/2024 Budsjett',
      '- Eventuelt',
    ])
    expect((await numbers(second))[2]).toBe('SSU-sak 07/2024 Avtale om legevakt')

    // Before the notice the numbers follow the order.
    const agenda = await ws.must('agenda.get', { meetingId: first })
    const ids = agenda.items.map((i) => i.id)
    await ws.must('agenda.reorder', { meetingId: first, itemIds: [ids[0], ids[1], ids[3], ids[2], ids[4]] })
    expect((await numbers(first))[2]).toBe('SSU-sak 03/2024 Budsjett')
    const queue = await ws.must('cases.list', { bodyId: ssu, statuses: ['ready'] })
    expect(queue).toEqual([])
  })

  it('freeze at the notice: withdrawn keeps its number, a late case takes the next free one', async () => {
    const first = await meetingOn('2024-02-08')
    const second = await meetingOn('2024-04-11')
    const a = await newCase('Handlingsplan 2024')
    const b = await newCase('Budsjett')
    const later = await newCase('Neste møte')
    await ws.must('agenda.addCase', { meetingId: first, caseId: a })
    await ws.must('agenda.addCase', { meetingId: first, caseId: b })
    await ws.must('agenda.addCase', { meetingId: second, caseId: later })
    await ws.must('meetings.setStatus', { id: first, status: 'agenda' }).catch(() => undefined)
    await ws.must('meetings.setStatus', { id: first, status: 'notice_sent' })
    const sent = await ws.must('agenda.get', { meetingId: first })
    expect(sent.frozen).toBe(true)
    expect(sent.items.filter((i) => i.numbered).every((i) => i.numberFixed)).toBe(true)
    expect(sent.notices).toHaveLength(1)
    expect(sent.notices[0].agenda[2]).toEqual({ numberLabel: 'SSU-sak 03/2024', title: 'Handlingsplan 2024' })

    // Reordering that would renumber is refused, with the reason.
    const ids = sent.items.map((i) => i.id)
    const refused = await ws.call('agenda.reorder', {
      meetingId: first,
      itemIds: [ids[0], ids[1], ids[3], ids[2], ids[4]],
    })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.message).toMatch(/stigende/)

    await ws.must('cases.withdraw', { id: a })
    const late = await newCase('Tilleggssak om vaksiner')
    await ws.must('agenda.addCase', { meetingId: first, caseId: late })
    expect(await numbers(first)).toEqual([
      'SSU-sak 01/2024 Godkjenning av innkalling og saksliste',
      'SSU-sak 02/2024 Godkjenning av protokoll fra forrige møte',
      'SSU-sak 03/2024 Handlingsplan 2024',
      'SSU-sak 04/2024 Budsjett',
      'SSU-sak 05/2024 Tilleggssak om vaksiner',
      '- Eventuelt',
    ])
    const agenda = await ws.must('agenda.get', { meetingId: first })
    expect(agenda.items[2].withdrawn).toBe(true)
    expect(agenda.items[4].late).toBe(true)
    expect(agenda.notices.map((n) => n.kind)).toEqual(['notice', 'late'])
    // The next meeting's provisional numbers move on past the late case.
    expect((await numbers(second))[0]).toBe('SSU-sak 06/2024 Godkjenning av innkalling og saksliste')

    // A numbered case cannot be taken off; a number is never given again.
    const removed = await ws.call('agenda.removeItem', { id: agenda.items[3].id })
    expect(removed.ok).toBe(false)
    const moved = await ws.call('meetings.save', {
      bodyId: ssu,
      id: first,
      date: '2025-01-09',
      startTime: '09:00',
      endTime: '12:00',
      confirmMove: true,
    })
    expect(moved.ok).toBe(false)
  })

  it('postpone a case after the notice: it keeps its number at the next meeting', async () => {
    const first = await meetingOn('2024-02-08')
    const second = await meetingOn('2024-04-11')
    const a = await newCase('Utsatt sak')
    await ws.must('agenda.addCase', { meetingId: first, caseId: a })
    await ws.must('meetings.setStatus', { id: first, status: 'notice_sent' })
    const item = (await ws.must('agenda.get', { meetingId: first })).items.find((i) => i.caseId === a)
    await ws.must('agenda.postpone', { id: item?.id ?? 0, toMeetingId: second })
    expect((await numbers(first))[2]).toBe('SSU-sak 03/2024 Utsatt sak')
    expect(await numbers(second)).toContain('SSU-sak 03/2024 Utsatt sak')
    const detail = await ws.must('cases.get', { id: a })
    expect(detail.handlings.map((h) => [h.numberLabel, h.postponed])).toEqual([
      ['SSU-sak 03/2024', true],
      ['SSU-sak 03/2024', false],
    ])
  })

  it('refuse a case on the agenda twice, and a case of another body', async () => {
    const m = await meetingOn('2024-02-08')
    const a = await newCase('Én gang')
    await ws.must('agenda.addCase', { meetingId: m, caseId: a })
    const twice = await ws.call('agenda.addCase', { meetingId: m, caseId: a })
    expect(twice.ok ? null : twice.error.message).toBe('Saken står allerede på sakslisten til dette møtet.')
    const other = await newCase('Regional sak', rs)
    const wrongBody = await ws.call('agenda.addCase', { meetingId: m, caseId: other })
    expect(wrongBody.ok ? null : wrongBody.error.field).toBe('caseId')
    const missing = await ws.call('agenda.addCase', { meetingId: m, caseId: 9999 })
    expect(missing.ok ? null : missing.error.code).toBe('not_found')
  })

  it('time a programme meeting from the durations', async () => {
    const m = (
      await ws.must('meetings.save', {
        bodyId: ssu,
        date: '2024-03-14',
        startTime: '09:00',
        endTime: '13:00',
        kind: 'programme',
      })
    ).id
    await ws.must('agenda.saveItem', {
      meetingId: m,
      title: 'Velkommen',
      programmeKind: 'intro',
      durationMinutes: 15,
      speaker: 'Ordfører',
    })
    await ws.must('agenda.saveItem', {
      meetingId: m,
      title: 'Borddialog',
      programmeKind: 'tableDialogue',
      durationMinutes: 45,
    })
    await ws.must('agenda.saveItem', { meetingId: m, title: 'Pause', programmeKind: 'break', durationMinutes: 15 })
    const agenda = await ws.must('agenda.get', { meetingId: m })
    const programme = agenda.items.filter((i) => i.kind === 'programme')
    expect(programme.map((i) => [i.startTime, i.title])).toEqual([
      ['09:00', 'Velkommen'],
      ['09:15', 'Borddialog'],
      ['10:00', 'Pause'],
    ])
  })
})

describe('minutes', () => {
  it('start from the proposal, lock when approved at the next meeting, and record corrections', async () => {
    const first = await meetingOn('2024-02-08')
    const second = await meetingOn('2024-04-11')
    const a = await newCase('Handlingsplan', ssu, docFromText('SSU vedtar handlingsplanen.'))
    await ws.must('agenda.addCase', { meetingId: first, caseId: a })
    const early = await ws.call('minutes.saveItem', { id: 1, presenter: 'x' })
    expect(early.ok).toBe(false)
    await ws.must('meetings.setStatus', { id: first, status: 'notice_sent' })
    await ws.must('meetings.setStatus', { id: first, status: 'held' })
    expect((await ws.must('cases.get', { id: a })).summary.status).toBe('handled')

    const minutes = await ws.must('minutes.get', { meetingId: first })
    const item = minutes.agenda.items.find((i) => i.caseId === a)
    if (!item) throw new Error('no item')
    expect(item.decisionWritten).toBe(false)
    expect(item.decision).toEqual(docFromText('SSU vedtar handlingsplanen.'))
    await ws.must('minutes.saveItem', {
      id: item.id,
      presenter: 'Siri Holmen',
      summary: 'Godt mottatt.',
      decision: docFromText('SSU vedtar handlingsplanen med endringene fra møtet.'),
    })
    const action = await ws.must('followUps.save', {
      agendaItemId: item.id,
      what: 'Send planen til kommunene',
      responsible: 'Sekretariatet',
      dueDate: '2024-02-01',
    })
    expect(action.numberLabel).toBe('SSU-sak 03/2024')
    expect((await ws.must('followUps.list', {})).map((f) => f.what)).toEqual(['Send planen til kommunene'])

    await ws.must('meetings.setStatus', { id: first, status: 'minutes_drafted' })
    const next = await ws.must('agenda.get', {
      meetingId: (await ws.must('agenda.start', { meetingId: second })).meetingId,
    })
    expect(next.previousMeeting?.id).toBe(first)
    const approved = await ws.must('minutes.approve', { meetingId: first, inMeetingId: second })
    expect(approved.locked).toBe(true)
    expect(approved.approvedInMeetingId).toBe(second)

    const silent = await ws.call('minutes.saveItem', { id: item.id, summary: 'Endret' })
    expect(silent.ok ? null : silent.error.field).toBe('correctionReason')
    await ws.must('minutes.saveItem', {
      id: item.id,
      summary: 'Endret',
      decision: item.decision,
      correctionReason: 'Skrivefeil',
    })
    expect((await ws.must('minutes.get', { meetingId: first })).corrections.map((c) => c.reason)).toEqual([
      'Skrivefeil',
    ])
  })
})

describe('cases', () => {
  it('follow a matter from RS to SSU, each with its own number and decision', async () => {
    const rsMeeting = await meetingOn('2024-01-25', rs)
    const ssuMeeting = await meetingOn('2024-02-08')
    const regional = await newCase('Høring om handlingsplan', rs)
    await ws.must('agenda.addCase', { meetingId: rsMeeting, caseId: regional })
    await ws.must('meetings.setStatus', { id: rsMeeting, status: 'notice_sent' })
    await ws.must('meetings.setStatus', { id: rsMeeting, status: 'held' })
    const forwarded = await ws.must('cases.forward', { id: regional, bodyId: ssu })
    expect(forwarded.status).toBe('draft')
    await ws.must('cases.setStatus', { id: forwarded.id, status: 'ready' })
    await ws.must('agenda.addCase', { meetingId: ssuMeeting, caseId: forwarded.id })
    const detail = await ws.must('cases.get', { id: forwarded.id })
    expect(detail.matter.map((m) => [m.bodyShortCode, m.numberLabel])).toEqual([
      ['RSL', '03/2024'],
      ['SSU', 'SSU-sak 03/2024'],
    ])
    expect(detail.sections.proposal).toEqual(docFromText('Saken tas til orientering.'))
  })

  it('find references to other cases in the text, and link them both ways', async () => {
    const m = await meetingOn('2024-02-08')
    const old = await newCase('Handlingsplan for helsefellesskapet')
    await ws.must('agenda.addCase', { meetingId: m, caseId: old })
    await ws.must('meetings.setStatus', { id: m, status: 'notice_sent' })
    const c = await ws.must('cases.save', {
      bodyId: ssu,
      title: 'Status for handlingsplanen',
      background: docFromText('Viser til SSU-sak 03/2024 og sak 77/2023.'),
    })
    const detail = await ws.must('cases.get', { id: c.id })
    expect(detail.references).toEqual([
      { text: 'SSU-sak 03/2024', caseId: old, linked: false },
      { text: 'sak 77/2023', caseId: null, linked: false },
    ])
    await ws.must('cases.link', { id: c.id, linkedCaseId: old })
    expect((await ws.must('cases.get', { id: old })).links.map((l) => l.id)).toEqual([c.id])
    const missing = await ws.call('cases.link', { id: c.id, linkedCaseId: 4242 })
    expect(missing.ok ? null : missing.error.field).toBe('linkedCaseId')
  })

  it('search titles, sections and decisions with æ, ø, å and accents', async () => {
    await ws.must('cases.save', {
      bodyId: ssu,
      title: 'Samhandling om øyeblikkelig hjelp',
      facts: docFromText('Kafé-modellen i Åseral'),
    })
    await ws.must('cases.save', { bodyId: ssu, title: 'Årsrapport', facts: docFromText('Arbeid med rapporten') })
    expect((await ws.must('cases.search', { query: 'øyebl' })).map((h) => h.title)).toEqual([
      'Samhandling om øyeblikkelig hjelp',
    ])
    const hits = await ws.must('cases.search', { query: 'kafe åseral' })
    expect(hits.map((h) => h.title)).toEqual(['Samhandling om øyeblikkelig hjelp'])
    expect(hits[0].snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['Kafé', 'Åseral'])
    // å is a letter of its own: "ar" does not find "år".
    expect((await ws.must('cases.search', { query: 'årsrapport' })).map((h) => h.title)).toEqual(['Årsrapport'])
    expect((await ws.must('cases.search', { query: 'arsrapport' })).length).toBe(0)
    expect(await ws.must('cases.search', { query: '"*)(' })).toEqual([])
  })

  it('keep attachments as copies with checksums, in order', async () => {
    const c = await ws.must('cases.save', { bodyId: ssu, title: 'Med vedlegg' })
    const content = Buffer.from('%PDF-1.4 test').toString('base64')
    const first = await ws.must('attachments.add', { caseId: c.id, fileName: 'Handlingsplan.pdf', content })
    const second = await ws.must('attachments.add', {
      caseId: c.id,
      fileName: 'Innspill RS.docx',
      content,
      title: 'Innspill fra RS',
    })
    expect([first.position, second.position]).toEqual([1, 2])
    expect(first.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(first.mimeType).toBe('application/pdf')
    const opened = await ws.must('attachments.open', { id: first.id })
    expect(opened.file?.content).toBe(content)
    await ws.must('attachments.reorder', { caseId: c.id, ids: [second.id, first.id] })
    expect((await ws.must('cases.get', { id: c.id })).attachments.map((a) => a.title)).toEqual([
      'Innspill fra RS',
      'Handlingsplan',
    ])
    const empty = await ws.call('attachments.add', { caseId: c.id, fileName: 'tom.pdf', content: '' })
    expect(empty.ok ? null : empty.error.message).toBe('Filen «tom.pdf» er tom.')
  })

  it('refuse an empty title, naming the field, and write nothing', async () => {
    const result = await ws.call('cases.save', { bodyId: ssu, title: '  ' })
    expect(result.ok ? null : result.error).toEqual({
      code: 'validation',
      message: 'Tittel må fylles ut.',
      field: 'title',
    })
    expect(await ws.must('cases.list', {})).toEqual([])
  })
})
