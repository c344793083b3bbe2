import type { FileChild, ParagraphChild } from 'docx'
import { formatDate } from '../../shared/dates'
import {
  type AttendanceValue,
  type CountRow,
  type InvitationCounts,
  type InvitationList,
  type Invitee,
  type ParticipantCategory,
  type RsvpStatus,
} from '../../shared/invitations'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import { categoryLabels } from '../invitations/export-parts'
import { buildGroups } from '../../shared/invitation-groups'
import { dataTable, heading, keyValueTable, neutralLook, note, paragraph, run, tableGap, title, type Look } from './kit'
import { meetingRows, planMeetingDocument, type Maker, type Planned } from './meeting-parts'
import type { MeetingHead } from './models'

/**
 * The participant list (deltakerliste) of a meeting: the head, the counts per role as seed 003
 * reports them ("Ordførere/politikere 21 … Totalt 88", "21 av 25 kommuner representert"), then
 * everyone on the invitation list grouped by organisation or by role, with their answer, whom
 * they stand in for, and whether they came.
 */

const s = nb.documents.participants
const exportText = nb.invitationText.exports

export type ParticipantGrouping = 'organisation' | 'category'

export interface ParticipantRow {
  name: string
  /** The roles that brought the person here ("Ordfører"), or the person's title. */
  role: string
  organisation: string
  standsInFor: string | null
  companionOf: string | null
  status: RsvpStatus
  declineReason: string
  attendance: AttendanceValue
}

export interface ParticipantGroup {
  title: string
  rows: ParticipantRow[]
}

/** What the list is made from; its JSON is the fingerprint the archive compares. */
export interface ParticipantsModel {
  head: MeetingHead
  groupBy: ParticipantGrouping
  counts: Pick<InvitationCounts, 'byCategory' | 'total' | 'municipalities'>
  groups: ParticipantGroup[]
}

function rowOf(invitee: Invitee): ParticipantRow {
  return {
    name: invitee.name,
    role: invitee.roleTitles.length > 0 ? invitee.roleTitles.join(', ') : invitee.title,
    organisation: invitee.organisationName,
    standsInFor: invitee.standsInFor?.name ?? null,
    companionOf: invitee.companionOf?.name ?? null,
    status: invitee.status,
    declineReason: invitee.declineReason,
    attendance: invitee.attendance,
  }
}

/** The groups as the screen shows them (shared/invitation-groups.ts), each titled for print. */
function groupsOf(list: InvitationList, groupBy: ParticipantGrouping): ParticipantGroup[] {
  const label = categoryLabels(list)
  return buildGroups(list.invitees, groupBy, '').map((group) => ({
    title:
      groupBy === 'category'
        ? label(group.key as ParticipantCategory)
        : group.key === ''
          ? s.noOrganisation
          : group.label,
    rows: group.rows.map((row) => rowOf(row.invitee)),
  }))
}

/** The model from the meeting's head and its invitation list: pure. */
export function participantsModelOf(
  head: MeetingHead,
  list: InvitationList,
  groupBy: ParticipantGrouping,
): ParticipantsModel {
  return {
    head,
    groupBy,
    counts: {
      byCategory: list.counts.byCategory,
      total: list.counts.total,
      municipalities: list.counts.municipalities,
    },
    groups: groupsOf(list, groupBy),
  }
}

// ---- the document -------------------------------------------------------------------------------

function countsTable(counts: ParticipantsModel['counts'], look: Look) {
  const c = s.countColumns
  const number = (n: number, bold = false) => [run(String(n), { bold })]
  const row = (r: CountRow, bold = false) => [
    [run(r.label, { bold })],
    number(r.invited, bold),
    number(r.coming, bold),
    number(r.declined, bold),
    number(r.present, bold),
  ]
  return dataTable(
    [
      { title: c.role, weight: 5 },
      { title: c.invited, weight: 2, alignment: 'right' },
      { title: c.coming, weight: 1.6, alignment: 'right' },
      { title: c.declined, weight: 1.6, alignment: 'right' },
      { title: c.present, weight: 1.6, alignment: 'right' },
    ],
    [...counts.byCategory.map((r) => row(r)), row({ ...counts.total, label: s.total }, true)],
    { look },
  )
}

/** "Kommer", "Forfall (sykdom)", "Ikke svart". */
function statusText(row: ParticipantRow): string {
  if (row.status === 'declined' && row.declineReason.trim() !== '') {
    return format(s.declinedWithReason, { reason: row.declineReason.trim() })
  }
  return exportText.status[row.status]
}

/** The name, and under it whom the person stands in for or goes with. */
function nameCell(row: ParticipantRow, look: Look): ParagraphChild[] {
  const cell: ParagraphChild[] = [run(row.name)]
  if (row.standsInFor) {
    cell.push(run(format(s.standsInFor, { name: row.standsInFor }), { breakBefore: true, colour: look.muted }))
  }
  if (row.companionOf) {
    cell.push(run(format(s.companionOf, { name: row.companionOf }), { breakBefore: true, colour: look.muted }))
  }
  return cell
}

/** Grouped by role, the organisation is not in the heading, so it goes under the title. */
function roleCell(row: ParticipantRow, groupBy: ParticipantGrouping, look: Look): ParagraphChild[] {
  const cell: ParagraphChild[] = [run(row.role)]
  if (groupBy === 'category' && row.organisation !== '') {
    cell.push(run(row.organisation, { breakBefore: row.role !== '', colour: look.muted }))
  }
  return cell
}

function groupTable(group: ParticipantGroup, groupBy: ParticipantGrouping, look: Look) {
  const c = s.columns
  return dataTable(
    [
      { title: c.name, weight: 3.4 },
      { title: c.role, weight: 4 },
      { title: c.status, weight: 2.6 },
      { title: c.attendance, weight: 1.8 },
    ],
    group.rows.map((r) => [
      nameCell(r, look),
      roleCell(r, groupBy, look),
      statusText(r),
      exportText.attendance[r.attendance],
    ]),
    { look },
  )
}

export const participantsTitle = (model: ParticipantsModel) =>
  format(s.metaTitle, { code: model.head.bodyShortCode, date: formatDate(model.head.date) })

/** The list's content: pure, from the model alone. */
export function participantSections(model: ParticipantsModel, look: Look = neutralLook): FileChild[] {
  const out: FileChild[] = [title(s.title), keyValueTable(meetingRows(model.head), { look }), tableGap()]

  out.push(heading(1, s.overview), countsTable(model.counts, look), tableGap())
  const { represented, total, missing } = model.counts.municipalities
  if (total > 0) {
    out.push(paragraph(format(s.municipalities, { represented, total })))
    if (missing.length > 0) out.push(paragraph(format(s.missing, { names: missing.join(', ') })))
  }

  out.push(heading(1, s.list))
  if (model.groups.length === 0) out.push(note(s.none))
  for (const group of model.groups) {
    out.push(heading(2, group.title), groupTable(group, model.groupBy, look), tableGap())
  }
  return out
}

export function planParticipants(maker: Maker, model: ParticipantsModel): Planned {
  return planMeetingDocument(maker, model.head, s, participantsTitle(model), model, () =>
    participantSections(model, maker.look),
  )
}
