import { describe, expect, it } from 'vitest'
import { meetingsToIcs, type IcsMeeting, type IcsOptions } from './ics'
import { readIcs, type ParsedEvent } from './read-ics'

const NOW = new Date('2026-11-23T10:15:00Z')
const OPTIONS: IcsOptions = { calendarName: 'Overordnet strategisk samarbeidsutvalg 2027', now: NOW }

function meeting(overrides: Partial<IcsMeeting> = {}): IcsMeeting {
  return {
    uid: '6f1c2b9e-4d3a-4e8f-9b1a-2c7d5e0f1a23',
    sequence: 0,
    date: '2027-03-11',
    startTime: '09:00',
    endTime: '11:30',
    summary: 'OSS – møte 1/2027',
    location: 'Helse Møre og Romsdal, Ålesund',
    description: 'Plassholder. Innkalling og saksliste kommer.',
    cancelled: false,
    ...overrides,
  }
}

function onlyEvent(ics: string): ParsedEvent {
  const { events } = readIcs(ics)
  expect(events).toHaveLength(1)
  return events[0]
}

describe('meetingsToIcs', () => {
  it('writes UID and SEQUENCE as given, with Oslo times and a VTIMEZONE the parser resolves', () => {
    const winter = meeting({ uid: 'winter-1', sequence: 4, date: '2027-03-11', startTime: '09:00' })
    const summer = meeting({ uid: 'summer-1', sequence: 0, date: '2027-10-14', startTime: '09:00' })
    const ics = meetingsToIcs([winter, summer], OPTIONS)
    const parsed = readIcs(ics)

    expect(parsed.vtimezones).toEqual(['Europe/Oslo'])
    expect(ics).toContain('DTSTART;TZID=Europe/Oslo:20270311T090000\r\n')
    expect(ics).toContain('DTEND;TZID=Europe/Oslo:20270311T113000\r\n')
    const [w, s] = parsed.events
    expect(w).toMatchObject({ uid: 'winter-1', sequence: 4, tzid: 'Europe/Oslo' })
    expect(w.dtstart).toBe('2027-03-11T09:00:00+01:00')
    expect(w.dtstartByVtimezone).toBe('2027-03-11T09:00:00+01:00')
    expect(w.dtend).toBe('2027-03-11T11:30:00+01:00')
    expect(s).toMatchObject({ uid: 'summer-1', sequence: 0, tzid: 'Europe/Oslo' })
    expect(s.dtstart).toBe('2027-10-14T09:00:00+02:00')
    expect(s.dtstartByVtimezone).toBe('2027-10-14T09:00:00+02:00')
  })

  it('keeps the UID stable and raises SEQUENCE when a meeting moves', () => {
    const before = onlyEvent(meetingsToIcs([meeting({ sequence: 0, date: '2027-03-11' })], OPTIONS))
    const moved = meeting({ sequence: 1, date: '2027-03-18', startTime: '12:00', endTime: '15:00' })
    const after = onlyEvent(meetingsToIcs([moved], OPTIONS))

    expect(after.uid).toBe(before.uid)
    expect(after.sequence).toBeGreaterThan(before.sequence)
    expect(after.dtstart).toBe('2027-03-18T12:00:00+01:00')
    expect(after.dtend).toBe('2027-03-18T15:00:00+01:00')
  })

  it('marks cancelled meetings CANCELLED and the others CONFIRMED', () => {
    const ics = meetingsToIcs([meeting({ uid: 'a' }), meeting({ uid: 'b', sequence: 2, cancelled: true })], OPTIONS)
    const [held, cancelled] = readIcs(ics).events
    expect(held.status).toBe('CONFIRMED')
    expect(cancelled).toMatchObject({ status: 'CANCELLED', sequence: 2 })
  })

  it('keeps Norwegian letters and special characters intact, also across folded lines', () => {
    const summary = 'Møte i Årshjulgruppa – Ørsta & co'
    const description = 'Sak 12/27; budsjett, «årsplan» og æøå ÆØÅ.\nLinje to med en lang tekst som må brettes '.repeat(
      3,
    )
    const ics = meetingsToIcs([meeting({ summary, description, location: 'Ørsta rådhus, møterom «Åsen»; 2. etg.' })], {
      ...OPTIONS,
      calendarName: 'Samhandlingsutvalet, Ørsta/Volda 2027',
    })
    const parsed = readIcs(ics)

    expect(parsed.name).toBe('Samhandlingsutvalet, Ørsta/Volda 2027')
    expect(parsed.calendarName).toBe('Samhandlingsutvalet, Ørsta/Volda 2027')
    expect(parsed.events[0]).toMatchObject({
      summary,
      description,
      location: 'Ørsta rådhus, møterom «Åsen»; 2. etg.',
    })
  })

  it('writes CRLF line endings and folds lines to at most 75 octets', () => {
    const ics = meetingsToIcs([meeting({ description: 'æøå '.repeat(60) })], OPTIONS)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const lines = ics.split('\r\n')
    expect(lines.some((line) => line.startsWith(' '))).toBe(true)
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
  })

  it('writes an invitation (METHOD:REQUEST) with organizer and attendees asked to reply', () => {
    const ics = meetingsToIcs([meeting({ url: 'https://teams.example.no/l/meetup-join/19%3a?ctx=a;b,c' })], {
      ...OPTIONS,
      method: 'REQUEST',
      organizer: { name: 'Sekretariatet', email: 'sekretariat@helsefellesskap.no' },
      attendees: [
        { name: 'Kari Nordmann', email: 'kari.nordmann@kommune.no' },
        { name: 'Åse "Leder" Ødegård', email: 'ase.odegard@helse-mr.no' },
      ],
    })
    const parsed = readIcs(ics)
    const event = parsed.events[0]

    expect(parsed.method).toBe('REQUEST')
    expect(event.organizer).toMatchObject({ email: 'sekretariat@helsefellesskap.no', name: 'Sekretariatet' })
    expect(event.attendees.map((attendee) => attendee.email)).toEqual([
      'kari.nordmann@kommune.no',
      'ase.odegard@helse-mr.no',
    ])
    for (const attendee of event.attendees) expect(attendee).toMatchObject({ role: 'REQ-PARTICIPANT', rsvp: 'TRUE' })
    expect(event.attendees[1].name).toBe('Åse Leder Ødegård')
    // ';' and ',' are percent-encoded so no text escaping lands in the link. (icalendar 4 decodes %3B and %2C
    // again while parsing, so the file itself is checked for the encoding.)
    expect(ics).toContain('\r\nURL;VALUE=URI:https://teams.example.no/l/meetup-join/19%3a?ctx=a%3Bb%2Cc\r\n')
    expect(event.url).toBe('https://teams.example.no/l/meetup-join/19%3a?ctx=a;b,c')
  })

  it('writes METHOD:PUBLISH when asked, and no METHOD, ORGANIZER, ATTENDEE or URL when not given', () => {
    expect(readIcs(meetingsToIcs([meeting()], { ...OPTIONS, method: 'PUBLISH' })).method).toBe('PUBLISH')
    const ics = meetingsToIcs([meeting({ location: '', url: '' })], OPTIONS)
    expect(ics).not.toMatch(/^(METHOD|ORGANIZER|ATTENDEE|URL|LOCATION)[:;]/m)
    const parsed = readIcs(ics)
    expect(parsed.method).toBeNull()
    expect(parsed.events[0]).toMatchObject({ organizer: null, attendees: [], location: null, url: null })
    expect(parsed.prodid).toBe('-//Sekretariat//Sekretariat//NB')
  })

  it('writes DTSTAMP in UTC', () => {
    expect(onlyEvent(meetingsToIcs([meeting()], OPTIONS)).dtstamp).toBe('2026-11-23T10:15:00+00:00')
  })

  it('writes a whole year: 12 meetings give 12 VEVENTs and one VTIMEZONE', () => {
    const year = Array.from({ length: 12 }, (_, index) =>
      meeting({
        uid: `oss-2027-${index + 1}`,
        date: `2027-${String(index + 1).padStart(2, '0')}-15`,
        summary: `OSS – møte ${index + 1}/2027`,
      }),
    )
    const ics = meetingsToIcs(year, OPTIONS)
    const parsed = readIcs(ics)

    expect(ics.match(/^BEGIN:VEVENT\r$/gm)).toHaveLength(12)
    expect(ics.match(/^BEGIN:VTIMEZONE\r$/gm)).toHaveLength(1)
    expect(parsed.events.map((event) => event.uid)).toEqual(year.map((m) => m.uid))
    const offsets = parsed.events.map((event) => event.dtstartByVtimezone?.slice(-6))
    expect(offsets).toEqual([...Array(3).fill('+01:00'), ...Array(7).fill('+02:00'), ...Array(2).fill('+01:00')])
  })

  it('has a VTIMEZONE that agrees with the tz database around every switch 2026–2035', () => {
    const days: string[] = []
    for (let year = 2026; year <= 2035; year++) {
      for (const month of [3, 10]) {
        const lastSunday = lastSundayOf(year, month)
        for (const day of [lastSunday - 1, lastSunday, lastSunday + 1]) days.push(isoDate(year, month, day))
      }
    }
    const meetings = days.map((date, index) => meeting({ uid: `switch-${index}`, date, startTime: '10:00' }))
    for (const event of readIcs(meetingsToIcs(meetings, OPTIONS)).events) {
      expect(event.dtstartByVtimezone, event.uid).toBe(event.dtstart)
    }
  })

  it('gives the same file whatever time zone the computer is in', () => {
    const original = process.env.TZ
    try {
      process.env.TZ = 'UTC'
      const inUtc = meetingsToIcs([meeting()], OPTIONS)
      process.env.TZ = 'America/New_York'
      expect(meetingsToIcs([meeting()], OPTIONS)).toBe(inUtc)
    } finally {
      if (original === undefined) delete process.env.TZ
      else process.env.TZ = original
    }
  })

  it('refuses meetings that would give a wrong file', () => {
    expect(() => meetingsToIcs([meeting({ startTime: '12:00', endTime: '11:00' })], OPTIONS)).toThrow(/endTime/)
    expect(() => meetingsToIcs([meeting({ date: '2027-02-30' })], OPTIONS)).toThrow(/date/)
    expect(() => meetingsToIcs([meeting({ startTime: '9:00' })], OPTIONS)).toThrow(/startTime/)
    expect(() => meetingsToIcs([meeting({ sequence: -1 })], OPTIONS)).toThrow(/sequence/)
    expect(() => meetingsToIcs([meeting()], { ...OPTIONS, method: 'REQUEST' })).toThrow(/arrangør/)
  })
})

function lastSundayOf(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0))
  return lastDay.getUTCDate() - lastDay.getUTCDay()
}

/** Lets the day run past the month's end (31 March + 1 is 1 April). */
function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10)
}
