/**
 * Calendar files (.ics, RFC 5545) for meetings: one meeting, or a body's whole year.
 *
 * Pure: text in, text out. Saving the file or attaching it to an e-mail is the caller's job.
 *
 * A calendar recognises an entry by its UID and keeps the copy with the highest SEQUENCE, so a moved meeting
 * (same UID, SEQUENCE + 1) replaces the old entry instead of appearing twice.
 */
import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
  type ICalCalendar,
  type ICalDayJsStub,
} from 'ical-generator'

export interface IcsMeeting {
  /** Stable, e.g. a UUID stored with the meeting. */
  uid: string
  /** Grows every time the meeting changes (moved, new place). */
  sequence: number
  /** 'YYYY-MM-DD', the wall-clock date in Norway. */
  date: string
  /** 'HH:MM', Europe/Oslo wall clock. */
  startTime: string
  /** 'HH:MM', Europe/Oslo wall clock, after startTime on the same day. */
  endTime: string
  summary: string
  /** The place; '' for none. */
  location: string
  /** Video link; empty or missing for none. */
  url?: string
  description: string
  cancelled: boolean
}

export interface IcsPerson {
  name: string
  email: string
}

export interface IcsOptions {
  /** Written as NAME and X-WR-CALNAME. */
  calendarName: string
  method?: 'PUBLISH' | 'REQUEST'
  organizer?: IcsPerson
  /** `answer` is what the attendee has replied already; without it the request asks for one. */
  attendees?: (IcsPerson & { answer?: 'accepted' | 'declined' })[]
  /** PRODID; defaults to DEFAULT_PRODUCT_ID. */
  productId?: string
  /** DTSTAMP; pass a fixed value for repeatable output. */
  now?: Date
}

export const OSLO = 'Europe/Oslo'
export const DEFAULT_PRODUCT_ID = '-//Sekretariat//Sekretariat//NB'

/** Builds the .ics text for the meetings, in the order given. */
export function meetingsToIcs(meetings: IcsMeeting[], options: IcsOptions): string {
  meetings.forEach(checkMeeting)
  if (options.method === 'REQUEST' && !options.organizer) {
    // iTIP (RFC 5546) requires an ORGANIZER on a REQUEST; without one, clients cannot send replies anywhere.
    throw new Error('Kalenderfil: en invitasjon (REQUEST) må ha en arrangør (organizer).')
  }
  const calendar = createCalendar(options)
  const stamp = options.now ?? new Date()
  for (const meeting of meetings) addMeeting(calendar, meeting, options, stamp)
  return calendar.toString()
}

function createCalendar(options: IcsOptions): ICalCalendar {
  const calendar = ical({
    // ical-generator writes PRODID as '-' + this value.
    prodId: (options.productId ?? DEFAULT_PRODUCT_ID).replace(/^-/, ''),
    // ical-generator writes NAME and X-WR-CALNAME without escaping, so a comma or line break would break the file.
    name: escapeText(options.calendarName),
    // name: null keeps the calendar itself in UTC, so DTSTAMP is written as UTC ('…Z') as RFC 5545 demands;
    // with a calendar-wide zone ical-generator writes DTSTAMP as a local time. The generator still runs for
    // every zone the events use, which gives the file its VTIMEZONE.
    timezone: { name: null, generator: vtimezone },
  })
  if (options.method) calendar.method(ICalCalendarMethod[options.method])
  // No X-WR-TIMEZONE: ical-generator writes custom calendar properties after the events, where RFC 5545's
  // grammar allows none, and every time already carries TZID=Europe/Oslo with the VTIMEZONE beside it.
  return calendar
}

function addMeeting(calendar: ICalCalendar, meeting: IcsMeeting, options: IcsOptions, stamp: Date): void {
  const event = calendar.createEvent({
    id: meeting.uid,
    sequence: meeting.sequence,
    stamp,
    timezone: OSLO,
    start: osloWallClock(meeting.date, meeting.startTime),
    end: osloWallClock(meeting.date, meeting.endTime),
    summary: meeting.summary,
    description: meeting.description,
    status: meeting.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  })
  if (meeting.location) event.location(meeting.location)
  if (meeting.url) event.url(uriForIcs(meeting.url))
  if (options.organizer) event.organizer(person(options.organizer))
  for (const attendee of options.attendees ?? []) {
    event.createAttendee({
      ...person(attendee),
      role: ICalAttendeeRole.REQ,
      status:
        attendee.answer === 'accepted'
          ? ICalAttendeeStatus.ACCEPTED
          : attendee.answer === 'declined'
            ? ICalAttendeeStatus.DECLINED
            : ICalAttendeeStatus.NEEDSACTION,
      rsvp: true,
    })
  }
}

// --- Input checks ---------------------------------------------------------------------------------------------

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/

/** The app validates meetings before they get here; these checks keep a bad value from becoming a wrong file. */
function checkMeeting(meeting: IcsMeeting): void {
  const where = `Kalenderfil, møte ${meeting.uid}`
  if (!meeting.uid.trim()) throw new Error('Kalenderfil: et møte mangler uid.')
  if (!Number.isInteger(meeting.sequence) || meeting.sequence < 0) {
    throw new Error(`${where}: sequence må være et heltall ≥ 0, ikke ${meeting.sequence}.`)
  }
  if (!isCalendarDate(meeting.date)) throw new Error(`${where}: date «${meeting.date}» er ikke en gyldig dato.`)
  for (const field of ['startTime', 'endTime'] as const) {
    if (!TIME_PATTERN.test(meeting[field])) {
      throw new Error(`${where}: ${field} «${meeting[field]}» er ikke et klokkeslett (TT:MM).`)
    }
  }
  // 'HH:MM' strings compare like times. Without this check ical-generator silently swaps start and end.
  if (meeting.endTime <= meeting.startTime) throw new Error(`${where}: endTime må være etter startTime.`)
}

function isCalendarDate(text: string): boolean {
  const match = DATE_PATTERN.exec(text)
  if (!match) return false
  const [year, month, day] = match.slice(1).map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  // Date.UTC rolls 30 February over into March; a real date survives the round trip.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

// --- Europe/Oslo ----------------------------------------------------------------------------------------------

/**
 * The VTIMEZONE for Europe/Oslo, handed to ical-generator as its timezone generator. Norway follows the EU
 * summer-time rules: CEST (+02:00) from the last Sunday of March at 02:00 local time to the last Sunday of
 * October at 03:00 local time, otherwise CET (+01:00). The rules have been unchanged since 1996, so the rule
 * components start then; the app plans meetings from today onwards, never before 1996.
 */
function vtimezone(tzid: string): string | null {
  if (tzid !== OSLO) return null
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${OSLO}`,
    'BEGIN:DAYLIGHT',
    'TZOFFSETFROM:+0100',
    'TZOFFSETTO:+0200',
    'TZNAME:CEST',
    // RFC 5545: DTSTART is the first onset, in the local time before the change, and must match the RRULE.
    `DTSTART:${RULES_SINCE}03${lastSundayOf(RULES_SINCE, 3)}T020000`,
    'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
    'END:DAYLIGHT',
    'BEGIN:STANDARD',
    'TZOFFSETFROM:+0200',
    'TZOFFSETTO:+0100',
    'TZNAME:CET',
    `DTSTART:${RULES_SINCE}10${lastSundayOf(RULES_SINCE, 10)}T030000`,
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
    'END:STANDARD',
    'END:VTIMEZONE',
  ].join('\r\n')
}

/** First year of the current EU rules (last Sunday of October instead of September). */
const RULES_SINCE = 1996

/** Day of month (1–31) of the last Sunday in the month (1–12). */
function lastSundayOf(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0))
  return lastDay.getUTCDate() - lastDay.getUTCDay()
}

/**
 * UTC offset in minutes for an Oslo wall-clock time, by the same rules as the VTIMEZONE. A time in the spring
 * gap (02:00–03:00) counts as winter time and the repeated autumn hour as summer time, as RFC 5545 prescribes.
 */
function osloOffsetMinutes(year: number, month: number, day: number, minuteOfDay: number): number {
  const summerFrom = wallClockKey(3, lastSundayOf(year, 3), 3 * 60)
  const summerUntil = wallClockKey(10, lastSundayOf(year, 10), 3 * 60)
  const key = wallClockKey(month, day, minuteOfDay)
  return key >= summerFrom && key < summerUntil ? 120 : 60
}

/** Orders wall-clock moments within one year. */
function wallClockKey(month: number, day: number, minuteOfDay: number): number {
  return (month * 31 + day) * 24 * 60 + minuteOfDay
}

/**
 * A date-time that ical-generator writes exactly as the given Oslo wall clock. A native Date would be written
 * in the time zone of the computer running the app (ical-generator formats it with getHours()), so a machine
 * outside Norway would shift every meeting. ical-generator accepts Day.js-like objects: with a TZID it calls
 * tz() and format(), and it compares start and end through toDate().
 */
function osloWallClock(date: string, time: string): ICalDayJsStub {
  const [year, month, day] = date.split('-').map(Number)
  const [hour, minute] = time.split(':').map(Number)
  const offset = osloOffsetMinutes(year, month, day, hour * 60 + minute)
  const instant = new Date(Date.UTC(year, month - 1, day, hour, minute) - offset * 60_000)
  const tokens: Record<string, string> = {
    YYYY: String(year).padStart(4, '0'),
    MM: pad2(month),
    DD: pad2(day),
    HH: pad2(hour),
    mm: pad2(minute),
    ss: '00',
  }
  const stub: ICalDayJsStub = {
    format: (pattern = 'YYYY-MM-DDTHH:mm:ss') => pattern.replace(/YYYY|MM|DD|HH|mm|ss/g, (token) => tokens[token]),
    isValid: () => true,
    toDate: () => new Date(instant),
    toJSON: () => `${date}T${time}:00${offset === 120 ? '+02:00' : '+01:00'}`,
    // Already in Oslo. There is deliberately no utc(): without a TZID ical-generator would need it and throws,
    // which is louder than a meeting at the wrong hour.
    tz: () => stub,
  }
  return stub
}

function pad2(value: number): string {
  return String(value).padStart(2, '0')
}

// --- Text helpers ---------------------------------------------------------------------------------------------

/** RFC 5545 TEXT escaping (3.3.11), for the values ical-generator does not escape itself. */
function escapeText(text: string): string {
  return text.replace(/[\\;,]/g, (char) => `\\${char}`).replace(/\r\n|\r|\n/g, '\\n')
}

/**
 * ical-generator backslash-escapes ';' and ',' in URL values as if they were text, but a URI value is not
 * escaped (RFC 5545 3.3.13), so the link would reach the reader with backslashes in it. Percent-encoding the two
 * characters keeps the link working and leaves nothing for the generator to escape.
 */
function uriForIcs(url: string): string {
  return url.trim().replace(/;/g, '%3B').replace(/,/g, '%2C')
}

/**
 * CN is a quoted parameter value, which may not contain '"' or line breaks (RFC 5545 3.1); ical-generator would
 * write '\"', which readers take literally. Quotes and runs of white space become one space.
 */
function person({ name, email }: IcsPerson): IcsPerson {
  return { name: name.replace(/["\s]+/g, ' ').trim(), email: email.trim() }
}
