import type { ExportedFile, Meeting } from '../../shared/cycle'
import type { OrganisationProfile } from '../../shared/documents'
import type { InvitationList, Invitee } from '../../shared/invitations'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import { meetingsToIcs, type IcsPerson } from '../calendar/ics'
import { byAddress, exportFileName } from './export-parts'

/**
 * The calendar invitation for everyone on the list (METHOD:REQUEST): the meeting with its stable
 * UID and SEQUENCE, so it lands on the entry the placeholder made and replaces it; the body's
 * secretary as ORGANIZER, where the replies go; one ATTENDEE per address, showing each answer
 * already recorded. People without an e-mail address cannot be invited by calendar and are left
 * out; the e-mail draft names them.
 */

/** Who gets the invitation: everyone with an e-mail address, each address once. */
export const calendarAttendees = (list: InvitationList): Invitee[] => byAddress(list.invitees)

/** The .ics text; `now` is DTSTAMP. */
export function participantsIcs(meeting: Meeting, list: InvitationList, organizer: IcsPerson, now: Date): string {
  const attendees = calendarAttendees(list)
  return meetingsToIcs(
    [
      {
        uid: meeting.uid,
        sequence: meeting.sequence,
        date: meeting.date,
        startTime: meeting.startTime,
        endTime: meeting.endTime,
        // The placeholder's title (calendar/meeting-calendar.ts): the same entry, not a second one.
        summary: format(nb.cycle.calendarSummary, { code: meeting.bodyShortCode, body: meeting.bodyName }),
        location: meeting.place,
        url: meeting.videoLink || undefined,
        description: [meeting.bodyName, nb.invitationText.exports.calendarDescription].join('\n'),
        cancelled: meeting.status === 'cancelled',
      },
    ],
    {
      calendarName: meeting.bodyName,
      method: 'REQUEST',
      organizer,
      attendees: attendees.map((a) => ({
        name: a.name,
        email: a.email.trim(),
        answer: a.status === 'accepted' || a.status === 'declined' ? a.status : undefined,
      })),
      now,
    },
  )
}

export function participantsIcsFile(
  meeting: Meeting,
  list: InvitationList,
  organizer: IcsPerson,
  profile: OrganisationProfile,
  now: Date,
): ExportedFile {
  return {
    fileName: exportFileName(profile, meeting, nb.invitationText.exports.icsFileWord, '.ics'),
    mimeType: 'text/calendar;charset=utf-8;method=REQUEST',
    content: participantsIcs(meeting, list, organizer, now),
    encoding: 'utf8',
  }
}
