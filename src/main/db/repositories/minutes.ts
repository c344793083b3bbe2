import type { Kysely } from 'kysely'
import type { AttendanceRow, Minutes, MinutesItemData } from '../../../shared/cases'
import type { MeetingStatus } from '../../../shared/cycle'
import { formatDate } from '../../../shared/dates'
import { statusOrder } from '../../../shared/meeting-life'
import { plainText, type RichDoc } from '../../../shared/rich-text'
import { nb } from '../../../shared/strings/nb'
import { compareNb, format } from '../../../shared/text'
import { AppError, conflict, notFound } from '../../errors'
import type { Database } from '../schema'
import { getAgenda } from './agenda'
import { indexCase } from './case-search'
import { loadInvitationList } from './invitations'

/**
 * Minutes (protokoll): per item who presented, a summary and the decision; who attended.
 * Approved minutes are locked: a later change needs a reason and is recorded as a correction.
 */

const e = nb.caseErrors

async function meetingRow(db: Kysely<Database>, meetingId: number) {
  const row = await db.selectFrom('meeting').selectAll().where('id', '=', meetingId).executeTakeFirst()
  if (!row) throw notFound('meeting', meetingId, 'meetingId')
  return row
}

export async function getMinutes(db: Kysely<Database>, meetingId: number): Promise<Minutes> {
  const meeting = await meetingRow(db, meetingId)
  const agenda = await getAgenda(db, meetingId)
  // Who was there comes from the invitation list: answers before, attendance at the meeting.
  const list = await loadInvitationList(db, meetingId, meeting.date)
  const attendance: AttendanceRow[] = list.invitees
    .map((i) => ({
      personId: i.personId,
      name: i.name,
      function: i.membershipFunction ? nb.vocabulary.membershipFunction[i.membershipFunction] : '',
      present: i.attendance === 'present' ? true : i.attendance === 'absent' || i.status === 'declined' ? false : null,
      apologies: i.status === 'declined' || i.attendance === 'absent',
      deputyFor: i.standsInFor,
    }))
    .sort((a, b) => compareNb(a.name, b.name))
  const corrections = await db
    .selectFrom('minutes_correction')
    .leftJoin('agenda_item', 'agenda_item.id', 'minutes_correction.agenda_item_id')
    .leftJoin('case_item', 'case_item.id', 'agenda_item.case_id')
    .select([
      'minutes_correction.reason',
      'minutes_correction.corrected_at',
      'agenda_item.title',
      'case_item.title as caseTitle',
    ])
    .where('minutes_correction.meeting_id', '=', meetingId)
    .orderBy('minutes_correction.id')
    .execute()
  return {
    agenda,
    attendance,
    approvedAt: meeting.minutes_approved_at,
    approvedInMeetingId: meeting.minutes_approved_in_meeting_id,
    locked: meeting.minutes_approved_at !== null,
    corrections: corrections.map((c) => ({
      itemTitle: c.caseTitle ?? c.title ?? null,
      reason: c.reason,
      correctedAt: c.corrected_at,
    })),
  }
}

/** Minutes are written from the notice on (often live, in the meeting), never before. */
function assertWritable(meeting: { status: string }) {
  const status = meeting.status as MeetingStatus
  if (status === 'cancelled' || statusOrder[status] < statusOrder.notice_sent) throw conflict(e.minutesNotYet)
}

const recordOf = (r: { presenter: string; summary: string; decision: RichDoc | null }) =>
  [r.presenter, r.summary, r.decision ? plainText(r.decision) : ''].join('\n')

export async function saveMinutesItem(db: Kysely<Database>, input: MinutesItemData, now: string) {
  const item = await db.selectFrom('agenda_item').selectAll().where('id', '=', input.id).executeTakeFirst()
  if (!item) throw notFound('agendaItem', input.id)
  const meeting = await meetingRow(db, item.meeting_id)
  assertWritable(meeting)
  const next = { presenter: input.presenter, summary: input.summary, decision: JSON.stringify(input.decision) }
  if (meeting.minutes_approved_at !== null) {
    if (!input.correctionReason) {
      throw new AppError({ code: 'validation', message: e.correctionReason, field: 'correctionReason' })
    }
    const before = recordOf({ ...item, decision: item.decision ? (JSON.parse(item.decision) as RichDoc) : null })
    await db
      .insertInto('minutes_correction')
      .values({
        meeting_id: meeting.id,
        agenda_item_id: item.id,
        reason: input.correctionReason,
        before,
        after: recordOf({ ...input }),
        corrected_at: now,
      })
      .execute()
  }
  await db.updateTable('agenda_item').set(next).where('id', '=', item.id).execute()
  if (item.case_id !== null) await indexCase(db, item.case_id)
  return item.meeting_id
}

/**
 * Approves the minutes, normally at the body's next meeting (whose approval item names them).
 * Called from the status change too, so approving one way or the other is the same act.
 */
export async function approveMinutes(db: Kysely<Database>, meetingId: number, inMeetingId: number | null, now: string) {
  const meeting = await meetingRow(db, meetingId)
  if (meeting.minutes_approved_at !== null) return
  const status = meeting.status as MeetingStatus
  if (status === 'cancelled' || statusOrder[status] < statusOrder.held) {
    throw conflict(format(e.approveNotHeld, { date: formatDate(meeting.date) }))
  }
  if (inMeetingId !== null) {
    const later = await meetingRow(db, inMeetingId)
    if (later.body_id !== meeting.body_id || later.date < meeting.date)
      throw conflict(e.approveInMeeting, 'inMeetingId')
  }
  await db
    .updateTable('meeting')
    .set({
      status: 'minutes_approved',
      minutes_approved_at: now,
      minutes_approved_in_meeting_id: inMeetingId,
      updated_at: now,
    })
    .where('id', '=', meetingId)
    .execute()
}
