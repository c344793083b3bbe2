import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import { loadInvitationList } from '../db/repositories/invitations'
import { getMeeting } from '../db/repositories/meetings'
import { getSetting } from '../db/repositories/settings'
import { makeMainDocument } from '../documents/make'
import { loadProfile } from '../documents/profile'
import { AppError } from '../errors'
import { mailDraft, mailRecipients } from '../invitations/mail-draft'
import { organizerOf } from '../invitations/organizer'
import { participantsCsvFile } from '../invitations/participants-csv'
import { participantsIcsFile } from '../invitations/participants-ics'
import type { Context } from './context'
import { today, type HandlersOf } from './handler'

/** The invitation list out of the app: CSV for mail merge, the calendar invitation, the e-mail draft. */

const e = nb.invitationText.exports
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

const profileOf = async (ctx: Context) => loadProfile(ctx.db, (await getSetting(ctx.db, 'workspace.name')) ?? '')

const listOf = (ctx: Context, meetingId: number) => loadInvitationList(ctx.db, meetingId, today(ctx))

type ExportOps = 'invitations.exportCsv' | 'invitations.exportIcs' | 'invitations.exportMail'

export const invitationExportHandlers: Pick<HandlersOf<'invitations'>, ExportOps> = {
  'invitations.exportCsv': async (ctx, { meetingId }) =>
    participantsCsvFile(await listOf(ctx, meetingId), await profileOf(ctx)),

  'invitations.exportIcs': async (ctx, { meetingId }) => {
    const list = await listOf(ctx, meetingId)
    const meeting = await getMeeting(ctx.db, meetingId)
    const organizer = await organizerOf(ctx.db, meeting.bodyId)
    // A REQUEST without an organizer has nowhere to send the answers (RFC 5546).
    if (!organizer) {
      throw new AppError({ code: 'validation', message: format(e.noOrganizer, { body: meeting.bodyName }) })
    }
    return participantsIcsFile(meeting, list, organizer, await profileOf(ctx), ctx.now())
  },

  'invitations.exportMail': async (ctx, { meetingId, to }) => {
    const list = await listOf(ctx, meetingId)
    if (mailRecipients(list, to) === 0) {
      throw new AppError({
        code: 'validation',
        message: format(e.nobodyToMail, { group: e.groups[to] }),
        field: 'to',
      })
    }
    const meeting = await getMeeting(ctx.db, meetingId)
    const organizer = await organizerOf(ctx.db, meeting.bodyId)
    const profile = await profileOf(ctx)
    const notice = await makeMainDocument(ctx, { kind: 'notice', id: meetingId, year: null })
    const calendar = organizer ? participantsIcsFile(meeting, list, organizer, profile, ctx.now()) : null
    return mailDraft({
      meeting,
      list,
      group: to,
      organizer,
      profile,
      notice: { fileName: notice.fileName, bytes: notice.bytes, contentType: docxType },
      calendar: calendar
        ? { fileName: calendar.fileName, bytes: Buffer.from(calendar.content, 'utf8'), contentType: calendar.mimeType }
        : null,
      now: ctx.now(),
    })
  },
}
