import type { Kysely } from 'kysely'
import type { RichDoc } from '../../shared/rich-text'
import type { Database } from '../db/schema'
import type { ParsedWorkspaceFile } from './format'

/** The version 3 lists: cases, agendas, numbers, minutes. Ordered by key, so two exports of one state are equal. */

type File = ParsedWorkspaceFile
const doc = (json: string) => JSON.parse(json) as RichDoc

export async function exportCaseLists(db: Kysely<Database>) {
  const [matters, cases, attachments, links, items, numbers, notices, followUps, corrections] = await Promise.all([
    db.selectFrom('matter').selectAll().orderBy('id').execute(),
    db.selectFrom('case_item').selectAll().orderBy('id').execute(),
    db.selectFrom('case_attachment').selectAll().orderBy('id').execute(),
    db.selectFrom('case_link').selectAll().orderBy('case_id').orderBy('linked_case_id').execute(),
    db.selectFrom('agenda_item').selectAll().orderBy('id').execute(),
    db.selectFrom('case_number').selectAll().orderBy('body_id').orderBy('year').orderBy('sequence').execute(),
    db.selectFrom('notice_record').selectAll().orderBy('id').execute(),
    db.selectFrom('follow_up').selectAll().orderBy('id').execute(),
    db.selectFrom('minutes_correction').selectAll().orderBy('id').execute(),
  ])
  return {
    matters: matters.map((m) => ({ id: m.id, createdAt: m.created_at })),
    cases: cases.map((c) => ({
      id: c.id,
      matterId: c.matter_id,
      bodyId: c.body_id,
      title: c.title,
      kind: c.kind as File['cases'][number]['kind'],
      status: c.status as File['cases'][number]['status'],
      officerPersonId: c.officer_person_id,
      archiveRef: c.archive_ref,
      sections: {
        background: doc(c.background),
        facts: doc(c.facts),
        assessment: doc(c.assessment),
        proposal: doc(c.proposal),
      },
      forwardedFromId: c.forwarded_from_id,
      createdAt: c.created_at,
      updatedAt: c.updated_at,
    })),
    attachments: attachments.map((a) => ({
      id: a.id,
      caseId: a.case_id,
      position: a.position,
      title: a.title,
      fileName: a.file_name,
      mimeType: a.mime_type,
      size: a.size,
      sha256: a.sha256,
      addedAt: a.added_at,
    })),
    caseLinks: links.map((l) => ({ caseId: l.case_id, linkedCaseId: l.linked_case_id })),
    agendaItems: items.map((i) => ({
      id: i.id,
      meetingId: i.meeting_id,
      position: i.position,
      kind: i.kind as File['agendaItems'][number]['kind'],
      caseId: i.case_id,
      standardKey: i.standard_key as File['agendaItems'][number]['standardKey'],
      title: i.title,
      numbered: i.numbered === 1,
      number: i.number,
      late: i.late === 1,
      withdrawnAt: i.withdrawn_at,
      postponedAt: i.postponed_at,
      postponedToMeetingId: i.postponed_to_meeting_id,
      programmeKind: i.programme_kind as File['agendaItems'][number]['programmeKind'],
      durationMinutes: i.duration_minutes,
      speaker: i.speaker,
      presenter: i.presenter,
      summary: i.summary,
      decision: i.decision === null ? null : doc(i.decision),
    })),
    caseNumbers: numbers.map((n) => ({
      bodyId: n.body_id,
      year: n.year,
      sequence: n.sequence,
      agendaItemId: n.agenda_item_id,
      fixedAt: n.fixed_at,
    })),
    notices: notices.map((n) => ({
      id: n.id,
      meetingId: n.meeting_id,
      kind: n.kind as File['notices'][number]['kind'],
      sentAt: n.sent_at,
      agenda: JSON.parse(n.agenda) as File['notices'][number]['agenda'],
    })),
    followUps: followUps.map((f) => ({
      id: f.id,
      agendaItemId: f.agenda_item_id,
      what: f.what,
      responsible: f.responsible,
      dueDate: f.due_date,
      doneAt: f.done_at,
      createdAt: f.created_at,
    })),
    minutesCorrections: corrections.map((c) => ({
      id: c.id,
      meetingId: c.meeting_id,
      agendaItemId: c.agenda_item_id,
      reason: c.reason,
      before: c.before,
      after: c.after,
      correctedAt: c.corrected_at,
    })),
  }
}
