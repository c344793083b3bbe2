import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { ParsedWorkspaceFile } from '../../workspace-file/format'

/** Empties the invitation tables, children first. */
export async function clearInvitationTables(trx: Kysely<Database>): Promise<void> {
  for (const table of ['invitation_change', 'invitation', 'substitute_rule', 'invitation_rule'] as const) {
    await trx.deleteFrom(table).execute()
  }
}

const chunkSize = 400
async function inChunks<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += chunkSize) await insert(rows.slice(i, i + chunkSize))
}
const bit = (v: boolean) => (v ? 1 : 0)

/**
 * Writes the file's invitation lists (checked already). A version 3 file kept attendance apart:
 * each entry becomes an invitation on the list as sent, present or absent.
 */
export async function insertInvitationLists(trx: Kysely<Database>, file: ParsedWorkspaceFile): Promise<void> {
  await inChunks(
    file.invitationRules.map((r) => ({
      id: r.id,
      body_id: r.bodyId,
      meeting_id: r.meetingId,
      position: r.position,
      kind: r.kind,
      label: r.label,
      member_body_id: r.memberBodyId,
      role_kinds: r.roleKinds.join(','),
      role_id: r.roleId,
      organisation_id: r.organisationId,
      organisation_kind: r.organisationKind,
      region_id: r.regionId,
      person_id: r.personId,
    })),
    (c) => trx.insertInto('invitation_rule').values(c).execute(),
  )
  await inChunks(
    file.substituteRules.map((r) => ({
      id: r.id,
      body_id: r.bodyId,
      meeting_id: r.meetingId,
      kind: r.kind,
      label: r.label,
      role_kind: r.roleKind,
      organisation_id: r.organisationId,
      substitute_role_kind: r.substituteRoleKind,
      substitute_person_id: r.substitutePersonId,
      companions: r.companions,
    })),
    (c) => trx.insertInto('substitute_rule').values(c).execute(),
  )
  const invited = new Set(file.invitations.map((i) => `${i.meetingId}/${i.personId}`))
  const fromAttendance = file.attendance
    .filter((a) => !invited.has(`${a.meetingId}/${a.personId}`))
    .map((a) => ({
      meeting_id: a.meetingId,
      person_id: a.personId,
      source: 'rule',
      attendance: a.present ? 'present' : 'absent',
      on_sent_list: 1,
    }))
  await inChunks(
    file.invitations.map((i) => ({
      meeting_id: i.meetingId,
      person_id: i.personId,
      source: i.source,
      stands_in_for_person_id: i.standsInForPersonId,
      companion_of_person_id: i.companionOfPersonId,
      status: i.status,
      status_date: i.statusDate,
      decline_reason: i.declineReason,
      attendance: i.attendance,
      arrived_at_item_id: i.arrivedAtItemId,
      left_after_item_id: i.leftAfterItemId,
      host: bit(i.host),
      on_sent_list: bit(i.onSentList),
    })),
    (c) => trx.insertInto('invitation').values(c).execute(),
  )
  await inChunks(fromAttendance, (c) => trx.insertInto('invitation').values(c).execute())
  await inChunks(
    file.invitationChanges.map((c) => ({
      id: c.id,
      meeting_id: c.meetingId,
      person_id: c.personId,
      change: c.change,
      description: c.description,
      changed_at: c.changedAt,
    })),
    (c) => trx.insertInto('invitation_change').values(c).execute(),
  )
  for (const b of file.bodyInvitationSettings) {
    await trx
      .updateTable('body')
      .set({ quorum: b.quorum, item_attendance: bit(b.itemAttendance) })
      .where('id', '=', b.bodyId)
      .execute()
  }
}
