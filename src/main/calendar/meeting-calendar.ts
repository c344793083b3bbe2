import type { CalendarFile, Meeting } from '../../shared/cycle'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import { meetingsToIcs, type IcsMeeting } from './ics'

/** A meeting as a calendar entry: the "placeholder" secretariats send before the real notice. */
function toIcs(meeting: Meeting): IcsMeeting {
  // No meeting number in the title: it may still change before the notice, and a calendar only
  // takes a new title when SEQUENCE grows.
  const title = format(nb.cycle.calendarSummary, { code: meeting.bodyShortCode, body: meeting.bodyName })
  return {
    uid: meeting.uid,
    sequence: meeting.sequence,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    summary: title,
    location: meeting.place,
    url: meeting.videoLink || undefined,
    description: [meeting.bodyName, nb.cycle.kind[meeting.kind], meeting.notes].filter(Boolean).join('\n'),
    cancelled: meeting.status === 'cancelled',
  }
}

/** A file name safe on every system: letters, digits and dashes. */
const safe = (text: string) =>
  text
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')

export function meetingCalendar(meeting: Meeting, now: Date): CalendarFile {
  return {
    fileName: `${safe(meeting.bodyShortCode)}-${meeting.date}.ics`,
    content: meetingsToIcs([toIcs(meeting)], { calendarName: meeting.bodyName, now }),
  }
}

export function bodyYearCalendar(
  bodyName: string,
  shortCode: string,
  year: number,
  meetings: readonly Meeting[],
  now: Date,
): CalendarFile {
  return {
    fileName: `${safe(shortCode)}-${year}.ics`,
    content: meetingsToIcs(meetings.map(toIcs), { calendarName: `${bodyName} ${year}`, now }),
  }
}
