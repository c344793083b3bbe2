import { sql, type Kysely } from 'kysely'

/**
 * The action plan and its status matrix: plan -> focus areas -> main goals -> sub-goals ->
 * measures, reviewed once a year or more often. Numbers (1, 1.2, 1.2.3) are worked out from
 * positions, never stored, so a reordering renumbers while links keep pointing at the node.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('action_plan')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('period_from', 'integer', (c) => c.notNull())
    .addColumn('period_to', 'integer', (c) => c.notNull())
    .addColumn('owner_body_id', 'integer', (c) => c.notNull().references('body.id').onDelete('restrict'))
    // The strategy the plan implements: a name, a reference or an address.
    .addColumn('strategy', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('action_plan_period', sql`period_to >= period_from`)
    .execute()

  // level: focusArea | mainGoal | subGoal | measure. position orders siblings from 1.
  await db.schema
    .createTable('plan_node')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('action_plan.id').onDelete('cascade'))
    .addColumn('parent_id', 'integer', (c) => c.references('plan_node.id').onDelete('cascade'))
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('responsible_organisation_id', 'integer', (c) => c.references('organisation.id').onDelete('restrict'))
    .addColumn('responsible_body_id', 'integer', (c) => c.references('body.id').onDelete('restrict'))
    .addColumn('responsible_person_id', 'integer', (c) => c.references('person.id').onDelete('restrict'))
    .addColumn('time_frame', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('resources', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('indicator', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('plan_node_plan').on('plan_node').columns(['plan_id', 'parent_id', 'position']).execute()

  // A dated status round, e.g. "Årlig gjennomgang 2025".
  await db.schema
    .createTable('plan_review')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('action_plan.id').onDelete('cascade'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('review_date', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('plan_review_plan').on('plan_review').columns(['plan_id', 'review_date']).execute()

  // status: red | yellow | green | dropped. A measure without a row has no status in that review.
  await db.schema
    .createTable('measure_status')
    .addColumn('review_id', 'integer', (c) => c.notNull().references('plan_review.id').onDelete('cascade'))
    .addColumn('node_id', 'integer', (c) => c.notNull().references('plan_node.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('comment', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('set_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('measure_status_pk', ['review_id', 'node_id'])
    .execute()

  // Input (innspill) from a region's or a body's side, on a node or (node_id null) on the plan.
  await db.schema
    .createTable('plan_input')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('plan_id', 'integer', (c) => c.notNull().references('action_plan.id').onDelete('cascade'))
    .addColumn('node_id', 'integer', (c) => c.references('plan_node.id').onDelete('cascade'))
    .addColumn('review_id', 'integer', (c) => c.references('plan_review.id').onDelete('set null'))
    .addColumn('from_body_id', 'integer', (c) => c.notNull().references('body.id').onDelete('restrict'))
    .addColumn('person_id', 'integer', (c) => c.references('person.id').onDelete('restrict'))
    .addColumn('given_on', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('plan_input_plan').on('plan_input').columns(['plan_id', 'node_id']).execute()

  // A measure points to cases and follow-up actions; a case's decision may say what status the
  // measure should have in the next review (status null: the link only informs).
  await db.schema
    .createTable('plan_link')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('node_id', 'integer', (c) => c.notNull().references('plan_node.id').onDelete('cascade'))
    .addColumn('case_id', 'integer', (c) => c.references('case_item.id').onDelete('cascade'))
    .addColumn('follow_up_id', 'integer', (c) => c.references('follow_up.id').onDelete('cascade'))
    .addColumn('status', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addCheckConstraint('plan_link_target', sql`(case_id is null) <> (follow_up_id is null)`)
    .execute()
  await db.schema.createIndex('plan_link_node').on('plan_link').column('node_id').execute()
}
