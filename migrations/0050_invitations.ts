import { sql, type Kysely } from 'kysely'

/**
 * Invitation lists with substitute rules, RSVPs and attendance. Who is invited is worked out
 * from rules (a body's defaults plus a meeting's own) at the meeting's date, so a new mayor is
 * invited without anyone editing a list. What is stored is what people answered and did, and,
 * once the notice is sent, the list as it went out, so later changes are recorded, not silent.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Who a meeting invites. Exactly one of body_id (the body's default for every meeting) and
  // meeting_id (this meeting only). kind: members | roles | person.
  await db.schema
    .createTable('invitation_rule')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('body_id', 'integer', (c) => c.references('body.id').onDelete('cascade'))
    .addColumn('meeting_id', 'integer', (c) => c.references('meeting.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
    // members: whose members (another body's, e.g. SSU invited to the partnership meeting).
    .addColumn('member_body_id', 'integer', (c) => c.references('body.id').onDelete('restrict'))
    // roles: role kinds, comma separated ("ordforer,fylkesordforer"), or one role.
    .addColumn('role_kinds', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('role_id', 'integer', (c) => c.references('role.id').onDelete('restrict'))
    // roles: limits, any of them may be null.
    .addColumn('organisation_id', 'integer', (c) => c.references('organisation.id').onDelete('restrict'))
    .addColumn('organisation_kind', 'text')
    .addColumn('region_id', 'integer', (c) => c.references('region.id').onDelete('restrict'))
    .addColumn('person_id', 'integer', (c) => c.references('person.id').onDelete('restrict'))
    .addCheckConstraint('invitation_rule_owner', sql`(body_id is null) <> (meeting_id is null)`)
    .execute()
  await db.schema.createIndex('invitation_rule_body').on('invitation_rule').column('body_id').execute()
  await db.schema.createIndex('invitation_rule_meeting').on('invitation_rule').column('meeting_id').execute()

  // Who stands in and who may come along. kind: roleSubstitute | companion.
  // roleSubstitute: a holder of role_kind (in organisation_id, if set) who declines is replaced by
  // the holder of substitute_role_kind in the same organisation, or by substitute_person_id.
  // companion: a holder of role_kind may bring `companions` people.
  await db.schema
    .createTable('substitute_rule')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('body_id', 'integer', (c) => c.references('body.id').onDelete('cascade'))
    .addColumn('meeting_id', 'integer', (c) => c.references('meeting.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('role_kind', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'integer', (c) => c.references('organisation.id').onDelete('restrict'))
    .addColumn('substitute_role_kind', 'text')
    .addColumn('substitute_person_id', 'integer', (c) => c.references('person.id').onDelete('restrict'))
    .addColumn('companions', 'integer', (c) => c.notNull().defaultTo(0))
    .addCheckConstraint('substitute_rule_owner', sql`(body_id is null) <> (meeting_id is null)`)
    .execute()

  // One row per person and meeting who has any state: an answer, attendance, or a place on the
  // list as sent. source: rule | deputy | substitute | companion.
  await db.schema
    .createTable('invitation')
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('person.id').onDelete('restrict'))
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('stands_in_for_person_id', 'integer', (c) => c.references('person.id').onDelete('restrict'))
    .addColumn('companion_of_person_id', 'integer', (c) => c.references('person.id').onDelete('restrict'))
    // invited | accepted | declined | noAnswer
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('invited'))
    .addColumn('status_date', 'text')
    .addColumn('decline_reason', 'text', (c) => c.notNull().defaultTo(''))
    // unrecorded | present | absent
    .addColumn('attendance', 'text', (c) => c.notNull().defaultTo('unrecorded'))
    .addColumn('arrived_at_item_id', 'integer', (c) => c.references('agenda_item.id').onDelete('set null'))
    .addColumn('left_after_item_id', 'integer', (c) => c.references('agenda_item.id').onDelete('set null'))
    // Table host or contributor (bordvert/medvirkende): counted apart, as seed 003 does.
    .addColumn('host', 'integer', (c) => c.notNull().defaultTo(0))
    // 1 while the person is on the list as sent (set when the notice is sent, or added after).
    .addColumn('on_sent_list', 'integer', (c) => c.notNull().defaultTo(0))
    .addPrimaryKeyConstraint('invitation_pk', ['meeting_id', 'person_id'])
    .addCheckConstraint(
      'invitation_not_self',
      sql`stands_in_for_person_id is null or stands_in_for_person_id <> person_id`,
    )
    .execute()
  // A substitute stands in for one person, and one person has one substitute.
  await db.schema
    .createIndex('invitation_one_substitute')
    .on('invitation')
    .columns(['meeting_id', 'stands_in_for_person_id'])
    .unique()
    .where(sql.ref('stands_in_for_person_id'), 'is not', null)
    .execute()

  // After the notice is sent, every change to the list is recorded here.
  await db.schema
    .createTable('invitation_change')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('person_id', 'integer', (c) => c.references('person.id').onDelete('set null'))
    // added | removed
    .addColumn('change', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute()

  // Quorum (vedtaksdyktighet) and whether arrivals and departures are recorded per item.
  await db.schema.alterTable('body').addColumn('quorum', 'integer').execute()
  await db.schema
    .alterTable('body')
    .addColumn('item_attendance', 'integer', (c) => c.notNull().defaultTo(0))
    .execute()

  // The minutes' present/absent list becomes attendance on the invitation.
  await sql`insert into invitation (meeting_id, person_id, source, attendance, on_sent_list)
    select meeting_id, person_id, 'rule', case when present = 1 then 'present' else 'absent' end, 1
    from attendance`.execute(db)
  await db.schema.dropTable('attendance').execute()
}
