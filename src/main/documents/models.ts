import type { Kysely } from 'kysely'
import type { CaseKind, FollowUp, MinutesCorrection, ProgrammeKind } from '../../shared/cases'
import type { Meeting, MeetingStatus, WheelData } from '../../shared/cycle'
import { isActiveOn } from '../domain/dates'
import { nb } from '../../shared/strings/nb'
import { compareNb, format } from '../../shared/text'
import type { RichDoc } from '../../shared/rich-text'
import { yearRange, yearWheel } from '../cycle/year-wheel'
import { getAgenda } from '../db/repositories/agenda'
import { listFollowUps } from '../db/repositories/follow-ups'
import { listMemberships } from '../db/repositories/memberships'
import { getMeeting, listMeetings } from '../db/repositories/meetings'
import { getMinutes } from '../db/repositories/minutes'
import type { Database } from '../db/schema'
import { notFound } from '../errors'
import { caseDocumentModel, type CaseDocumentModel } from './case-document'

/**
 * The data each meeting document is made from, read from the workspace in one place. The
 * builders that turn a model into Word are pure; a model's JSON is also its fingerprint, so the
 * archive can tell when a filed document has changed since.
 */

export interface MeetingHead {
  meetingId: number
  bodyId: number
  bodyName: string
  bodyShortCode: string
  /** "møte 5/2026"; empty for a meeting without a number (cancelled). */
  numberLabel: string
  number: number | null
  date: string
  startTime: string
  endTime: string
  place: string
  videoLink: string
  programme: boolean
  status: MeetingStatus
}

export function meetingHeadOf(meeting: Meeting): MeetingHead {
  return {
    meetingId: meeting.id,
    bodyId: meeting.bodyId,
    bodyName: meeting.bodyName,
    bodyShortCode: meeting.bodyShortCode,
    numberLabel:
      meeting.number === null
        ? ''
        : format(nb.meetings.number, { number: meeting.number, year: meeting.date.slice(0, 4) }),
    number: meeting.number,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    place: meeting.place,
    videoLink: meeting.videoLink,
    programme: meeting.kind === 'programme',
    status: meeting.status,
  }
}

export interface Invitee {
  name: string
  /** "Leder · Kristiansand kommune" */
  role: string
  /** The personal deputy, or the first on the deputy list. */
  deputy: string | null
}

/** Who the body's members are on the meeting's date: roles resolved to their holders that day. */
export async function inviteesOn(db: Kysely<Database>, bodyId: number, date: string): Promise<Invitee[]> {
  const memberships = await listMemberships(db, { bodyId }, date)
  return memberships
    .filter((m) => isActiveOn(m, date))
    .map((m) => {
      const deputy = m.personalDeputy ?? m.deputies[0] ?? null
      return {
        name: m.member.holderName ?? m.member.label,
        role: [
          nb.vocabulary.membershipFunction[m.function],
          m.member.personId === null ? m.member.label : m.representsName,
        ]
          .filter(Boolean)
          .join(' · '),
        deputy: deputy ? (deputy.holderName ?? deputy.label) : null,
      }
    })
}

export interface AgendaLine {
  kind: 'case' | 'standard' | 'programme'
  numberLabel: string | null
  title: string
  /** "Vedtakssak", "Fast punkt", "Borddialog" */
  kindLabel: string
  officer: string | null
  startTime: string | null
  durationMinutes: number | null
  speaker: string
  late: boolean
  withdrawn: boolean
  postponed: boolean
  /** The meeting a postponed case went on to, if one was chosen. */
  postponedTo: string | null
  caseId: number | null
}

export interface NoticeModel {
  head: MeetingHead
  /** The notice has been sent: the numbers are fixed. */
  frozen: boolean
  invitees: Invitee[]
  items: AgendaLine[]
}

export async function noticeModel(db: Kysely<Database>, meetingId: number): Promise<NoticeModel> {
  const meeting = await getMeeting(db, meetingId)
  const agenda = await getAgenda(db, meetingId)
  return {
    head: meetingHeadOf(meeting),
    frozen: agenda.frozen,
    invitees: await inviteesOn(db, meeting.bodyId, meeting.date),
    items: agenda.items.map((i) => ({
      kind: i.kind,
      numberLabel: i.numberLabel,
      title: i.title,
      kindLabel:
        i.kind === 'case'
          ? nb.cases.kind[i.caseKind as CaseKind]
          : i.kind === 'standard'
            ? nb.agenda.list.standardType
            : nb.agenda.programmeKind[(i.programmeKind ?? 'other') as ProgrammeKind],
      officer: i.officerName,
      startTime: i.startTime,
      durationMinutes: i.durationMinutes,
      speaker: i.speaker,
      late: i.late,
      withdrawn: i.withdrawn,
      postponed: i.postponed,
      postponedTo: i.postponedTo?.date ?? null,
      caseId: i.caseId,
    })),
  }
}

/** The agenda's cases that are dealt with at the meeting: withdrawn and postponed ones are not. */
export const casesToHandle = (items: readonly AgendaLine[]): number[] =>
  items.flatMap((i) => (i.caseId !== null && !i.withdrawn && !i.postponed ? [i.caseId] : []))

export interface MinutesItem extends AgendaLine {
  presenter: string
  summary: string
  decision: RichDoc
  followUps: { what: string; responsible: string; dueDate: string | null }[]
}

export interface MinutesModel {
  head: MeetingHead
  present: string[]
  /** Apologies (forfall). */
  absent: string[]
  /** Who attended on behalf of whom: "Kari Haugland for Ola Tveit". */
  deputies: string[]
  /** Invitees whose attendance nobody has recorded. */
  unrecorded: string[]
  items: MinutesItem[]
  approvedAt: string | null
  corrections: MinutesCorrection[]
}

export async function minutesModel(db: Kysely<Database>, meetingId: number): Promise<MinutesModel> {
  const notice = await noticeModel(db, meetingId)
  const minutes = await getMinutes(db, meetingId)
  return {
    head: notice.head,
    present: minutes.attendance.filter((a) => a.present === true && a.deputyFor === null).map((a) => a.name),
    absent: minutes.attendance.filter((a) => a.present !== true && a.apologies).map((a) => a.name),
    deputies: minutes.attendance.flatMap((a) =>
      a.present === true && a.deputyFor !== null
        ? [format(nb.invitationText.minutes.deputyFor, { name: a.name, principal: a.deputyFor.name })]
        : [],
    ),
    unrecorded: minutes.attendance.filter((a) => a.present === null && !a.apologies).map((a) => a.name),
    items: minutes.agenda.items.map((i, index) => ({
      ...notice.items[index],
      presenter: i.presenter,
      summary: i.summary,
      decision: i.decision,
      followUps: i.followUps.map((f) => ({ what: f.what, responsible: f.responsible, dueDate: f.dueDate })),
    })),
    approvedAt: minutes.approvedAt,
    corrections: minutes.corrections,
  }
}

/** The meeting package: the notice, then the case document of every case dealt with, in agenda order. */
export interface PackageModel {
  notice: NoticeModel
  cases: CaseDocumentModel[]
}

export async function packageModel(db: Kysely<Database>, meetingId: number): Promise<PackageModel> {
  const notice = await noticeModel(db, meetingId)
  const cases: CaseDocumentModel[] = []
  for (const caseId of casesToHandle(notice.items)) cases.push(await caseDocumentModel(db, caseId))
  return { notice, cases }
}

export interface PlannedMeeting {
  date: string
  startTime: string
  endTime: string
  /** "5/2026"; empty for a meeting without a number. */
  number: string
  place: string
  caseDeadline: string | null
  notice: string | null
  minutes: string | null
}

export interface YearlyPlanModel {
  year: number
  /** The body asked for, or null for every body. */
  body: { id: number; name: string; shortCode: string } | null
  /** Drawn on the wheel; left out of the fingerprint (it moves every day). */
  today: string
  wheel: WheelData
  /** Bodies with meetings this year, in the wheel's ring order; cancelled meetings left out. */
  bodies: { shortCode: string; name: string; meetings: PlannedMeeting[] }[]
}

export async function yearlyPlanModel(
  db: Kysely<Database>,
  year: number,
  bodyId: number | null,
  today: string,
): Promise<YearlyPlanModel> {
  const body =
    bodyId === null
      ? null
      : await db
          .selectFrom('body')
          .select(['id', 'name', 'short_code as shortCode'])
          .where('id', '=', bodyId)
          .executeTakeFirst()
  if (bodyId !== null && !body) throw notFound('body', bodyId)
  const wheel = await yearWheel(db, today, year, 'body', bodyId ?? undefined)
  const meetings = (await listMeetings(db, { ...yearRange(year), bodyId: bodyId ?? undefined })).filter(
    (m) => m.status !== 'cancelled',
  )
  const ringOrder = wheel.rings.map((r) => r.key)
  const place = (id: number) => {
    const at = ringOrder.indexOf(`body:${id}`)
    return at < 0 ? Number.MAX_SAFE_INTEGER : at
  }
  const bodyIds = [...new Set(meetings.map((m) => m.bodyId))].sort(
    (a, b) =>
      place(a) - place(b) ||
      compareNb(
        meetings.find((m) => m.bodyId === a)?.bodyShortCode ?? '',
        meetings.find((m) => m.bodyId === b)?.bodyShortCode ?? '',
      ),
  )
  const deadline = (m: Meeting, kind: 'caseDeadline' | 'notice' | 'minutes') =>
    m.deadlines.find((d) => d.kind === kind)?.date ?? null
  return {
    year,
    body: body ?? null,
    today,
    wheel,
    bodies: bodyIds.map((id) => {
      const own = meetings.filter((m) => m.bodyId === id).sort((a, b) => a.date.localeCompare(b.date))
      return {
        shortCode: own[0].bodyShortCode,
        name: own[0].bodyName,
        meetings: own.map((m) => ({
          date: m.date,
          startTime: m.startTime,
          endTime: m.endTime,
          number: m.number === null ? '' : `${m.number}/${year}`,
          place: m.place,
          caseDeadline: deadline(m, 'caseDeadline'),
          notice: deadline(m, 'notice'),
          minutes: deadline(m, 'minutes'),
        })),
      }
    }),
  }
}

export interface OpenFollowUp extends FollowUp {
  /** Past its due date on the day the list is made. */
  overdue: boolean
}

export interface FollowUpsModel {
  /** The body asked for, or null for every body. */
  bodyName: string | null
  bodyShortCode: string | null
  /** The day the list is made; overdue is judged against it. */
  today: string
  groups: { bodyShortCode: string; bodyName: string; items: OpenFollowUp[] }[]
}

export async function followUpsModel(
  db: Kysely<Database>,
  bodyId: number | null,
  today: string,
): Promise<FollowUpsModel> {
  const body =
    bodyId === null
      ? null
      : await db
          .selectFrom('body')
          .select(['name', 'short_code as shortCode'])
          .where('id', '=', bodyId)
          .executeTakeFirst()
  if (bodyId !== null && !body) throw notFound('body', bodyId)
  const open = await listFollowUps(db, { bodyId: bodyId ?? undefined, includeDone: false })
  const names = new Map(
    (await db.selectFrom('body').select(['name', 'short_code as shortCode']).execute()).map((b) => [
      b.shortCode,
      b.name,
    ]),
  )
  const codes = [...new Set(open.map((f) => f.bodyShortCode))].sort(compareNb)
  return {
    bodyName: body?.name ?? null,
    bodyShortCode: body?.shortCode ?? null,
    today,
    groups: codes.map((code) => ({
      bodyShortCode: code,
      bodyName: names.get(code) ?? code,
      items: open
        .filter((f) => f.bodyShortCode === code)
        .map((f) => ({ ...f, overdue: f.dueDate !== null && f.dueDate < today })),
    })),
  }
}
