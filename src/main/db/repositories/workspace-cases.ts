import { sql, type Kysely } from 'kysely'
import type { ParsedWorkspaceFile } from '../../workspace-file/format'
import type { Database } from '../schema'
import { indexCase } from './case-search'

/**
 * The case tables of a whole-workspace replace, children first. Left in place they would point
 * at meetings, bodies and people that are gone, and the deferred keys would refuse the commit.
 * Clearing them before the register means no RESTRICT key (agenda item -> meeting and case,
 * case -> matter and body) ever sees its parent go, deferred or not. Attendance of version 3
 * files is written with the invitations (`workspace-invitations.ts`).
 */
export const caseTablesInDeleteOrder = [
  'follow_up',
  'minutes_correction',
  'case_number',
  'notice_record',
  'agenda_item',
  'case_link',
  'case_attachment',
  'case_item',
  'matter',
] as const

export async function clearCaseTables(trx: Kysely<Database>) {
  for (const table of caseTablesInDeleteOrder) await trx.deleteFrom(table).execute()
  await sql`delete from case_search`.execute(trx)
}

// SQLite allows 32 766 bound values a statement; 500 rows of twenty columns stay well below.
const chunkSize = 500

async function inChunks<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += chunkSize) await insert(rows.slice(i, i + chunkSize))
}

const bit = (value: boolean) => (value ? 1 : 0)

/** Writes the file's case lists (checked already) and builds the search index for every case. */
export async function insertCaseLists(trx: Kysely<Database>, file: ParsedWorkspaceFile) {
  await inChunks(
    file.matters.map((m) => ({ id: m.id, created_at: m.createdAt })),
    (c) => trx.insertInto('matter').values(c).execute(),
  )
  await inChunks(
    file.cases.map((c) => ({
      id: c.id,
      matter_id: c.matterId,
      body_id: c.bodyId,
      title: c.title,
      kind: c.kind,
      status: c.status,
      officer_person_id: c.officerPersonId,
      archive_ref: c.archiveRef,
      background: JSON.stringify(c.sections.background),
      facts: JSON.stringify(c.sections.facts),
      assessment: JSON.stringify(c.sections.assessment),
      proposal: JSON.stringify(c.sections.proposal),
      forwarded_from_id: c.forwardedFromId,
      created_at: c.createdAt,
      updated_at: c.updatedAt,
    })),
    (c) => trx.insertInto('case_item').values(c).execute(),
  )
  await inChunks(
    file.attachments.map((a) => ({
      id: a.id,
      case_id: a.caseId,
      position: a.position,
      title: a.title,
      file_name: a.fileName,
      mime_type: a.mimeType,
      size: a.size,
      sha256: a.sha256,
      added_at: a.addedAt,
    })),
    (c) => trx.insertInto('case_attachment').values(c).execute(),
  )
  // Stored once, smaller id first (the table's check says so).
  await inChunks(
    file.caseLinks.map((l) => ({
      case_id: Math.min(l.caseId, l.linkedCaseId),
      linked_case_id: Math.max(l.caseId, l.linkedCaseId),
    })),
    (c) => trx.insertInto('case_link').values(c).execute(),
  )
  await inChunks(
    file.agendaItems.map((i) => ({
      id: i.id,
      meeting_id: i.meetingId,
      position: i.position,
      kind: i.kind,
      case_id: i.caseId,
      standard_key: i.standardKey,
      title: i.title,
      numbered: bit(i.numbered),
      number: i.number,
      late: bit(i.late),
      withdrawn_at: i.withdrawnAt,
      postponed_at: i.postponedAt,
      postponed_to_meeting_id: i.postponedToMeetingId,
      programme_kind: i.programmeKind,
      duration_minutes: i.durationMinutes,
      speaker: i.speaker,
      presenter: i.presenter,
      summary: i.summary,
      decision: i.decision === null ? null : JSON.stringify(i.decision),
    })),
    (c) => trx.insertInto('agenda_item').values(c).execute(),
  )
  await inChunks(
    file.caseNumbers.map((n) => ({
      body_id: n.bodyId,
      year: n.year,
      sequence: n.sequence,
      agenda_item_id: n.agendaItemId,
      fixed_at: n.fixedAt,
    })),
    (c) => trx.insertInto('case_number').values(c).execute(),
  )
  await inChunks(
    file.notices.map((n) => ({
      id: n.id,
      meeting_id: n.meetingId,
      kind: n.kind,
      sent_at: n.sentAt,
      agenda: JSON.stringify(n.agenda),
    })),
    (c) => trx.insertInto('notice_record').values(c).execute(),
  )
  await inChunks(
    file.followUps.map((f) => ({
      id: f.id,
      agenda_item_id: f.agendaItemId,
      what: f.what,
      responsible: f.responsible,
      due_date: f.dueDate,
      done_at: f.doneAt,
      created_at: f.createdAt,
    })),
    (c) => trx.insertInto('follow_up').values(c).execute(),
  )
  await inChunks(
    file.minutesCorrections.map((c) => ({
      id: c.id,
      meeting_id: c.meetingId,
      agenda_item_id: c.agendaItemId,
      reason: c.reason,
      before: c.before,
      after: c.after,
      corrected_at: c.correctedAt,
    })),
    (c) => trx.insertInto('minutes_correction').values(c).execute(),
  )
  // The index holds folded text the file does not carry: built here, the way the app keeps it.
  for (const c of file.cases) await indexCase(trx, c.id)
}
