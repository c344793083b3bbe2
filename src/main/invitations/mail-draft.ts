import MailComposer from 'nodemailer/lib/mail-composer'
import type { ExportedFile, Meeting } from '../../shared/cycle'
import type { OrganisationProfile } from '../../shared/documents'
import { formatDate } from '../../shared/dates'
import type { InvitationList } from '../../shared/invitations'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import type { IcsPerson } from '../calendar/ics'
import { longDate, timeRange } from '../documents/meeting-parts'
import { byAddress, exportFileName, inGroup, noEmailNote, type MailGroup } from './export-parts'

/**
 * The invitation as an e-mail draft (.eml) that Outlook opens ready to send: `X-Unsent: 1` makes
 * it a draft, the addresses are in Bcc (80 mayors and chief executives must not see each other's
 * addresses, nor answer all), the notice with the agenda and the calendar invitation attached.
 * The secretary checks the text, presses Send, and the mail goes from their own mailbox.
 */

const e = nb.invitationText.exports
const m = e.mail

export interface MailAttachment {
  fileName: string
  bytes: Buffer
  contentType: string
}

export interface MailDraftInput {
  meeting: Meeting
  list: InvitationList
  group: MailGroup
  /** The body's secretary; null when there is none with an address (no From, no calendar invitation). */
  organizer: IcsPerson | null
  profile: OrganisationProfile
  /** The notice with the agenda, as .docx. */
  notice: MailAttachment
  /** The calendar invitation; null without an organizer. */
  calendar: MailAttachment | null
  now: Date
}

export type MailDraft = ExportedFile & { notes: string[] }

/** The plain-text body, one paragraph per entry; empty entries are left out. */
function paragraphs(input: MailDraftInput): string[][] {
  const { meeting, list } = input
  const when = format(m.invitation, {
    body: meeting.bodyName,
    date: longDate(meeting.date),
    time: timeRange(meeting.startTime, meeting.endTime),
  })
  const where = [
    meeting.place.trim() ? format(m.place, { place: meeting.place.trim() }) : '',
    meeting.videoLink.trim() ? format(m.video, { link: meeting.videoLink.trim() }) : '',
  ]
  const answer = [
    input.group === 'accepted' ? '' : m.rsvp,
    m.apologies,
    list.invitees.some((i) => i.hasDeputy) ? m.deputies : '',
  ]
  const rules = list.substituteRules.map((r) => `– ${r.description}`)
  const signature = [m.regards, input.organizer?.name ?? '', input.profile.name]
  return [
    [m.greeting],
    [when, ...where],
    [input.calendar ? m.attached : m.attachedNoCalendar],
    answer,
    ...(rules.length > 0 ? [[m.rules, ...rules]] : []),
    signature,
  ].map((lines) => lines.filter((l) => l.trim() !== ''))
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

function html(blocks: string[][]): string {
  const body = blocks.map((lines) => `<p>${lines.map(escapeHtml).join('<br>\n')}</p>`).join('\n')
  return `<!DOCTYPE html>\n<html lang="nb"><head><meta charset="utf-8"></head>\n<body style="font-family: Calibri, Arial, sans-serif; font-size: 11pt">\n${body}\n</body></html>\n`
}

export const mailSubject = (meeting: Meeting) =>
  format(m.subject, { body: meeting.bodyName, date: formatDate(meeting.date) })

/**
 * The .eml as base64, with notes for the secretary: who in the group has no e-mail address, and
 * what is missing when the body has no secretary with one. Throws nothing; the caller refuses an
 * empty group first (see `mailRecipients`).
 */
export async function mailDraft(input: MailDraftInput): Promise<MailDraft> {
  const group = inGroup(input.list.invitees, input.group)
  const recipients = byAddress(group)
  const notes = [
    noEmailNote(group),
    input.organizer ? null : format(e.noOrganizerNote, { body: input.meeting.bodyName }),
  ].filter((n): n is string => n !== null)
  const blocks = paragraphs(input)
  const attachments = [input.notice, ...(input.calendar ? [input.calendar] : [])].map((a) => ({
    filename: a.fileName,
    content: a.bytes,
    contentType: a.contentType,
  }))
  const node = new MailComposer({
    ...(input.organizer ? { from: { name: input.organizer.name, address: input.organizer.email } } : {}),
    bcc: recipients.map((r) => ({ name: r.name, address: r.email.trim() })),
    subject: mailSubject(input.meeting),
    date: input.now,
    headers: { 'X-Unsent': '1' },
    text: blocks.map((lines) => lines.join('\n')).join('\n\n') + '\n',
    html: html(blocks),
    attachments,
    newline: 'win',
  }).compile()
  // A draft keeps its Bcc: it is the list the secretary sends to. (Sending strips it, as it should.)
  node.keepBcc = true
  const bytes = await node.build()
  return {
    fileName: exportFileName(input.profile, input.meeting, e.mailFileWord, '.eml'),
    mimeType: 'message/rfc822',
    content: bytes.toString('base64'),
    encoding: 'base64',
    notes,
  }
}

/** How many in the group have an address: a draft to nobody is refused before anything is made. */
export const mailRecipients = (list: InvitationList, group: MailGroup) =>
  byAddress(inGroup(list.invitees, group)).length
