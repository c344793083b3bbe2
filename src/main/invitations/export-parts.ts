import type { OrganisationProfile } from '../../shared/documents'
import { formatDate } from '../../shared/dates'
import type { InvitationList, Invitee, ParticipantCategory } from '../../shared/invitations'
import { nb } from '../../shared/strings/nb'
import { format, plural } from '../../shared/text'
import { fileNameFrom } from '../documents/kit'

/** What the exports of an invitation list (CSV, .ics, e-mail draft, Word list) share. */

const e = nb.invitationText.exports

/** "Kommer", "Forfall", "Ikke svart": both "invited" and "noAnswer" have not answered. */
export const statusLabel = (invitee: Invitee) => e.status[invitee.status]

/** "Til stede", "Ikke til stede", or empty while attendance is not recorded. */
export const attendanceLabel = (invitee: Invitee) => e.attendance[invitee.attendance]

/**
 * The category names as the list's count table has them ("Ordførere/politikere"): one wording
 * for a category wherever it appears, and the count rows are keyed by category.
 */
export function categoryLabels(list: InvitationList): (category: ParticipantCategory) => string {
  const labels = new Map(list.counts.byCategory.map((row) => [row.key, row.label]))
  return (category) => labels.get(category) ?? category
}

/** "PM 2026 Møte 22.10.2026 - deltakerliste.csv": named like the meeting's Word documents. */
export function exportFileName(
  profile: OrganisationProfile,
  meeting: { bodyShortCode: string; date: string },
  word: string,
  extension: string,
): string {
  return fileNameFrom(
    profile.fileNamePattern,
    {
      utvalg: meeting.bodyShortCode,
      år: meeting.date.slice(0, 4),
      tittel: format(nb.documents.common.meetingFileTitle, { date: formatDate(meeting.date) }),
      dokument: word,
      dato: meeting.date,
    },
    extension,
  )
}

export type MailGroup = 'all' | 'unanswered' | 'accepted'

/** Who a mailing goes to: everyone on the list, those who have not answered, or those coming. */
export function inGroup(invitees: readonly Invitee[], group: MailGroup): Invitee[] {
  if (group === 'all') return [...invitees]
  if (group === 'accepted') return invitees.filter((i) => i.status === 'accepted')
  return invitees.filter((i) => i.status === 'invited' || i.status === 'noAnswer')
}

export const hasEmail = (invitee: Invitee) => invitee.email.trim() !== ''

/**
 * One address once: two people sharing a mailbox (a "postmottak") get one copy, and a calendar
 * has one ATTENDEE per address. Case does not matter in an address as mail servers treat it.
 */
export function byAddress(invitees: readonly Invitee[]): Invitee[] {
  const seen = new Set<string>()
  return invitees.filter((i) => {
    const key = i.email.trim().toLowerCase()
    if (key === '' || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** "3 uten e-postadresse er ikke med: Ola, Kari, Per", or null when everyone has one. */
export function noEmailNote(invitees: readonly Invitee[]): string | null {
  const without = invitees.filter((i) => !hasEmail(i))
  if (without.length === 0) return null
  return format(plural(e, 'noEmail', without.length), { names: without.map((i) => i.name).join(', ') })
}
