import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Meeting } from '../../shared/cycle'
import type { InvitationList, Invitee } from '../../shared/invitations'
import { readDocxWithPythonDocx, toPdfText } from '../documents/verify'
import { readCsv, readEml, readIcsFile } from '../invitations/read-exports'
import { openTestWorkspace, type TestWorkspace } from '../test-support/temp-workspace'

/**
 * The exports through the handlers on the demo workspace: the October partnership meeting's list
 * (the demo's rules from seed 000), two chief executives sending their heads of department, a mayor
 * bringing a politician, a mayor without an e-mail address, attendance marked; then the CSV, the
 * .ics, the e-mail draft and the Word list, each read back by an independent reader.
 */

let ws: TestWorkspace
let meeting: Meeting
let list: InvitationList
const folder = mkdtempSync(join(tmpdir(), 'invitation-exports-'))

const byName = (name: string) => {
  const found = list.invitees.find((i) => i.name === name)
  if (!found) throw new Error(`${name} is not on the list`)
  return found
}
const bytesOf = (file: { content: string; encoding: 'utf8' | 'base64' }) => Buffer.from(file.content, file.encoding)

async function clearEmail(personId: number) {
  const { person } = await ws.must('people.get', { id: personId })
  const { id, name, title, organisationId, phone, notes } = person
  await ws.must('people.save', { id, name, title, organisationId, email: '', phone, notes })
}

let execs: Invitee[]
let mayors: Invitee[]
let noEmailMayor: Invitee
let companionName: string

beforeAll(async () => {
  // Three weeks before the meeting: answers are coming in.
  ws = await openTestWorkspace(new Date('2026-09-20T10:00:00Z'))
  await ws.must('workspace.create', { template: 'demo', name: 'Helsefellesskapet i Agder' })
  const found = (await ws.must('meetings.list', { year: 2026 })).find(
    (m) => m.bodyShortCode === 'PM' && m.date.slice(5, 7) === '10',
  )
  if (!found) throw new Error('no October partnership meeting in the demo')
  meeting = found
  const meetingId = meeting.id
  list = await ws.must('invitations.get', { meetingId })

  execs = list.invitees.filter((i) => i.roleKinds.includes('kommunedirektor')).slice(0, 2)
  mayors = list.invitees.filter((i) => i.roleKinds.includes('ordforer')).slice(0, 4)
  for (const [n, exec] of execs.entries()) {
    await ws.must('invitations.respond', {
      meetingId,
      personId: exec.personId,
      status: 'declined',
      reason: n === 0 ? 'Budsjettmøte; kan ikke flyttes' : 'Sykdom',
    })
    list = await ws.must('invitations.inviteSubstitute', { meetingId, forPersonId: exec.personId, personId: null })
  }
  for (const sub of list.invitees.filter((i) => i.standsInFor !== null)) {
    await ws.must('invitations.respond', { meetingId, personId: sub.personId, status: 'accepted' })
  }
  for (const mayor of mayors.slice(0, 3)) {
    await ws.must('invitations.respond', { meetingId, personId: mayor.personId, status: 'accepted' })
    await ws.must('invitations.setAttendance', { meetingId, personId: mayor.personId, attendance: 'present' })
  }
  // A politician from the first mayor's municipality comes along.
  const onList = new Set(list.invitees.map((i) => i.personId))
  const politician = (await ws.must('people.list', { organisationId: mayors[0].organisationId ?? 0 })).find(
    (p) => !onList.has(p.id),
  )
  if (!politician) throw new Error('nobody to bring along')
  companionName = politician.name
  await ws.must('invitations.addCompanion', { meetingId, ofPersonId: mayors[0].personId, personId: politician.id })
  // The fourth mayor has no e-mail address in the register.
  await clearEmail(mayors[3].personId)
  list = await ws.must('invitations.get', { meetingId })
  noEmailMayor = byName(mayors[3].name)
}, 120_000)

afterAll(async () => {
  await ws.close()
  rmSync(folder, { recursive: true, force: true })
})

describe('the list the exports are made from', () => {
  it('has the answers, substitutes, companion and the mayor without e-mail', () => {
    expect(list.invitees.filter((i) => i.standsInFor !== null)).toHaveLength(2)
    expect(byName(companionName).companionOf?.personId).toBe(mayors[0].personId)
    expect(noEmailMayor.email).toBe('')
  })
})

describe('invitations.exportCsv', () => {
  it('gives everyone on the list, in UTF-8 with BOM and semicolons, as Python’s csv module reads it', async () => {
    const file = await ws.must('invitations.exportCsv', { meetingId: meeting.id })
    expect(file.fileName).toBe(`PM 2026 Møte ${meeting.date.split('-').reverse().join('.')} - deltakerliste.csv`)
    const read = readCsv(bytesOf(file))
    expect(read).toMatchObject({ bom: true, crlf: true })
    const [header, ...rows] = read.rows
    expect(header[0]).toBe('Navn')
    expect(header[8]).toBe('Møter for')
    expect(rows).toHaveLength(list.invitees.length)
    expect(rows.map((r) => r[0])).toEqual(list.invitees.map((i) => i.name))
    const exec = rows.find((r) => r[0] === execs[0].name)
    expect(exec?.slice(7, 11)).toEqual(['Forfall', '', '', 'Budsjettmøte; kan ikke flyttes'])
    const substitute = list.invitees.find((i) => i.standsInFor?.personId === execs[0].personId)
    expect(rows.find((r) => r[0] === substitute?.name)?.[8]).toBe(execs[0].name)
    expect(rows.find((r) => r[0] === companionName)?.[9]).toBe(mayors[0].name)
    expect(rows.find((r) => r[0] === noEmailMayor.name)?.[1]).toBe('')
    expect(rows.find((r) => r[0] === mayors[0].name)?.[11]).toBe('Til stede')
  })
})

describe('invitations.exportIcs', () => {
  it('is a REQUEST from the secretary to everyone with an address, with the answers given', async () => {
    const file = await ws.must('invitations.exportIcs', { meetingId: meeting.id })
    expect(file.fileName).toMatch(/ - kalenderinvitasjon\.ics$/)
    const read = readIcsFile(bytesOf(file))
    expect(read.method).toBe('REQUEST')
    const [event] = read.events
    expect(event).toMatchObject({ uid: meeting.uid, sequence: meeting.sequence, tzid: 'Europe/Oslo' })
    const body = (await ws.must('bodies.list', {})).find((b) => b.id === meeting.bodyId)
    expect(event.organizer?.name).toBe(body?.secretaryName)
    expect(event.organizer?.email).toMatch(/@/)
    const addresses = new Set(list.invitees.filter((i) => i.email !== '').map((i) => i.email.toLowerCase()))
    expect(event.attendees).toHaveLength(addresses.size)
    expect(event.attendees.map((a) => a.name)).not.toContain(noEmailMayor.name)
    const partstat = (i: Invitee) => event.attendees.find((a) => a.email === i.email)?.partstat
    expect(partstat(execs[0])).toBe('DECLINED')
    expect(partstat(mayors[0])).toBe('ACCEPTED')
    expect(partstat(byName(companionName))).toBe('NEEDS-ACTION')
    for (const a of event.attendees) expect(a).toMatchObject({ role: 'REQ-PARTICIPANT', rsvp: 'TRUE' })
  })
})

describe('invitations.exportMail', () => {
  it('is a draft with everyone in Bcc, the notice and the invitation attached, and the one without e-mail named', async () => {
    const draft = await ws.must('invitations.exportMail', { meetingId: meeting.id, to: 'all' })
    expect(draft.mimeType).toBe('message/rfc822')
    expect(draft.fileName).toMatch(/ - e-post med innkalling\.eml$/)
    expect(draft.notes).toEqual([`1 uten e-postadresse er ikke med: ${noEmailMayor.name}`])
    const read = readEml(bytesOf(draft))
    expect(read.defects).toEqual([])
    expect(read.xUnsent).toBe('1')
    expect(read.subject).toBe(`Innkalling: Partnerskapsmøtet ${meeting.date.split('-').reverse().join('.')}`)
    expect(read.from?.[0].email).toMatch(/@/)
    expect(read.to).toBeNull()
    const addresses = new Set(list.invitees.filter((i) => i.email !== '').map((i) => i.email.toLowerCase()))
    expect(new Set(read.bcc?.map((a) => a.email.toLowerCase()))).toEqual(addresses)
    const [notice, calendar] = read.attachments
    expect(notice.fileName).toMatch(/ - innkalling\.docx$/)
    expect(notice).toMatchObject({ zip: true, zipOk: true })
    expect(notice.zipNames).toContain('word/document.xml')
    expect(calendar.fileName).toMatch(/\.ics$/)
    expect(calendar.calendar?.method).toBe('REQUEST')
    expect(calendar.calendar?.events[0].uid).toBe(meeting.uid)
    expect(read.text).toContain(
      'Hvis kommunedirektør ikke kan delta, kommer kommunalsjef fra samme organisasjon i stedet',
    )
    writeFileSync(join(folder, 'draft.eml'), bytesOf(draft))
  })

  it('goes only to those who have not answered', async () => {
    const draft = await ws.must('invitations.exportMail', { meetingId: meeting.id, to: 'unanswered' })
    const bcc = readEml(bytesOf(draft)).bcc?.map((a) => a.email.toLowerCase()) ?? []
    expect(bcc).not.toContain(mayors[0].email.toLowerCase())
    expect(bcc).not.toContain(execs[0].email.toLowerCase())
    expect(bcc).toContain(byName(companionName).email.toLowerCase())
  })

  it('refuses a draft to nobody, with a message that says why', async () => {
    const empty = await ws.must('meetings.save', {
      bodyId: meeting.bodyId,
      date: '2027-10-14',
      startTime: '09:00',
      endTime: '13:00',
      place: '',
      videoLink: '',
    })
    const accepted = await ws.call('invitations.exportMail', { meetingId: empty.id, to: 'accepted' })
    expect(accepted.ok).toBe(false)
    if (!accepted.ok) {
      expect(accepted.error).toMatchObject({ code: 'validation', field: 'to' })
      expect(accepted.error.message).toBe('Ingen i gruppen «Kommer» har e-postadresse. Ingen e-post ble laget.')
    }
  })
})

describe('documents.make participants', () => {
  it('makes the Word list that LibreOffice and python-docx read: counts, municipalities, groups, names', async () => {
    const files = new Map<string, string>()
    for (const groupBy of ['organisation', 'category'] as const) {
      const made = await ws.must('documents.make', { kind: 'participants', id: meeting.id, groupBy })
      expect(made.fileName).toMatch(/^PM 2026 Møte .* - deltakerliste\.docx$/)
      const path = join(folder, `${groupBy}.docx`)
      writeFileSync(path, Buffer.from(made.content, 'base64'))
      files.set(groupBy, path)
    }
    const texts = await toPdfText([...files.values()])
    const text = (texts.get(files.get('organisation') ?? '') ?? '').replace(/\s+/g, ' ')
    const { total, municipalities } = list.counts
    expect(text).toContain('Deltakerliste')
    expect(text).toContain(`Totalt ${total.invited} ${total.coming} ${total.declined} ${total.present}`)
    expect(text).toContain(`${municipalities.represented} av 25 kommuner representert`)
    for (const name of [execs[0].name, mayors[0].name, companionName, noEmailMayor.name]) expect(text).toContain(name)

    const reading = await readDocxWithPythonDocx(files.get('organisation') ?? '')
    expect(reading.paragraphs[0]).toMatchObject({ style: 'Title', text: 'Deltakerliste' })
    const groups = reading.paragraphs.filter((p) => p.style === 'Heading 2').map((p) => p.text)
    expect(groups).toContain('Arendal kommune')
    expect(groups).toContain('Agder fylkeskommune')
    expect(reading.tables.slice(1).every((t) => t.headerRow)).toBe(true)
    expect(reading.tables[1].rows[0]).toEqual(['Rolle', 'Antall invitert', 'Kommer', 'Forfall', 'Til stede'])
    expect(reading.tables[1].rows.at(-1)?.[0]).toBe('Totalt')
    expect(reading.custom.Dokumenttype).toBe('Deltakerliste')
    expect(reading.core.title).toBe(`Deltakerliste for PM ${meeting.date.split('-').reverse().join('.')}`)

    const byRole = await readDocxWithPythonDocx(files.get('category') ?? '')
    expect(byRole.paragraphs.filter((p) => p.style === 'Heading 2').map((p) => p.text)[0]).toBe('Ordførere/politikere')
  }, 120_000)

  it('files the list in the body’s archive folder like the other meeting documents', async () => {
    const archive = join(folder, 'arkiv')
    mkdirSync(archive)
    await ws.must('archive.setFolder', { bodyId: meeting.bodyId, folder: archive })
    const result = await ws.must('archive.export', { kind: 'participants', id: meeting.id, year: null })
    expect(result.record).toMatchObject({ kind: 'participants', bodyShortCode: 'PM' })
    expect(result.record.files[0]).toMatchObject({ dokumenttype: 'Deltakerliste', møtedato: meeting.date })
  })
})

describe('without a secretary with an e-mail address', () => {
  it('refuses the calendar invitation and makes the draft without sender and invitation', async () => {
    const body = (await ws.must('bodies.list', {})).find((b) => b.id === meeting.bodyId)
    await clearEmail(body?.secretaryPersonId ?? 0)
    const ics = await ws.call('invitations.exportIcs', { meetingId: meeting.id })
    expect(ics.ok).toBe(false)
    if (!ics.ok) expect(ics.error.message).toMatch(/^Partnerskapsmøtet har ingen sekretær med e-postadresse/)
    const draft = await ws.must('invitations.exportMail', { meetingId: meeting.id, to: 'all' })
    const read = readEml(bytesOf(draft))
    expect(read.from).toBeNull()
    expect(read.attachments).toHaveLength(1)
    expect(draft.notes[1]).toMatch(/ingen sekretær med e-postadresse/)
  })
})
