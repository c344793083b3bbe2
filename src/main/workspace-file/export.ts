import type { Kysely } from 'kysely'
import type { WorkspaceCounts } from '../../shared/workspace'
import type { Database } from '../db/schema'
import { listRhythms } from '../db/repositories/rhythms'
import { getSetting } from '../db/repositories/settings'
import { workspaceFileFormat, workspaceFileVersion, type ParsedWorkspaceFile, type WorkspaceFile } from './format'

/** Reads every table into the file format, ordered by id so two exports of one state are equal. */
export async function exportWorkspace(
  db: Kysely<Database>,
  exportedAt: string,
  appVersion: string,
): Promise<WorkspaceFile> {
  const [
    regions,
    organisations,
    people,
    roles,
    holdings,
    bodies,
    memberships,
    deputies,
    meetings,
    moves,
    rhythms,
    items,
  ] = await Promise.all([
    db.selectFrom('region').selectAll().orderBy('id').execute(),
    db.selectFrom('organisation').selectAll().orderBy('id').execute(),
    db.selectFrom('person').selectAll().orderBy('id').execute(),
    db.selectFrom('role').selectAll().orderBy('id').execute(),
    db.selectFrom('role_holding').selectAll().orderBy('id').execute(),
    db.selectFrom('body').selectAll().orderBy('id').execute(),
    db.selectFrom('membership').selectAll().orderBy('id').execute(),
    db.selectFrom('membership_deputy').selectAll().orderBy('membership_id').orderBy('position').execute(),
    db.selectFrom('meeting').selectAll().orderBy('id').execute(),
    db.selectFrom('meeting_move').selectAll().orderBy('id').execute(),
    listRhythms(db),
    db.selectFrom('cycle_item').selectAll().orderBy('id').execute(),
  ])
  return {
    format: workspaceFileFormat,
    version: workspaceFileVersion,
    exportedAt,
    appVersion,
    workspace: { name: (await getSetting(db, 'workspace.name')) ?? '' },
    regions: regions.map((r) => ({ id: r.id, name: r.name })),
    organisations: organisations.map((o) => ({
      id: o.id,
      name: o.name,
      shortName: o.short_name,
      kind: o.kind as WorkspaceFile['organisations'][number]['kind'],
      regionId: o.region_id,
      notes: o.notes,
    })),
    people: people.map((p) => ({
      id: p.id,
      name: p.name,
      title: p.title,
      organisationId: p.organisation_id,
      email: p.email,
      phone: p.phone,
      notes: p.notes,
    })),
    roles: roles.map((r) => ({
      id: r.id,
      title: r.title,
      kind: r.kind as WorkspaceFile['roles'][number]['kind'],
      organisationId: r.organisation_id,
      seats: r.seats,
    })),
    holdings: holdings.map((h) => ({
      id: h.id,
      roleId: h.role_id,
      personId: h.person_id,
      fromDate: h.from_date,
      toDate: h.to_date,
    })),
    bodies: bodies.map((b) => ({
      id: b.id,
      name: b.name,
      shortCode: b.short_code,
      level: b.level as WorkspaceFile['bodies'][number]['level'],
      parentBodyId: b.parent_body_id,
      regionId: b.region_id,
      caseLabelFormat: b.case_label_format,
      defaultPlace: b.default_place,
      defaultDurationMinutes: b.default_duration_minutes,
      secretaryPersonId: b.secretary_person_id,
      notes: b.notes,
      caseDeadlineWorkingDays: b.case_deadline_working_days,
      noticeDays: b.notice_days,
      minutesWorkingDays: b.minutes_working_days,
    })),
    memberships: memberships.map((m) => ({
      id: m.id,
      bodyId: m.body_id,
      personId: m.person_id,
      roleId: m.role_id,
      function: m.function as WorkspaceFile['memberships'][number]['function'],
      representsOrganisationId: m.represents_organisation_id,
      representsRegionId: m.represents_region_id,
      fromDate: m.from_date,
      toDate: m.to_date,
      notes: m.notes,
      deputies: deputies
        .filter((d) => d.membership_id === m.id)
        .map((d) => ({ position: d.position, personId: d.person_id, roleId: d.role_id })),
    })),
    meetings: meetings.map((m) => ({
      id: m.id,
      bodyId: m.body_id,
      date: m.date,
      startTime: m.start_time,
      endTime: m.end_time,
      place: m.place,
      videoLink: m.video_link,
      kind: m.kind as ParsedWorkspaceFile['meetings'][number]['kind'],
      status: m.status as ParsedWorkspaceFile['meetings'][number]['status'],
      notes: m.notes,
      noticeSentAt: m.notice_sent_at,
      uid: m.uid,
      sequence: m.sequence,
      caseDeadlineWorkingDays: m.case_deadline_working_days,
      noticeDays: m.notice_days,
      minutesWorkingDays: m.minutes_working_days,
    })),
    meetingMoves: moves.map((mv) => ({
      meetingId: mv.meeting_id,
      fromDate: mv.from_date,
      fromStart: mv.from_start,
      toDate: mv.to_date,
      toStart: mv.to_start,
      afterNotice: mv.after_notice === 1,
      movedAt: mv.moved_at,
    })),
    rhythms,
    cycleItems: items.map((i) => ({
      id: i.id,
      title: i.title,
      bodyId: i.body_id,
      category: i.category,
      responsible: i.responsible,
      timing: i.timing as ParsedWorkspaceFile['cycleItems'][number]['timing'],
      month: i.month,
      anchor: i.anchor as ParsedWorkspaceFile['cycleItems'][number]['anchor'],
      anchorDate: i.anchor_date,
      prerequisiteBodyIds: JSON.parse(i.prerequisite_body_ids) as number[],
      notes: i.notes,
    })),
  }
}

export function countsOf(file: Pick<WorkspaceFile, keyof WorkspaceCounts>): WorkspaceCounts {
  return {
    regions: file.regions.length,
    organisations: file.organisations.length,
    people: file.people.length,
    roles: file.roles.length,
    holdings: file.holdings.length,
    bodies: file.bodies.length,
    memberships: file.memberships.length,
  }
}
