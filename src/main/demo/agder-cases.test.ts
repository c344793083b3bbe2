import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RichNode } from '../../shared/rich-text'
import { openTestWorkspace, type TestWorkspace } from '../test-support/temp-workspace'

/** The demo's cases, seen the way the e2e specs and screenshots see them: today is 2026-11-23. */

let ws: TestWorkspace
beforeAll(async () => {
  ws = await openTestWorkspace(new Date('2026-11-23T10:00:00Z'))
  await ws.must('workspace.create', { template: 'demo' })
})
afterAll(() => ws.close())

const meetingOf = async (code: string, date: string) => {
  const found = (await ws.must('meetings.list', { year: 2026 })).find(
    (m) => m.bodyShortCode === code && m.date === date,
  )
  if (!found) throw new Error(`no ${code} meeting on ${date}`)
  return found
}
const types = (nodes: RichNode[]): string[] => nodes.flatMap((n) => [n.type, ...types(n.content ?? [])])

describe('the demo cases', () => {
  it('has OSS’s December agenda in preparation, numbers provisional, the matter from RS Lister on it', async () => {
    const meeting = await meetingOf('OSS', '2026-12-02')
    expect(meeting.status).toBe('agenda')
    const agenda = await ws.must('agenda.get', { meetingId: meeting.id })
    expect(agenda.frozen).toBe(false)
    const legevakt = agenda.items.find((i) => i.title === 'Felles legevakt i Lister')
    expect(legevakt).toMatchObject({ numberFixed: false })
    expect(legevakt?.numberLabel).toMatch(/^OSS-sak \d\d\/2026$/)
    // Postponed from September, it keeps the number it had there.
    const website = agenda.items.find((i) => i.title === 'Felles nettside for helsefellesskapet')
    expect(website?.numberFixed).toBe(true)
    const detail = await ws.must('cases.get', { id: legevakt?.caseId ?? 0 })
    expect(detail.matter.map((s) => [s.bodyShortCode, s.status])).toEqual([
      ['RS-L', 'handled'],
      ['OSS', 'on_agenda'],
    ])
  })

  it('has ready cases waiting in OSS’s queue, and one still a draft', async () => {
    const oss = (await ws.must('bodies.list', { search: 'OSS' }))[0]
    expect(await ws.must('cases.list', { bodyId: oss.id, statuses: ['ready'] })).toHaveLength(4)
    expect(await ws.must('cases.list', { bodyId: oss.id, statuses: ['draft'] })).toHaveLength(1)
  })

  it('numbers held meetings for good, with a withdrawn case, a postponed one and a late one', async () => {
    const june = await ws.must('agenda.get', { meetingId: (await meetingOf('OSS', '2026-06-03')).id })
    expect(june.frozen).toBe(true)
    expect(june.items.filter((i) => i.numbered).every((i) => i.numberFixed)).toBe(true)
    expect(june.items.find((i) => i.withdrawn)?.title).toBe('Felles retningslinjer for hospitering')
    const september = await ws.must('agenda.get', { meetingId: (await meetingOf('OSS', '2026-09-02')).id })
    expect(september.items.find((i) => i.postponed)?.postponedTo?.date).toBe('2026-12-02')
    const council = await ws.must('agenda.get', { meetingId: (await meetingOf('SR-EK', '2026-11-24')).id })
    expect(council.items.filter((i) => i.late).map((i) => i.title)).toEqual([
      'Utskrivningsklare pasienter – status for kartleggingen',
    ])
    expect(council.notices.map((n) => n.kind)).toEqual(['notice', 'late'])
  })

  it('has minutes with decisions, approved at the next meeting, and attendance in OSS', async () => {
    const minutes = await ws.must('minutes.get', { meetingId: (await meetingOf('OSS', '2026-04-01')).id })
    expect(minutes.locked).toBe(true)
    expect(minutes.approvedInMeetingId).toBe((await meetingOf('OSS', '2026-06-03')).id)
    const plan = minutes.agenda.items.find((i) => i.title === 'Felles kompetanseplan for helsepersonell i Agder')
    expect(plan?.decisionWritten).toBe(true)
    expect(plan?.presenter).not.toBe('')
    expect(minutes.attendance.filter((a) => a.present === false).length).toBeGreaterThan(0)
    const held = await ws.must('minutes.get', { meetingId: (await meetingOf('RS-L', '2026-11-11')).id })
    expect(held.locked).toBe(false)
  })

  it('has follow-ups, some overdue on 2026-11-23', async () => {
    const open = await ws.must('followUps.list', {})
    const overdue = open.filter((f) => f.dueDate !== null && f.dueDate < '2026-11-23')
    expect(overdue.length).toBeGreaterThanOrEqual(2)
    const all = await ws.must('followUps.list', { includeDone: true })
    expect(all.some((f) => f.doneAt !== null)).toBe(true)
  })

  it('writes case documents with lists, a numbered proposal and tables, found by search', async () => {
    const hits = await ws.must('cases.search', { query: 'handlingsplanen status' })
    const review = hits.find((h) => h.title === 'Årlig gjennomgang av handlingsplanen – status 2026')
    expect(review).toBeDefined()
    const detail = await ws.must('cases.get', { id: review?.caseId ?? 0 })
    const nodes = types(Object.values(detail.sections).flatMap((d) => d.content))
    expect(nodes).toEqual(expect.arrayContaining(['bulletList', 'orderedList', 'table', 'tableHeader']))
    expect(detail.links).toHaveLength(4)
    expect(detail.references.some((r) => r.caseId !== null)).toBe(true)
    expect((await ws.must('cases.search', { query: 'legevakt' })).length).toBeGreaterThanOrEqual(4)
  })
})
