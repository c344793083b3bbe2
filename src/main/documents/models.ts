import type { Kysely } from 'kysely'
import type { CaseKind, FollowUp, MinutesCorrection, ProgrammeKind } from '../../shared/cases'
import type { Meeting } from '../../shared/cycle'
import { isActiveOn } from '../domain/dates'
import { nb } from '../../shared/strings/nb'
import type { RichDoc } from '../../shared/rich-text'
import { getAgenda } from '../db/repositories/agenda'
import { listFollowUps } from '../db/repositories/follow-ups'
import { listMemberships } from '../db/repositories/memberships'
import { getMeeting } from '../db/repositories/meetings'
import { getMinutes } from '../db/repositories/minutes'
import type { Database } from '../db/schema'

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
  /** "møte 5/2026" */
  numberLabel: string
  date: string
  startTime: string
  endTime: string
  place: string
  videoLink: string
  programme: boolean
}

export function meetingHeadOf(meeting: Meeting): MeetingHead {
  return {
    meetingId: meeting.id,
    bodyId: meeting.bodyId,
    bodyName: meeting.bodyName,
    bodyShortCode: meeting.bodyShortCode,
    numberLabel: meeting.number === null ? '' : `møte ${meeting.number}/${meeting.date.slice(0, 4)}`,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    place: meeting.place,
    videoLink: meeting.videoLink,
    programme: meeting.kind === 'programme',
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
  caseId: number | null
}

export interface NoticeModel {
  head: MeetingHead
  invitees: Invitee[]
  items: AgendaLine[]
}

export async function noticeModel(db: Kysely<Database>, meetingId: number): Promise<NoticeModel> {
  const meeting = await getMeeting(db, meetingId)
  const agenda = await getAgenda(db, meetingId)
  return {
    head: meetingHeadOf(meeting),
    invitees: await inviteesOn(db, meeting.bodyId, meeting.date),
    items: agenda.items.map((i) => ({
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
      caseId: i.caseId,
    })),
  }
}

export interface MinutesItem extends AgendaLine {
  presenter: string
  summary: string
  decision: RichDoc
  followUps: { what: string; responsible: string; dueDate: string | null }[]
}

export interface MinutesModel {
  head: MeetingHead
  present: string[]
  absent: string[]
  items: MinutesItem[]
  approvedAt: string | null
  corrections: MinutesCorrection[]
}

export async function minutesModel(db: Kysely<Database>, meetingId: number): Promise<MinutesModel> {
  const notice = await noticeModel(db, meetingId)
  const minutes = await getMinutes(db, meetingId)
  return {
    head: notice.head,
    present: minutes.attendance.filter((a) => a.present === true).map((a) => a.name),
    absent: minutes.attendance.filter((a) => a.present === false).map((a) => a.name),
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

export interface FollowUpsModel {
  /** The body asked for, or null for every body. */
  bodyName: string | null
  today: string
  groups: { bodyShortCode: string; items: FollowUp[] }[]
}

export async function followUpsModel(
  db: Kysely<Database>,
  bodyId: number | null,
  today: string,
): Promise<FollowUpsModel> {
  const open = await listFollowUps(db, { bodyId: bodyId ?? undefined, includeDone: false })
  const body =
    bodyId === null ? null : await db.selectFrom('body').select('name').where('id', '=', bodyId).executeTakeFirst()
  const codes = [...new Set(open.map((f) => f.bodyShortCode))].sort((a, b) => a.localeCompare(b, 'nb'))
  return {
    bodyName: body?.name ?? null,
    today,
    groups: codes.map((code) => ({ bodyShortCode: code, items: open.filter((f) => f.bodyShortCode === code) })),
  }
}
