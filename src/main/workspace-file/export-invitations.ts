import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { ruleFromRow, substituteRuleFromRow } from '../db/repositories/invitation-rules'
import type { AttendanceValue, InvitationSource, RsvpStatus } from '../../shared/invitations'

/** Reads the invitation tables into the file format, ordered so two exports of one state are equal. */
export async function exportInvitationLists(db: Kysely<Database>) {
  const [rules, subs, invitations, changes, bodies] = await Promise.all([
    db.selectFrom('invitation_rule').selectAll().orderBy('id').execute(),
    db.selectFrom('substitute_rule').selectAll().orderBy('id').execute(),
    db.selectFrom('invitation').selectAll().orderBy('meeting_id').orderBy('person_id').execute(),
    db.selectFrom('invitation_change').selectAll().orderBy('id').execute(),
    db
      .selectFrom('body')
      .select(['id', 'quorum', 'item_attendance'])
      .where((eb) => eb.or([eb('quorum', 'is not', null), eb('item_attendance', '=', 1)]))
      .orderBy('id')
      .execute(),
  ])
  return {
    invitationRules: rules.map(ruleFromRow),
    substituteRules: subs.map(substituteRuleFromRow),
    invitations: invitations.map((i) => ({
      meetingId: i.meeting_id,
      personId: i.person_id,
      source: i.source as InvitationSource,
      standsInForPersonId: i.stands_in_for_person_id,
      companionOfPersonId: i.companion_of_person_id,
      status: i.status as RsvpStatus | 'removed',
      statusDate: i.status_date,
      declineReason: i.decline_reason,
      attendance: i.attendance as AttendanceValue,
      arrivedAtItemId: i.arrived_at_item_id,
      leftAfterItemId: i.left_after_item_id,
      host: i.host === 1,
      onSentList: i.on_sent_list === 1,
    })),
    invitationChanges: changes.map((c) => ({
      id: c.id,
      meetingId: c.meeting_id,
      personId: c.person_id,
      change: c.change as 'added' | 'removed',
      description: c.description,
      changedAt: c.changed_at,
    })),
    bodyInvitationSettings: bodies.map((b) => ({
      bodyId: b.id,
      quorum: b.quorum,
      itemAttendance: b.item_attendance === 1,
    })),
  }
}
