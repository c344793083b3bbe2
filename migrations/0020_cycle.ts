import { sql, type Kysely } from 'kysely'

/**
 * The yearly cycle: meetings with their life cycle and calendar identity, the moves made after
 * a notice was sent, each body's meeting rhythm and deadline rules, and the yearly items.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Deadline defaults per body; a meeting may override each (null = use the body's).
  await db.schema
    .alterTable('body')
    .addColumn('case_deadline_working_days', 'integer', (c) => c.notNull().defaultTo(10))
    .execute()
  await db.schema
    .alterTable('body')
    .addColumn('notice_days', 'integer', (c) => c.notNull().defaultTo(7))
    .execute()
  await db.schema
    .alterTable('body')
    .addColumn('minutes_working_days', 'integer', (c) => c.notNull().defaultTo(10))
    .execute()

  await db.schema
    .createTable('meeting')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('body_id', 'integer', (c) => c.notNull().references('body.id').onDelete('restrict'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('video_link', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    // Once set, the meeting can be cancelled but never deleted, and moving it is recorded.
    .addColumn('notice_sent_at', 'text')
    // Calendar identity: the UID never changes, SEQUENCE grows with each change that matters.
    .addColumn('uid', 'text', (c) => c.notNull().unique())
    .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('case_deadline_working_days', 'integer')
    .addColumn('notice_days', 'integer')
    .addColumn('minutes_working_days', 'integer')
    // Where a planned meeting came from ("rhythm:4:2027-02-03", "copy:17:2028"), so planning the
    // year again never recreates a meeting that has since been moved.
    .addColumn('origin', 'text')
    // The number in the body's year, fixed when the notice goes out; before that it follows the dates.
    .addColumn('number', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('meeting_times', sql`end_time > start_time`)
    .execute()
  await db.schema.createIndex('meeting_body_date').on('meeting').columns(['body_id', 'date']).execute()
  await db.schema.createIndex('meeting_date').on('meeting').column('date').execute()
  await db.schema.createIndex('meeting_origin').on('meeting').column('origin').execute()

  await db.schema
    .createTable('meeting_move')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('from_start', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text', (c) => c.notNull())
    .addColumn('to_start', 'text', (c) => c.notNull())
    .addColumn('after_notice', 'integer', (c) => c.notNull())
    .addColumn('moved_at', 'text', (c) => c.notNull())
    .execute()

  // "Second Thursday in March and October, 09:00-13:00": weekday 1-7 (Monday first),
  // ordinal 1-4 or -1 for the last one, months as a JSON list.
  await db.schema
    .createTable('body_rhythm')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('body_id', 'integer', (c) => c.notNull().references('body.id').onDelete('cascade'))
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('ordinal', 'integer', (c) => c.notNull())
    .addColumn('months', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) => c.notNull())
    .execute()

  // Yearly items (årshjul activities): placed in a month, or tied to a body's meeting
  // ("OSS' last meeting before 1 December"); prerequisite bodies must handle the matter first.
  await db.schema
    .createTable('cycle_item')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body_id', 'integer', (c) => c.references('body.id').onDelete('restrict'))
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('responsible', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('timing', 'text', (c) => c.notNull())
    .addColumn('month', 'integer')
    .addColumn('week', 'integer')
    .addColumn('anchor', 'text')
    .addColumn('anchor_date', 'text')
    .addColumn('prerequisite_body_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
}
