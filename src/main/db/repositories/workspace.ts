import { sql, type Kysely } from 'kysely'
import type { ParsedWorkspaceFile } from '../../workspace-file/format'
import type { Database } from '../schema'
import { writeStandardItems } from './bodies'
import { setSetting } from './settings'
import { clearCaseTables, insertCaseLists } from './workspace-cases'
import { clearInvitationTables, insertInvitationLists } from './workspace-invitations'
import { clearPlanTables, insertPlanLists } from './workspace-plans'

// SQLite allows 32 766 bound values a statement; 500 rows of a dozen columns stay well below.
const chunkSize = 500

async function inChunks<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += chunkSize) await insert(rows.slice(i, i + chunkSize))
}

/**
 * Replaces the whole workspace with a checked workspace file. Run it inside a transaction: the
 * foreign keys are checked at commit, so rows may arrive in any order (a body before its parent).
 * Tables are cleared children first, so no RESTRICT key sees its parent go.
 */
export async function replaceWorkspace(trx: Kysely<Database>, file: ParsedWorkspaceFile, now: string) {
  await sql`pragma defer_foreign_keys = on`.execute(trx)
  const local = await localArchiveSettings(trx)
  // Plans, invitations, cases and agendas first: they refer to meetings, bodies and people
  // (several keys RESTRICT), and plans to cases.
  await clearPlanTables(trx)
  await clearInvitationTables(trx)
  await clearCaseTables(trx)
  for (const table of [
    'cycle_item',
    'meeting_move',
    'meeting',
    'body_rhythm',
    'membership_deputy',
    'membership',
    'role_holding',
    'body',
    'role',
    'person',
    'organisation',
    'region',
  ] as const) {
    await trx.deleteFrom(table).execute()
  }
  const stamps = { created_at: now, updated_at: now }
  await inChunks(file.regions, (c) => trx.insertInto('region').values(c).execute())
  await inChunks(
    file.organisations.map((o) => ({
      id: o.id,
      name: o.name,
      short_name: o.shortName,
      kind: o.kind,
      region_id: o.regionId,
      notes: o.notes,
      ...stamps,
    })),
    (c) => trx.insertInto('organisation').values(c).execute(),
  )
  await inChunks(
    file.people.map((p) => ({
      id: p.id,
      name: p.name,
      title: p.title,
      organisation_id: p.organisationId,
      email: p.email,
      phone: p.phone,
      notes: p.notes,
      restricted_at: p.restrictedAt ?? null,
      restriction_reason: p.restrictionReason ?? '',
      erased_at: p.erasedAt ?? null,
      ...stamps,
    })),
    (c) => trx.insertInto('person').values(c).execute(),
  )
  await inChunks(
    file.roles.map((r) => ({
      id: r.id,
      title: r.title,
      kind: r.kind,
      organisation_id: r.organisationId,
      seats: r.seats,
      ...stamps,
    })),
    (c) => trx.insertInto('role').values(c).execute(),
  )
  await inChunks(
    file.holdings.map((h) => ({
      id: h.id,
      role_id: h.roleId,
      person_id: h.personId,
      from_date: h.fromDate,
      to_date: h.toDate,
    })),
    (c) => trx.insertInto('role_holding').values(c).execute(),
  )
  await inChunks(
    file.bodies.map((b) => ({
      id: b.id,
      name: b.name,
      short_code: b.shortCode,
      level: b.level,
      parent_body_id: b.parentBodyId,
      region_id: b.regionId,
      case_label_format: b.caseLabelFormat,
      default_place: b.defaultPlace,
      default_duration_minutes: b.defaultDurationMinutes,
      secretary_person_id: b.secretaryPersonId,
      notes: b.notes,
      case_deadline_working_days: b.caseDeadlineWorkingDays,
      notice_days: b.noticeDays,
      minutes_working_days: b.minutesWorkingDays,
      assessment_title: b.assessmentTitle,
      standard_items: writeStandardItems(b.standardItems),
      postponed_keeps_number: b.postponedKeepsNumber ? 1 : 0,
      ...stamps,
    })),
    (c) => trx.insertInto('body').values(c).execute(),
  )
  await local.restore()
  await inChunks(
    file.memberships.map((m) => ({
      id: m.id,
      body_id: m.bodyId,
      person_id: m.personId,
      role_id: m.roleId,
      function: m.function,
      represents_organisation_id: m.representsOrganisationId,
      represents_region_id: m.representsRegionId,
      from_date: m.fromDate,
      to_date: m.toDate,
      notes: m.notes,
    })),
    (c) => trx.insertInto('membership').values(c).execute(),
  )
  await inChunks(
    file.memberships.flatMap((m) =>
      m.deputies.map((d) => ({ membership_id: m.id, position: d.position, person_id: d.personId, role_id: d.roleId })),
    ),
    (c) => trx.insertInto('membership_deputy').values(c).execute(),
  )
  await inChunks(
    file.meetings.map((m) => ({
      id: m.id,
      body_id: m.bodyId,
      date: m.date,
      start_time: m.startTime,
      end_time: m.endTime,
      place: m.place,
      video_link: m.videoLink,
      kind: m.kind,
      status: m.status,
      notes: m.notes,
      notice_sent_at: m.noticeSentAt,
      uid: m.uid,
      sequence: m.sequence,
      case_deadline_working_days: m.caseDeadlineWorkingDays,
      notice_days: m.noticeDays,
      minutes_working_days: m.minutesWorkingDays,
      number: m.number,
      origin: m.origin,
      minutes_approved_at: m.minutesApprovedAt,
      minutes_approved_in_meeting_id: m.minutesApprovedInMeetingId,
      ...stamps,
    })),
    (c) => trx.insertInto('meeting').values(c).execute(),
  )
  await inChunks(
    file.meetingMoves.map((mv) => ({
      meeting_id: mv.meetingId,
      from_date: mv.fromDate,
      from_start: mv.fromStart,
      to_date: mv.toDate,
      to_start: mv.toStart,
      after_notice: mv.afterNotice ? 1 : 0,
      moved_at: mv.movedAt,
    })),
    (c) => trx.insertInto('meeting_move').values(c).execute(),
  )
  await inChunks(
    file.rhythms.map((r) => ({
      id: r.id,
      body_id: r.bodyId,
      weekday: r.weekday,
      ordinal: r.ordinal,
      months: JSON.stringify(r.months),
      start_time: r.startTime,
      end_time: r.endTime,
      place: r.place,
      kind: r.kind,
    })),
    (c) => trx.insertInto('body_rhythm').values(c).execute(),
  )
  await inChunks(
    file.cycleItems.map((i) => ({
      id: i.id,
      title: i.title,
      body_id: i.bodyId,
      category: i.category,
      responsible: i.responsible,
      timing: i.timing,
      month: i.month,
      week: i.week,
      anchor: i.anchor,
      anchor_date: i.anchorDate,
      prerequisite_body_ids: JSON.stringify(i.prerequisiteBodyIds),
      notes: i.notes,
    })),
    (c) => trx.insertInto('cycle_item').values(c).execute(),
  )
  await insertCaseLists(trx, file)
  await insertInvitationLists(trx, file)
  await insertPlanLists(trx, file)
  await setSetting(trx, 'workspace.name', file.workspace.name)
}

/**
 * Where this machine files each body's documents, and the record of what it filed, are local:
 * not in the file. They are kept for the bodies that come back with the same id.
 */
async function localArchiveSettings(trx: Kysely<Database>) {
  const folders = await trx
    .selectFrom('body')
    .select(['id', 'archive_folder'])
    .where('archive_folder', '!=', '')
    .execute()
  const filed = await trx
    .selectFrom('archive_record')
    .select(['id', 'body_id'])
    .where('body_id', 'is not', null)
    .execute()
  return {
    restore: async () => {
      const bodies = new Set((await trx.selectFrom('body').select('id').execute()).map((b) => b.id))
      for (const f of folders.filter((f) => bodies.has(f.id))) {
        await trx.updateTable('body').set({ archive_folder: f.archive_folder }).where('id', '=', f.id).execute()
      }
      for (const r of filed.filter((r) => r.body_id !== null && bodies.has(r.body_id))) {
        await trx.updateTable('archive_record').set({ body_id: r.body_id }).where('id', '=', r.id).execute()
      }
    },
  }
}
