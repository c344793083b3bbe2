import { sql, type Kysely } from 'kysely'

/**
 * Cases and their documents, agendas with case numbers, minutes and follow-up. A matter can
 * travel between bodies; each handling is a case with the body's own number. Numbers, once
 * fixed, are kept in a register whose key makes reuse impossible, whatever the code above does.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // How each body runs its agendas.
  await db.schema
    .alterTable('body')
    .addColumn('assessment_title', 'text', (c) => c.notNull().defaultTo('Vurdering'))
    .execute()
  // JSON: which standard items open and close the agenda, and which of them take a case number.
  await db.schema
    .alterTable('body')
    .addColumn('standard_items', 'text', (c) =>
      c
        .notNull()
        .defaultTo(
          '[{"key":"approveNotice","numbered":true},{"key":"approveMinutes","numbered":true},{"key":"anyOther","numbered":false}]',
        ),
    )
    .execute()
  await db.schema
    .alterTable('body')
    .addColumn('postponed_keeps_number', 'integer', (c) => c.notNull().defaultTo(1))
    .execute()

  await db.schema.alterTable('meeting').addColumn('minutes_approved_at', 'text').execute()
  await db.schema.alterTable('meeting').addColumn('minutes_approved_in_meeting_id', 'integer').execute()

  await db.schema
    .createTable('matter')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('case_item')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('matter_id', 'integer', (c) => c.notNull().references('matter.id').onDelete('restrict'))
    .addColumn('body_id', 'integer', (c) => c.notNull().references('body.id').onDelete('restrict'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('officer_person_id', 'integer', (c) => c.references('person.id').onDelete('set null'))
    .addColumn('archive_ref', 'text', (c) => c.notNull().defaultTo(''))
    // The sections as the editor's JSON.
    .addColumn('background', 'text', (c) => c.notNull())
    .addColumn('facts', 'text', (c) => c.notNull())
    .addColumn('assessment', 'text', (c) => c.notNull())
    .addColumn('proposal', 'text', (c) => c.notNull())
    // The handling this one was forwarded from (RS -> SSU): its document was the starting point.
    .addColumn('forwarded_from_id', 'integer', (c) => c.references('case_item.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('case_item_body_status').on('case_item').columns(['body_id', 'status']).execute()
  await db.schema.createIndex('case_item_matter').on('case_item').column('matter_id').execute()

  await db.schema
    .createTable('case_attachment')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('case_item.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    // The file store is content-addressed: the copy is named by its SHA-256.
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('added_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('case_attachment_case').on('case_attachment').column('case_id').execute()

  // A link is stored once, smaller id first, and shown from both ends.
  await db.schema
    .createTable('case_link')
    .addColumn('case_id', 'integer', (c) => c.notNull().references('case_item.id').onDelete('cascade'))
    .addColumn('linked_case_id', 'integer', (c) => c.notNull().references('case_item.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('case_link_pk', ['case_id', 'linked_case_id'])
    .addCheckConstraint('case_link_order', sql`case_id < linked_case_id`)
    .execute()

  await db.schema
    .createTable('agenda_item')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meeting.id').onDelete('restrict'))
    .addColumn('position', 'integer', (c) => c.notNull())
    // case | standard | programme
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('case_id', 'integer', (c) => c.references('case_item.id').onDelete('restrict'))
    .addColumn('standard_key', 'text')
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('numbered', 'integer', (c) => c.notNull())
    // Fixed when the notice is sent (or at once for a late case); null while provisional.
    .addColumn('number', 'integer')
    .addColumn('late', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('withdrawn_at', 'text')
    // Postponed after the notice: the item stays on this agenda, marked, and the case goes on.
    .addColumn('postponed_at', 'text')
    .addColumn('postponed_to_meeting_id', 'integer', (c) => c.references('meeting.id').onDelete('set null'))
    // Programme meetings: what kind of item, how long, who speaks.
    .addColumn('programme_kind', 'text')
    .addColumn('duration_minutes', 'integer')
    .addColumn('speaker', 'text', (c) => c.notNull().defaultTo(''))
    // Minutes.
    .addColumn('presenter', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    // The decision as the editor's JSON; null until written (the proposal stands in until then).
    .addColumn('decision', 'text')
    .execute()
  await db.schema.createIndex('agenda_item_meeting').on('agenda_item').columns(['meeting_id', 'position']).execute()
  // A case is on one meeting's agenda once (nulls are distinct in SQLite: standard items are free).
  await db.schema
    .createIndex('agenda_item_case_once')
    .on('agenda_item')
    .columns(['meeting_id', 'case_id'])
    .unique()
    .execute()
  await db.schema.createIndex('agenda_item_case').on('agenda_item').column('case_id').execute()

  // The register of fixed numbers: the key makes a second use of a number impossible.
  await db.schema
    .createTable('case_number')
    .addColumn('body_id', 'integer', (c) => c.notNull().references('body.id').onDelete('restrict'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('agenda_item_id', 'integer', (c) => c.references('agenda_item.id').onDelete('set null'))
    .addColumn('fixed_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_number_pk', ['body_id', 'year', 'sequence'])
    .execute()

  // What went out with each notice (and each late addition): the agenda as it was sent.
  await db.schema
    .createTable('notice_record')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text', (c) => c.notNull())
    .addColumn('agenda', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('follow_up')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('agenda_item_id', 'integer', (c) => c.notNull().references('agenda_item.id').onDelete('cascade'))
    .addColumn('what', 'text', (c) => c.notNull())
    .addColumn('responsible', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('due_date', 'text')
    .addColumn('done_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('follow_up_item').on('follow_up').column('agenda_item_id').execute()

  await db.schema
    .createTable('attendance')
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('person.id').onDelete('restrict'))
    .addColumn('present', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('attendance_pk', ['meeting_id', 'person_id'])
    .execute()

  // Approved minutes are locked; a later correction is recorded, with its reason.
  await db.schema
    .createTable('minutes_correction')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('meeting_id', 'integer', (c) => c.notNull().references('meeting.id').onDelete('cascade'))
    .addColumn('agenda_item_id', 'integer', (c) => c.references('agenda_item.id').onDelete('set null'))
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('before', 'text', (c) => c.notNull())
    .addColumn('after', 'text', (c) => c.notNull())
    .addColumn('corrected_at', 'text', (c) => c.notNull())
    .execute()

  // Full-text search over titles, sections and decisions. The text is folded by the app the
  // same way as queries (accents off, æ/ø/å kept as letters of their own), so the tokenizer
  // leaves diacritics alone.
  await sql`create virtual table case_search using fts5(title, body, decisions, tokenize = 'unicode61 remove_diacritics 0')`.execute(
    db,
  )
}
