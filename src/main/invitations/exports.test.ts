import { describe, expect, it } from 'vitest'
import { defaultProfile } from '../documents/kit'
import { buildDocument, packDocx } from '../documents/kit'
import { neutralLook } from '../documents/kit'
import { meetingHeadOf } from '../documents/models'
import { participantSections, participantsModelOf } from '../documents/participant-list'
import {
  alsoWithoutEmail,
  boardMember,
  chiefExecutive,
  companion,
  director,
  formulaName,
  headOfDepartment,
  invitees,
  mayor,
  partnershipList,
  partnershipMeeting,
  withoutEmail,
} from './list-fixture'
import { mailDraft, mailRecipients, mailSubject, type MailDraftInput } from './mail-draft'
import { csvField, participantsCsv, participantsCsvFile } from './participants-csv'
import { participantsIcs, participantsIcsFile } from './participants-ics'
import { readCsv, readEml, readIcsFile } from './read-exports'

/**
 * The invitation list's exports, made from a hand-made list and read back by Python's csv module,
 * icalendar and email package: parsers that share no code with the writers.
 */

const profile = { ...defaultProfile('Helsefellesskapet i Agder'), author: 'Sekretariatet' }
const organizer = { name: 'Rådgiver Sekretariatet', email: 'sekretariat@helsefellesskapet-agder.no' }
const NOW = new Date('2026-09-24T08:30:00Z')

describe('participant CSV', () => {
  const file = participantsCsvFile(partnershipList(), profile)
  const bytes = Buffer.from(file.content, 'base64')
  const read = readCsv(bytes)
  const [header, ...rows] = read.rows
  const rowOf = (name: string) => rows.find((r) => r[0] === name) ?? []

  it('is UTF-8 with a byte order mark, CRLF line ends and the Norwegian headers', () => {
    expect(file).toMatchObject({ mimeType: 'text/csv;charset=utf-8', encoding: 'base64' })
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(read).toMatchObject({ bom: true, crlf: true, endsWithCrlf: true })
    expect(header).toEqual([
      'Navn',
      'E-post',
      'Telefon',
      'Tittel',
      'Organisasjon',
      'Region',
      'Kategori',
      'Status',
      'Møter for',
      'Ledsager for',
      'Forfallsgrunn',
      'Oppmøte',
    ])
  })

  it('has everyone on the list, also those without e-mail, every row as wide as the header', () => {
    expect(rows.map((r) => r[0])).toEqual(invitees.map((i) => (i === formulaName ? `'${i.name}` : i.name)))
    for (const row of rows) expect(row).toHaveLength(header.length)
    expect(rowOf(withoutEmail.name)).toEqual([
      'Kari Nordmann',
      '',
      '',
      'Ordfører',
      'Åmli kommune',
      'Østre Agder',
      'Ordførere/politikere',
      'Ikke svart',
      '',
      '',
      '',
      '',
    ])
  })

  it('keeps æøå, and quotes separators, quotes and line breaks so they come back whole', () => {
    expect(rowOf(chiefExecutive.name)).toEqual([
      'Åse Ødegård',
      'ase.odegard@kristiansand.kommune.no',
      '',
      'Kommunedirektør',
      'Kristiansand kommune',
      'Kristiansandsregionen',
      'Kommunale ledere',
      'Forfall',
      '',
      '',
      'Budsjettmøte; «kan ikke flyttes»',
      '',
    ])
    expect(rowOf(companion.name).slice(3, 10)).toEqual([
      'Bystyrerepresentant; leder av helse- og omsorgsutvalget',
      'Arendal kommune',
      'Østre Agder',
      'Ordførere/politikere',
      'Kommer',
      '',
      'Robert Cornels Nordli',
    ])
    expect(rowOf(alsoWithoutEmail.name)[3]).toBe('Tillitsvalgt\nFagforbundet')
    expect(rowOf(headOfDepartment.name)[8]).toBe('Åse Ødegård')
    expect(rowOf(director.name)[11]).toBe('Til stede')
    expect(rowOf(boardMember.name)[11]).toBe('Ikke til stede')
    expect(rowOf(mayor.name)[2]).toBe('+47 370 13 000')
  })

  it('writes the fields by RFC 4180', () => {
    expect(csvField('Åse')).toBe('Åse')
    expect(csvField('a;b')).toBe('"a;b"')
    expect(csvField('Ola "Gutten"')).toBe('"Ola ""Gutten"""')
    expect(csvField('to\r\nlinjer')).toBe('"to\r\nlinjer"')
    expect(csvField('')).toBe('')
  })

  it('turns what Excel would run as a formula into text, and leaves phone numbers alone', () => {
    expect(csvField('=1+2')).toBe("'=1+2")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('-Kari')).toBe("'-Kari")
    expect(csvField('+47 900 00 000')).toBe('+47 900 00 000')
    expect(csvField('-')).toBe('-')
    expect(rows.some((r) => r[0] === `'${formulaName.name}`)).toBe(true)
  })

  it('is named like the meeting documents', () => {
    expect(file.fileName).toBe('PM 2026 Møte 22.10.2026 - deltakerliste.csv')
  })

  it('gives just the header for an empty list', () => {
    const empty = participantsCsv(partnershipList({ invitees: [] }))
    expect(empty.split('\r\n')).toHaveLength(2)
  })
})

describe('calendar invitation', () => {
  const ics = participantsIcs(partnershipMeeting, partnershipList(), organizer, NOW)
  const read = readIcsFile(Buffer.from(ics, 'utf8'))
  const [event] = read.events
  const attendee = (email: string) => event.attendees.find((a) => a.email.toLowerCase() === email.toLowerCase())

  it('is a REQUEST for the meeting, with its stable UID and SEQUENCE, in Oslo time', () => {
    expect(read.method).toBe('REQUEST')
    expect(read.events).toHaveLength(1)
    expect(event).toMatchObject({
      uid: partnershipMeeting.uid,
      sequence: 2,
      summary: 'PM-møte: Partnerskapsmøtet',
      location: 'Clarion Hotel Ernst, Kristiansand',
      tzid: 'Europe/Oslo',
      dtstart: '2026-10-22T09:00:00+02:00',
    })
    expect(read.vtimezones).toEqual(['Europe/Oslo'])
  })

  it('has the secretary as ORGANIZER', () => {
    expect(event.organizer).toEqual({ email: organizer.email, name: organizer.name })
  })

  it('has one ATTENDEE per address: nobody without e-mail, a shared mailbox once', () => {
    const withAddress = invitees.filter((i) => i.email.trim() !== '' && i !== boardMember)
    expect(event.attendees.map((a) => a.email)).toEqual(withAddress.map((i) => i.email))
    expect(event.attendees.map((a) => a.name)).not.toContain(withoutEmail.name)
    expect(event.attendees.map((a) => a.name)).not.toContain(alsoWithoutEmail.name)
    for (const a of event.attendees) expect(a).toMatchObject({ role: 'REQ-PARTICIPANT', rsvp: 'TRUE' })
  })

  it('shows the answers recorded: accepted, declined, else needs action', () => {
    expect(attendee(mayor.email)).toMatchObject({ partstat: 'ACCEPTED', name: 'Robert Cornels Nordli' })
    expect(attendee(chiefExecutive.email)).toMatchObject({ partstat: 'DECLINED', name: 'Åse Ødegård' })
    expect(attendee(headOfDepartment.email)?.partstat).toBe('ACCEPTED')
    expect(attendee(formulaName.email)?.partstat).toBe('NEEDS-ACTION')
    // CN cannot hold a quote: it becomes a space (calendar/ics.ts).
    expect(attendee(companion.email)).toMatchObject({ partstat: 'ACCEPTED', name: 'Ola Gutten Hansen' })
  })

  it('keeps lines folded at 75 octets with CRLF', () => {
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
  })

  it('is named like the meeting documents', () => {
    const file = participantsIcsFile(partnershipMeeting, partnershipList(), organizer, profile, NOW)
    expect(file).toMatchObject({
      fileName: 'PM 2026 Møte 22.10.2026 - kalenderinvitasjon.ics',
      encoding: 'utf8',
      content: ics,
    })
  })
})

describe('e-mail draft', () => {
  const docx = async () => {
    const model = participantsModelOf(meetingHeadOf(partnershipMeeting), partnershipList(), 'organisation')
    const meta = {
      title: 'Innkalling',
      subject: '',
      keywords: [],
      reference: 'PM',
      documentType: 'Møteinnkalling',
      body: 'Partnerskapsmøtet',
      meetingDate: null,
      caseNumber: null,
      created: NOW,
    }
    return packDocx(buildDocument({ profile, meta, sections: [{ children: participantSections(model, neutralLook) }] }))
  }

  async function draft(overrides: Partial<MailDraftInput> = {}) {
    const ics = participantsIcs(partnershipMeeting, partnershipList(), organizer, NOW)
    const made = await mailDraft({
      meeting: partnershipMeeting,
      list: partnershipList(),
      group: 'all',
      organizer,
      profile,
      notice: {
        fileName: 'PM 2026 Møte 22.10.2026 - innkalling.docx',
        bytes: await docx(),
        contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      },
      calendar: {
        fileName: 'PM 2026 Møte 22.10.2026 - kalenderinvitasjon.ics',
        bytes: Buffer.from(ics, 'utf8'),
        contentType: 'text/calendar;charset=utf-8;method=REQUEST',
      },
      now: NOW,
      ...overrides,
    })
    return { made, read: readEml(Buffer.from(made.content, 'base64')) }
  }

  it('opens as an unsent draft from the secretary, the addresses in Bcc and nobody in To', async () => {
    const { made, read } = await draft()
    expect(made).toMatchObject({
      fileName: 'PM 2026 Møte 22.10.2026 - e-post med innkalling.eml',
      mimeType: 'message/rfc822',
      encoding: 'base64',
    })
    expect(read.defects).toEqual([])
    expect(read.xUnsent).toBe('1')
    expect(read.subject).toBe('Innkalling: Partnerskapsmøtet 22.10.2026')
    expect(mailSubject(partnershipMeeting)).toBe(read.subject)
    expect(read.from).toEqual([{ name: organizer.name, email: organizer.email }])
    expect(read.to).toBeNull()
    expect(read.cc).toBeNull()
    const expected = invitees.filter((i) => i.email.trim() !== '' && i !== boardMember)
    expect(read.bcc?.map((a) => a.email)).toEqual(expected.map((i) => i.email))
    expect(read.bcc?.find((a) => a.email === chiefExecutive.email)?.name).toBe('Åse Ødegård')
    expect(read.bcc?.find((a) => a.email === companion.email)?.name).toBe('Ola "Gutten" Hansen')
  })

  it('names everyone in the group without an e-mail address', async () => {
    const { made } = await draft()
    expect(made.notes).toEqual(['2 uten e-postadresse er ikke med: Kari Nordmann, Per Ås'])
  })

  it('attaches the notice as a .docx that is a whole zip, and the calendar invitation', async () => {
    const { read } = await draft()
    expect(read.attachments.map((a) => a.fileName)).toEqual([
      'PM 2026 Møte 22.10.2026 - innkalling.docx',
      'PM 2026 Møte 22.10.2026 - kalenderinvitasjon.ics',
    ])
    const [notice, calendar] = read.attachments
    expect(notice).toMatchObject({
      contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      zip: true,
      zipOk: true,
    })
    expect(notice.zipNames).toContain('word/document.xml')
    expect(calendar.contentType).toBe('text/calendar')
    expect(calendar.calendar?.method).toBe('REQUEST')
    expect(calendar.calendar?.events[0].uid).toBe(partnershipMeeting.uid)
    expect(calendar.calendar?.events[0].attendees).toHaveLength(6)
  })

  it('says when, where, asks for an answer, and gives the substitute and companion rules in words', async () => {
    const { read } = await draft()
    // The draft has CRLF line ends, as Outlook writes them.
    expect(read.text).toMatch(/^Hei,\r\n\r\n/)
    const text = (read.text ?? '').replace(/\r\n/g, '\n')
    expect(text).toContain('Velkommen til møte i Partnerskapsmøtet torsdag 22. oktober 2026, kl. 09:00–13:00.')
    expect(text).toContain('Sted: Clarion Hotel Ernst, Kristiansand')
    expect(text).toContain('Videomøte: https://teams.microsoft.com/l/meetup-join/partnerskap')
    expect(text).toContain('Vi ber om svar på om du kommer')
    expect(text).toContain('– Kommunalsjef i stedet for kommunedirektør')
    expect(text).toContain('– Ordfører kan ta med én politiker fra kommunen')
    expect(text).toContain('Rådgiver Sekretariatet\nHelsefellesskapet i Agder')
    expect(read.html).toContain('<p>Hei,</p>')
    expect(read.html).toContain('Kommunalsjef i stedet for kommunedirektør')
  })

  it('goes only to those who have not answered, or only to those coming, when asked', async () => {
    const unanswered = await draft({ group: 'unanswered' })
    // Kari Nordmann (invited) and Per Ås (noAnswer) have no address.
    // Addresses come back as written, but for the domain's case, which does not matter in an address.
    expect(unanswered.read.bcc?.map((a) => a.email.toLowerCase())).toEqual(
      [boardMember.email, formulaName.email].map((a) => a.toLowerCase()),
    )
    expect(unanswered.made.notes).toEqual(['2 uten e-postadresse er ikke med: Kari Nordmann, Per Ås'])
    const accepted = await draft({ group: 'accepted' })
    expect(accepted.read.bcc?.map((a) => a.email)).toEqual(
      [mayor, headOfDepartment, companion, director].map((i) => i.email),
    )
    expect(accepted.made.notes).toEqual([])
    expect(accepted.read.text).not.toContain('Vi ber om svar')
  })

  it('without a secretary with an address: no sender, no calendar invitation, and a note saying so', async () => {
    const { made, read } = await draft({ organizer: null, calendar: null })
    expect(read.from).toBeNull()
    expect(read.xUnsent).toBe('1')
    expect(read.attachments.map((a) => a.fileName)).toEqual(['PM 2026 Møte 22.10.2026 - innkalling.docx'])
    expect(made.notes[1]).toContain('Partnerskapsmøtet har ingen sekretær med e-postadresse')
    expect(read.text).toContain('Innkalling med saksliste ligger vedlagt.')
  })

  it('counts who can be reached in a group', () => {
    expect(mailRecipients(partnershipList(), 'all')).toBe(6)
    expect(mailRecipients(partnershipList({ invitees: [withoutEmail, alsoWithoutEmail] }), 'all')).toBe(0)
  })
})
