import type { Kysely } from 'kysely'
import type {
  Agenda,
  AgendaItem,
  AgendaItemData,
  CaseKind,
  CaseStatus,
  ProgrammeKind,
  StandardItemKey,
  StandardItemSetting,
} from '../../../shared/cases'
import { closingStandardItems } from '../../../shared/cases'
import type { MeetingStatus } from '../../../shared/cycle'
import { formatDate } from '../../../shared/dates'
import { agendaClosed, isPublished, statusOrder } from '../../../shared/meeting-life'
import { emptyDoc, type RichDoc } from '../../../shared/rich-text'
import { nb } from '../../../shared/strings/nb'
import { format } from '../../../shared/text'
import { checkReorder, freezeMeeting, nextFreeNumber, postponedNumber } from '../../domain/case-numbering'
import { programmeTimes } from '../../domain/programme'
import { conflict, notFound } from '../../errors'
import type { Database } from '../schema'
import { fixNumbers, loadSeries, numberLabels, yearOf } from './case-numbers'
import { listFollowUpsOfItems } from './follow-ups'
import { indexCase } from './case-search'

/**
 * A meeting's agenda: cases in order with the body's standard items around them, programme
 * items with times for programme meetings, and the numbers they carry. The notice freezes
 * the numbers; what was sent is recorded.
 */

const e = nb.caseErrors

async function meetingOf(db: Kysely<Database>, meetingId: number) {
  const m = await db
    .selectFrom('meeting')
    .innerJoin('body', 'body.id', 'meeting.body_id')
    .select([
      'meeting.id',
      'meeting.body_id as bodyId',
      'meeting.date',
      'meeting.start_time as startTime',
      'meeting.status',
      'meeting.kind',
      'meeting.notice_sent_at as noticeSentAt',
      'body.standard_items as standardItems',
      'body.postponed_keeps_number as keepsNumber',
    ])
    .where('meeting.id', '=', meetingId)
    .executeTakeFirst()
  if (!m) throw notFound('meeting', meetingId, 'meetingId')
  const status = m.status as MeetingStatus
  return { ...m, status, frozen: isPublished(status, m.noticeSentAt) }
}

type MeetingInfo = Awaited<ReturnType<typeof meetingOf>>

async function itemRow(db: Kysely<Database>, id: number) {
  const row = await db.selectFrom('agenda_item').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('agendaItem', id)
  return row
}

const parseDoc = (json: string | null): RichDoc | null => (json === null ? null : (JSON.parse(json) as RichDoc))

export async function getAgenda(db: Kysely<Database>, meetingId: number): Promise<Agenda> {
  const meeting = await meetingOf(db, meetingId)
  const rows = await db
    .selectFrom('agenda_item')
    .leftJoin('case_item', 'case_item.id', 'agenda_item.case_id')
    .leftJoin('person', 'person.id', 'case_item.officer_person_id')
    .leftJoin('meeting as later', 'later.id', 'agenda_item.postponed_to_meeting_id')
    .selectAll('agenda_item')
    .select([
      'case_item.title as caseTitle',
      'case_item.kind as caseKind',
      'case_item.status as caseStatus',
      'case_item.proposal',
      'person.name as officerName',
      'later.date as laterDate',
    ])
    .where('agenda_item.meeting_id', '=', meetingId)
    .orderBy('agenda_item.position')
    .orderBy('agenda_item.id')
    .execute()
  const labels = await numberLabels(
    db,
    rows.map((r) => r.id),
  )
  const followUps = await listFollowUpsOfItems(
    db,
    rows.map((r) => r.id),
  )
  // Withdrawn and postponed items take no time on the day.
  const times = programmeTimes(
    meeting.startTime,
    rows.map((r) => (r.withdrawn_at || r.postponed_at ? 0 : r.duration_minutes)),
  )
  const timed = meeting.kind === 'programme' || rows.some((r) => r.duration_minutes !== null)
  const items: AgendaItem[] = rows.map((r, index) => {
    const decision = parseDoc(r.decision)
    return {
      id: r.id,
      position: index + 1,
      kind: r.kind as AgendaItem['kind'],
      caseId: r.case_id,
      caseKind: (r.caseKind as CaseKind | null) ?? null,
      caseStatus: (r.caseStatus as CaseStatus | null) ?? null,
      officerName: r.officerName ?? null,
      standardKey: r.standard_key as StandardItemKey | null,
      title: r.caseTitle ?? r.title,
      numbered: r.numbered === 1,
      numberLabel: labels.get(r.id)?.label ?? null,
      numberFixed: r.number !== null,
      late: r.late === 1,
      withdrawn: r.withdrawn_at !== null,
      postponed: r.postponed_at !== null,
      postponedTo:
        r.postponed_to_meeting_id !== null && r.laterDate
          ? { meetingId: r.postponed_to_meeting_id, date: r.laterDate }
          : null,
      programmeKind: r.programme_kind as ProgrammeKind | null,
      durationMinutes: r.duration_minutes,
      speaker: r.speaker,
      startTime: timed ? times[index] : null,
      presenter: r.presenter,
      summary: r.summary,
      decision: decision ?? parseDoc(r.proposal ?? null) ?? emptyDoc(),
      decisionWritten: decision !== null,
      followUps: followUps.get(r.id) ?? [],
    }
  })
  const notices = await db
    .selectFrom('notice_record')
    .select(['kind', 'sent_at', 'agenda'])
    .where('meeting_id', '=', meetingId)
    .orderBy('id')
    .execute()
  const previous = await db
    .selectFrom('meeting')
    .select(['id', 'date', 'minutes_approved_at', 'status'])
    .where('body_id', '=', meeting.bodyId)
    .where('status', '!=', 'cancelled')
    .where((eb) =>
      eb.or([
        eb('date', '<', meeting.date),
        eb.and([eb('date', '=', meeting.date), eb('start_time', '<', meeting.startTime)]),
      ]),
    )
    .orderBy('date', 'desc')
    .orderBy('start_time', 'desc')
    .executeTakeFirst()
  return {
    meetingId,
    bodyId: meeting.bodyId,
    frozen: meeting.frozen,
    items,
    notices: notices.map((n) => ({
      kind: n.kind as 'notice' | 'late',
      sentAt: n.sent_at,
      agenda: JSON.parse(n.agenda) as { numberLabel: string | null; title: string }[],
    })),
    previousMeeting: previous
      ? {
          id: previous.id,
          date: previous.date,
          minutesApprovedAt: previous.minutes_approved_at,
          status: previous.status as MeetingStatus,
        }
      : null,
  }
}

/** Puts the body's standard items on an empty agenda and marks it as being prepared. */
export async function startAgenda(db: Kysely<Database>, meetingId: number, now: string) {
  const meeting = await meetingOf(db, meetingId)
  const count = await db
    .selectFrom('agenda_item')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('meeting_id', '=', meetingId)
    .executeTakeFirstOrThrow()
  if (Number(count.n) === 0) {
    const settings = JSON.parse(meeting.standardItems) as StandardItemSetting[]
    const ordered = [
      ...settings.filter((s) => !closingStandardItems.includes(s.key)),
      ...settings.filter((s) => closingStandardItems.includes(s.key)),
    ]
    for (const [index, s] of ordered.entries()) {
      await db
        .insertInto('agenda_item')
        .values({
          meeting_id: meetingId,
          position: index + 1,
          kind: 'standard',
          standard_key: s.key,
          title: nb.agenda.standard[s.key],
          numbered: s.numbered ? 1 : 0,
          // On an agenda already sent, standard items added now are late too.
          late: meeting.frozen ? 1 : 0,
        })
        .execute()
    }
    if (meeting.frozen) await fixLateNumbers(db, meeting, now)
  }
  if (meeting.status === 'planned') {
    await db.updateTable('meeting').set({ status: 'agenda', updated_at: now }).where('id', '=', meetingId).execute()
  }
}

/** Numbers items added to a sent agenda at once, from the next free number, and records them. */
async function fixLateNumbers(db: Kysely<Database>, meeting: MeetingInfo, now: string) {
  const key = { bodyId: meeting.bodyId, year: yearOf(meeting.date) }
  const unnumbered = await db
    .selectFrom('agenda_item')
    .select('id')
    .where('meeting_id', '=', meeting.id)
    .where('numbered', '=', 1)
    .where('number', 'is', null)
    .orderBy('position')
    .execute()
  for (const { id } of unnumbered) {
    await fixNumbers(db, key, [{ itemId: id, number: nextFreeNumber(await loadSeries(db, key)) }], now)
  }
}

/** Where a new case goes: before the closing standard items (Eventuelt), else last. */
async function insertPosition(db: Kysely<Database>, meetingId: number): Promise<number> {
  const rows = await db
    .selectFrom('agenda_item')
    .select(['id', 'standard_key'])
    .where('meeting_id', '=', meetingId)
    .orderBy('position')
    .orderBy('id')
    .execute()
  const closing = rows.findIndex(
    (r) => r.standard_key !== null && closingStandardItems.includes(r.standard_key as StandardItemKey),
  )
  const at = closing === -1 ? rows.length : closing
  // Renumber positions so the new item fits in as a whole number.
  for (const [index, r] of rows.entries()) {
    await db
      .updateTable('agenda_item')
      .set({ position: index < at ? index + 1 : index + 2 })
      .where('id', '=', r.id)
      .execute()
  }
  return at + 1
}

/** Records what was sent: the agenda as the invitees saw it. */
async function recordNotice(db: Kysely<Database>, meetingId: number, kind: 'notice' | 'late', now: string) {
  const agenda = await getAgenda(db, meetingId)
  const sent = agenda.items
    .filter((i) => kind === 'notice' || i.late)
    .map((i) => ({ numberLabel: i.numberLabel, title: i.title }))
  await db
    .insertInto('notice_record')
    .values({ meeting_id: meetingId, kind, sent_at: now, agenda: JSON.stringify(sent) })
    .execute()
}

/** A held or cancelled meeting's agenda is history: it no longer changes. */
function assertOpen(meeting: MeetingInfo, field?: string) {
  if (agendaClosed(meeting.status)) throw conflict(e.meetingClosed, field)
}

export async function addCaseToAgenda(db: Kysely<Database>, meetingId: number, caseId: number, now: string) {
  const meeting = await meetingOf(db, meetingId)
  assertOpen(meeting, 'meetingId')
  const item = await db
    .selectFrom('case_item')
    .innerJoin('body', 'body.id', 'case_item.body_id')
    .select(['case_item.id', 'case_item.body_id', 'case_item.status', 'body.short_code as bodyShortCode'])
    .where('case_item.id', '=', caseId)
    .executeTakeFirst()
  if (!item) throw notFound('case', caseId, 'caseId')
  if (item.body_id !== meeting.bodyId) {
    throw conflict(format(e.otherBody, { body: item.bodyShortCode }), 'caseId')
  }
  const already = await db
    .selectFrom('agenda_item')
    .innerJoin('meeting', 'meeting.id', 'agenda_item.meeting_id')
    .select(['meeting.id', 'meeting.date'])
    .where('agenda_item.case_id', '=', caseId)
    .where('agenda_item.withdrawn_at', 'is', null)
    .where('agenda_item.postponed_at', 'is', null)
    .executeTakeFirst()
  if (already?.id === meetingId) throw conflict(e.alreadyOnThisAgenda, 'caseId')
  if (already) throw conflict(format(e.alreadyOnAgenda, { date: formatDate(already.date) }), 'caseId')
  if (item.status === 'withdrawn' || item.status === 'handled') {
    throw conflict(format(e.caseClosed, { status: nb.cases.status[item.status as CaseStatus] }), 'caseId')
  }
  if (
    await db
      .selectFrom('agenda_item')
      .select('id')
      .where('meeting_id', '=', meetingId)
      .where('case_id', '=', caseId)
      .executeTakeFirst()
  ) {
    throw conflict(e.alreadyOnThisAgenda, 'caseId')
  }
  await startAgenda(db, meetingId, now)
  const carried = await carriedNumber(db, caseId, meeting)
  const { id } = await db
    .insertInto('agenda_item')
    .values({
      meeting_id: meetingId,
      position: await insertPosition(db, meetingId),
      kind: 'case',
      case_id: caseId,
      numbered: 1,
      number: carried,
      late: meeting.frozen ? 1 : 0,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await db.updateTable('case_item').set({ status: 'on_agenda', updated_at: now }).where('id', '=', caseId).execute()
  if (meeting.frozen) {
    if (carried === null) await fixLateNumbers(db, meeting, now)
    await recordNotice(db, meetingId, 'late', now)
  }
  return id
}

/** A postponed case keeps its number at its next meeting if the body says so and the year is the same. */
async function carriedNumber(db: Kysely<Database>, caseId: number, meeting: MeetingInfo) {
  const last = await db
    .selectFrom('agenda_item')
    .innerJoin('meeting', 'meeting.id', 'agenda_item.meeting_id')
    .select(['agenda_item.number', 'meeting.date'])
    .where('agenda_item.case_id', '=', caseId)
    .where('agenda_item.postponed_at', 'is not', null)
    .orderBy('agenda_item.postponed_at', 'desc')
    .executeTakeFirst()
  if (!last) return null
  return postponedNumber(yearOf(last.date), yearOf(meeting.date), last.number, meeting.keepsNumber === 1)
}

/** A programme item or a renamed standard item. */
export async function saveAgendaItem(db: Kysely<Database>, input: AgendaItemData, now: string) {
  assertOpen(await meetingOf(db, input.meetingId))
  const values = {
    title: input.title,
    programme_kind: input.programmeKind,
    duration_minutes: input.durationMinutes,
    speaker: input.speaker,
  }
  if (input.id !== undefined) {
    const row = await itemRow(db, input.id)
    if (row.meeting_id !== input.meetingId) throw notFound('agendaItem', input.id)
    await db.updateTable('agenda_item').set(values).where('id', '=', input.id).execute()
    return
  }
  await startAgenda(db, input.meetingId, now)
  await db
    .insertInto('agenda_item')
    .values({
      ...values,
      meeting_id: input.meetingId,
      position: await insertPosition(db, input.meetingId),
      kind: 'programme',
      numbered: 0,
    })
    .execute()
}

export async function setItemTiming(db: Kysely<Database>, id: number, durationMinutes: number | null, speaker: string) {
  const row = await itemRow(db, id)
  await db
    .updateTable('agenda_item')
    .set({ duration_minutes: durationMinutes, speaker })
    .where('id', '=', row.id)
    .execute()
  return row.meeting_id
}

/** Before the notice any item can go; after it, only items without a number (a number is kept for good). */
export async function removeAgendaItem(db: Kysely<Database>, id: number, now: string) {
  const row = await itemRow(db, id)
  const meeting = await meetingOf(db, row.meeting_id)
  if (row.number !== null || (meeting.frozen && row.numbered === 1)) {
    throw conflict(row.case_id !== null ? e.numberedCaseWithdraw : e.numberedItemStays)
  }
  await db.deleteFrom('agenda_item').where('id', '=', id).execute()
  if (row.case_id !== null) {
    await db.updateTable('case_item').set({ status: 'ready', updated_at: now }).where('id', '=', row.case_id).execute()
  }
  return row.meeting_id
}

export async function reorderAgenda(db: Kysely<Database>, meetingId: number, itemIds: readonly number[]) {
  const meeting = await meetingOf(db, meetingId)
  assertOpen(meeting)
  const key = { bodyId: meeting.bodyId, year: yearOf(meeting.date) }
  const series = await loadSeries(db, key)
  const current = series.meetings.find((m) => m.id === meetingId)
  if (!current) throw notFound('meeting', meetingId, 'meetingId')
  const check = checkReorder(current, [...itemIds])
  if (!check.ok) {
    throw conflict(check.reason === 'would_renumber' ? e.frozenOrder : e.reorderItems, 'itemIds')
  }
  for (const [index, itemId] of itemIds.entries()) {
    await db
      .updateTable('agenda_item')
      .set({ position: index + 1 })
      .where('id', '=', itemId)
      .execute()
  }
}

/**
 * Withdraws a case. On an agenda already sent the item stays, marked, with its number; before
 * that it simply leaves the agenda.
 */
export async function withdrawCase(db: Kysely<Database>, caseId: number, now: string) {
  const items = await db
    .selectFrom('agenda_item')
    .select(['id', 'meeting_id', 'number'])
    .where('case_id', '=', caseId)
    .where('withdrawn_at', 'is', null)
    .where('postponed_at', 'is', null)
    .execute()
  for (const item of items) {
    const meeting = await meetingOf(db, item.meeting_id)
    if (statusOrder[meeting.status] >= statusOrder.held) throw conflict(e.handledCannotWithdraw)
    if (meeting.frozen || item.number !== null) {
      await db.updateTable('agenda_item').set({ withdrawn_at: now }).where('id', '=', item.id).execute()
    } else {
      await db.deleteFrom('agenda_item').where('id', '=', item.id).execute()
    }
  }
  await db.updateTable('case_item').set({ status: 'withdrawn', updated_at: now }).where('id', '=', caseId).execute()
}

/**
 * Postpones a case to a later meeting of its body, or back to the queue. On an agenda already
 * sent the item stays, marked "utsatt", and keeps its number there.
 */
export async function postponeItem(db: Kysely<Database>, itemId: number, toMeetingId: number | null, now: string) {
  const row = await itemRow(db, itemId)
  if (row.case_id === null) throw conflict(e.onlyCasesPostpone)
  if (row.withdrawn_at !== null || row.postponed_at !== null) throw conflict(e.alreadyMoved)
  const meeting = await meetingOf(db, row.meeting_id)
  assertOpen(meeting)
  if (toMeetingId !== null) {
    const target = await meetingOf(db, toMeetingId)
    const later = target.date > meeting.date || (target.date === meeting.date && target.startTime > meeting.startTime)
    if (target.bodyId !== meeting.bodyId || !later) throw conflict(e.postponeTarget, 'toMeetingId')
  }
  if (meeting.frozen || row.number !== null) {
    await db
      .updateTable('agenda_item')
      .set({ postponed_at: now, postponed_to_meeting_id: toMeetingId })
      .where('id', '=', itemId)
      .execute()
  } else {
    await db.deleteFrom('agenda_item').where('id', '=', itemId).execute()
  }
  await db
    .updateTable('case_item')
    .set({ status: 'postponed', updated_at: now })
    .where('id', '=', row.case_id)
    .execute()
  if (toMeetingId !== null) await addCaseToAgenda(db, toMeetingId, row.case_id, now)
  return row.meeting_id
}

/**
 * What a meeting's status change means for its agenda: the notice freezes the numbers and is
 * recorded; once held, its cases are handled.
 */
export async function onMeetingStatus(db: Kysely<Database>, meetingId: number, from: MeetingStatus, now: string) {
  const meeting = await meetingOf(db, meetingId)
  const wasFrozen = statusOrder[from] >= statusOrder.notice_sent && from !== 'cancelled'
  if (meeting.frozen && !wasFrozen) {
    const key = { bodyId: meeting.bodyId, year: yearOf(meeting.date) }
    await fixNumbers(db, key, freezeMeeting(await loadSeries(db, key), meetingId), now)
    await recordNotice(db, meetingId, 'notice', now)
  }
  if (statusOrder[meeting.status] >= statusOrder.held) {
    const cases = await db
      .selectFrom('agenda_item')
      .select('case_id')
      .where('meeting_id', '=', meetingId)
      .where('case_id', 'is not', null)
      .where('withdrawn_at', 'is', null)
      .where('postponed_at', 'is', null)
      .execute()
    const ids = cases.flatMap((c) => (c.case_id === null ? [] : [c.case_id]))
    if (ids.length > 0) {
      await db.updateTable('case_item').set({ status: 'handled', updated_at: now }).where('id', 'in', ids).execute()
      for (const id of ids) await indexCase(db, id)
    }
  }
}

/** Before a meeting without a notice is deleted, its cases go back to the queue. */
export async function clearAgenda(db: Kysely<Database>, meetingId: number, now: string) {
  const items = await db
    .selectFrom('agenda_item')
    .select(['id', 'case_id'])
    .where('meeting_id', '=', meetingId)
    .execute()
  await db.deleteFrom('agenda_item').where('meeting_id', '=', meetingId).execute()
  const ids = items.flatMap((i) => (i.case_id === null ? [] : [i.case_id]))
  if (ids.length > 0) {
    await db.updateTable('case_item').set({ status: 'ready', updated_at: now }).where('id', 'in', ids).execute()
  }
}

/** A meeting whose agenda holds a fixed number cannot leave that number's year. */
export async function assertYearFree(db: Kysely<Database>, meetingId: number, toDate: string, fromDate: string) {
  if (yearOf(toDate) === yearOf(fromDate)) return
  const fixed = await db
    .selectFrom('agenda_item')
    .select('id')
    .where('meeting_id', '=', meetingId)
    .where('number', 'is not', null)
    .executeTakeFirst()
  if (fixed) throw conflict(format(e.numbersFixedYear, { year: yearOf(fromDate) }), 'date')
}
