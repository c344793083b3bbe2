import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Meeting, MeetingData, MeetingDetail, MeetingKind, MeetingStatus } from '../../../shared/cycle'
import { formatDate } from '../../../shared/dates'
import { nb } from '../../../shared/strings/nb'
import { format } from '../../../shared/text'
import { norwegianHoliday } from '../../cycle/holidays'
import { deadlinesFor } from '../../domain/deadlines'
import { canChangeStatus, isPublished, meetingNumbers, statusOrder } from '../../../shared/meeting-life'
import { meetingWarnings, timesOverlap, type Clash } from '../../domain/meeting-warnings'
import { AppError, conflict, notFound } from '../../errors'
import type { Database } from '../schema'
import { seatedPeople } from './seated'

const selectMeetings = (db: Kysely<Database>) =>
  db
    .selectFrom('meeting')
    .innerJoin('body', 'body.id', 'meeting.body_id')
    .selectAll('meeting')
    .select([
      'body.name as bodyName',
      'body.short_code as bodyShortCode',
      'body.case_deadline_working_days as bodyCaseDays',
      'body.notice_days as bodyNoticeDays',
      'body.minutes_working_days as bodyMinutesDays',
    ])

type MeetingRow = Awaited<ReturnType<ReturnType<typeof selectMeetings>['executeTakeFirstOrThrow']>>

const rulesOf = (r: MeetingRow) => ({
  caseDeadlineWorkingDays: r.case_deadline_working_days ?? r.bodyCaseDays,
  noticeDays: r.notice_days ?? r.bodyNoticeDays,
  minutesWorkingDays: r.minutes_working_days ?? r.bodyMinutesDays,
})

/** Numbers need every meeting of the body's year, not only those being shown. */
async function numbersFor(db: Kysely<Database>, rows: readonly MeetingRow[]) {
  const years = [...new Set(rows.map((r) => r.date.slice(0, 4)))]
  const bodies = [...new Set(rows.map((r) => r.body_id))]
  if (rows.length === 0) return new Map<number, number>()
  const all = await db
    .selectFrom('meeting')
    .select(['id', 'body_id as bodyId', 'date', 'start_time as startTime', 'status', 'number as fixed'])
    .where('body_id', 'in', bodies)
    .where((eb) => eb.or(years.map((y) => eb('date', 'like', `${y}-%`))))
    .execute()
  return meetingNumbers(all.map((m) => ({ ...m, status: m.status as MeetingStatus })))
}

/** Other meetings the same day, at overlapping times, with people who sit in both bodies. */
async function clashesFor(db: Kysely<Database>, rows: readonly MeetingRow[]) {
  const clashes = new Map<number, Clash[]>()
  const dates = [...new Set(rows.map((r) => r.date))]
  if (dates.length === 0) return clashes
  // One query for every day shown; only days with two meetings or more need the members.
  const sameDays = await selectMeetings(db)
    .where('meeting.date', 'in', dates)
    .where('meeting.status', '!=', 'cancelled')
    .execute()
  const byDate = new Map<string, MeetingRow[]>()
  for (const m of sameDays) byDate.set(m.date, [...(byDate.get(m.date) ?? []), m])
  for (const [date, sameDay] of byDate) {
    if (sameDay.length < 2) continue
    const seated = await seatedPeople(db, [...new Set(sameDay.map((m) => m.body_id))], date)
    for (const m of sameDay) {
      const mine = seated.get(m.body_id) ?? new Map<number, string>()
      const found: Clash[] = sameDay
        .filter((o) => o.id !== m.id && o.body_id !== m.body_id && timesOverlap(toTimes(o), toTimes(m)))
        .map((o) => ({
          bodyName: o.bodyShortCode,
          startTime: o.start_time,
          endTime: o.end_time,
          people: [...(seated.get(o.body_id) ?? new Map<number, string>()).entries()]
            .filter(([personId]) => mine.has(personId))
            .map(([, name]) => name),
        }))
        .filter((c) => c.people.length > 0)
      clashes.set(m.id, found)
    }
  }
  return clashes
}

const toTimes = (r: MeetingRow) => ({ startTime: r.start_time, endTime: r.end_time })

async function toMeetings(db: Kysely<Database>, rows: MeetingRow[]): Promise<Meeting[]> {
  const numbers = await numbersFor(db, rows)
  const clashes = await clashesFor(db, rows)
  return rows
    .map((r) => ({
      id: r.id,
      bodyId: r.body_id,
      bodyName: r.bodyName,
      bodyShortCode: r.bodyShortCode,
      number: numbers.get(r.id) ?? null,
      date: r.date,
      startTime: r.start_time,
      endTime: r.end_time,
      place: r.place,
      videoLink: r.video_link,
      kind: r.kind as MeetingKind,
      status: r.status as MeetingStatus,
      notes: r.notes,
      uid: r.uid,
      sequence: r.sequence,
      deadlines: r.status === 'cancelled' ? [] : deadlinesFor(r.date, rulesOf(r), norwegianHoliday),
      warnings: r.status === 'cancelled' ? [] : meetingWarnings(r.date, norwegianHoliday, clashes.get(r.id) ?? []),
      overrides: {
        caseDeadlineWorkingDays: r.case_deadline_working_days,
        noticeDays: r.notice_days,
        minutesWorkingDays: r.minutes_working_days,
      },
      rules: rulesOf(r),
    }))
    .sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime))
}

export async function listMeetings(db: Kysely<Database>, filter: { from: string; to: string; bodyId?: number }) {
  const rows = await selectMeetings(db)
    .where('meeting.date', '>=', filter.from)
    .where('meeting.date', '<=', filter.to)
    .$if(filter.bodyId !== undefined, (q) => q.where('meeting.body_id', '=', filter.bodyId ?? 0))
    .execute()
  return toMeetings(db, rows)
}

async function meetingRow(db: Kysely<Database>, id: number) {
  const row = await selectMeetings(db).where('meeting.id', '=', id).executeTakeFirst()
  if (!row) throw notFound('meeting', id)
  return row
}

export async function getMeeting(db: Kysely<Database>, id: number): Promise<Meeting> {
  const [meeting] = await toMeetings(db, [await meetingRow(db, id)])
  return meeting
}

export async function getMeetingDetail(db: Kysely<Database>, id: number): Promise<MeetingDetail> {
  const row = await meetingRow(db, id)
  const moves = await db.selectFrom('meeting_move').selectAll().where('meeting_id', '=', id).orderBy('id').execute()
  return {
    meeting: (await toMeetings(db, [row]))[0],
    moves: moves.map((m) => ({
      fromDate: m.from_date,
      fromStart: m.from_start,
      toDate: m.to_date,
      toStart: m.to_start,
      afterNotice: m.after_notice === 1,
      movedAt: m.moved_at,
    })),
    noticeSentAt: row.notice_sent_at,
  }
}

/**
 * Creates or changes a meeting. A change of date or time after the notice was sent needs the
 * user's confirmation and is recorded; it may not leave the year, whose case numbers are fixed.
 * Every change a calendar shows raises SEQUENCE, so calendars update the entry they have.
 */
export async function saveMeeting(db: Kysely<Database>, input: MeetingData, now: string): Promise<Meeting> {
  const body = await db.selectFrom('body').select('id').where('id', '=', input.bodyId).executeTakeFirst()
  if (!body) throw notFound('body', input.bodyId, 'bodyId')
  const values = {
    body_id: input.bodyId,
    date: input.date,
    start_time: input.startTime,
    end_time: input.endTime,
    place: input.place,
    video_link: input.videoLink,
    kind: input.kind,
    notes: input.notes,
    case_deadline_working_days: input.caseDeadlineWorkingDays,
    notice_days: input.noticeDays,
    minutes_working_days: input.minutesWorkingDays,
    updated_at: now,
  }
  if (input.id === undefined) {
    const { id } = await db
      .insertInto('meeting')
      .values({ ...values, status: 'planned', uid: `${randomUUID()}@sekretariat`, sequence: 0, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    return getMeeting(db, id)
  }
  const current = await meetingRow(db, input.id)
  const moved = current.date !== input.date || current.start_time !== input.startTime
  const published = isPublished(current.status as MeetingStatus, current.notice_sent_at)
  if (published && current.body_id !== input.bodyId) throw conflict(nb.errors.meetingBodyLocked, 'bodyId')
  if (moved && published) {
    if (current.date.slice(0, 4) !== input.date.slice(0, 4)) {
      throw conflict(format(nb.errors.meetingYearLocked, { year: current.date.slice(0, 4) }), 'date')
    }
    if (!input.confirmMove) {
      throw new AppError({
        code: 'confirmation_required',
        message: format(nb.errors.meetingMoveNeedsConfirmation, {
          date: formatDate(current.notice_sent_at?.slice(0, 10) ?? current.date),
        }),
        field: 'date',
      })
    }
  }
  const calendarChanged =
    moved ||
    current.end_time !== input.endTime ||
    current.place !== input.place ||
    current.video_link !== input.videoLink
  await db
    .updateTable('meeting')
    .set({ ...values, sequence: current.sequence + (calendarChanged ? 1 : 0) })
    .where('id', '=', input.id)
    .execute()
  if (moved) {
    await db
      .insertInto('meeting_move')
      .values({
        meeting_id: input.id,
        from_date: current.date,
        from_start: current.start_time,
        to_date: input.date,
        to_start: input.startTime,
        after_notice: published ? 1 : 0,
        moved_at: now,
      })
      .execute()
  }
  return getMeeting(db, input.id)
}

export async function setMeetingStatus(db: Kysely<Database>, id: number, status: MeetingStatus, now: string) {
  const current = await meetingRow(db, id)
  const from = current.status as MeetingStatus
  if (!canChangeStatus(from, status)) {
    throw conflict(
      format(nb.errors.meetingStatusStep, { from: nb.cycle.status[from], to: nb.cycle.status[status] }),
      'status',
    )
  }
  const noticeSentAt = status === 'notice_sent' && current.notice_sent_at === null ? now : current.notice_sent_at
  // The notice prints the meeting's number: from then on (or once held, for a meeting without
  // a notice) it is fixed.
  const fixing = current.number === null && statusOrder[status] >= statusOrder.notice_sent
  const number = fixing ? ((await numbersFor(db, [current])).get(id) ?? null) : current.number
  // A cancellation is news for every calendar that holds the meeting.
  const sequence = current.sequence + (status === 'cancelled' || from === 'cancelled' ? 1 : 0)
  await db
    .updateTable('meeting')
    .set({ status, notice_sent_at: noticeSentAt, number, sequence, updated_at: now })
    .where('id', '=', id)
    .execute()
  return getMeeting(db, id)
}

export async function assertDeletable(db: Kysely<Database>, id: number): Promise<void> {
  const current = await meetingRow(db, id)
  if (isPublished(current.status as MeetingStatus, current.notice_sent_at)) {
    throw conflict(nb.errors.meetingDeleteAfterNotice)
  }
}

export async function deleteMeeting(db: Kysely<Database>, id: number): Promise<void> {
  await assertDeletable(db, id)
  await db.deleteFrom('meeting').where('id', '=', id).execute()
}
