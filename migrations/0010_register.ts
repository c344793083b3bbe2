import { sql, type Kysely } from 'kysely'

/**
 * The register: regions, organisations, people, roles and who held them when, bodies and
 * their memberships with deputies. Frozen once landed: change the schema in a new migration.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('region')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull().unique())
    .execute()

  await db.schema
    .createTable('organisation')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('region_id', 'integer', (c) => c.references('region.id').onDelete('restrict'))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('person')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('organisation_id', 'integer', (c) => c.references('organisation.id').onDelete('restrict'))
    .addColumn('email', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('phone', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('role')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'integer', (c) => c.notNull().references('organisation.id').onDelete('restrict'))
    // How many may hold the role at once: 1 for a mayor, 7 for "Styremedlem, SSHF".
    .addColumn('seats', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  // One row per period a person held a role; to_date null means "still holds it".
  await db.schema
    .createTable('role_holding')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('role_id', 'integer', (c) => c.notNull().references('role.id').onDelete('restrict'))
    .addColumn('person_id', 'integer', (c) => c.notNull().references('person.id').onDelete('restrict'))
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text')
    .addCheckConstraint('role_holding_period', sql`to_date is null or to_date >= from_date`)
    .execute()
  await db.schema.createIndex('role_holding_role').on('role_holding').columns(['role_id', 'from_date']).execute()
  await db.schema.createIndex('role_holding_person').on('role_holding').column('person_id').execute()

  await db.schema
    .createTable('body')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_code', 'text', (c) => c.notNull().unique())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('parent_body_id', 'integer', (c) => c.references('body.id').onDelete('restrict'))
    .addColumn('region_id', 'integer', (c) => c.references('region.id').onDelete('restrict'))
    .addColumn('case_label_format', 'text', (c) => c.notNull())
    .addColumn('default_place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('default_duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('secretary_person_id', 'integer', (c) => c.references('person.id').onDelete('restrict'))
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  // A seat is held by a named person or by a role (which follows its holder over time).
  await db.schema
    .createTable('membership')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('body_id', 'integer', (c) => c.notNull().references('body.id').onDelete('restrict'))
    .addColumn('person_id', 'integer', (c) => c.references('person.id').onDelete('restrict'))
    .addColumn('role_id', 'integer', (c) => c.references('role.id').onDelete('restrict'))
    .addColumn('function', 'text', (c) => c.notNull())
    .addColumn('represents_organisation_id', 'integer', (c) => c.references('organisation.id').onDelete('restrict'))
    .addColumn('represents_region_id', 'integer', (c) => c.references('region.id').onDelete('restrict'))
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text')
    .addColumn('notes', 'text', (c) => c.notNull().defaultTo(''))
    .addCheckConstraint('membership_seat', sql`(person_id is null) <> (role_id is null)`)
    .addCheckConstraint('membership_period', sql`to_date is null or to_date >= from_date`)
    .execute()
  await db.schema.createIndex('membership_body').on('membership').column('body_id').execute()
  await db.schema.createIndex('membership_person').on('membership').column('person_id').execute()
  await db.schema.createIndex('membership_role').on('membership').column('role_id').execute()

  // Position 0 is the personal deputy (personlig vara); 1, 2, ... the ordered deputy list.
  await db.schema
    .createTable('membership_deputy')
    .addColumn('membership_id', 'integer', (c) => c.notNull().references('membership.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('person_id', 'integer', (c) => c.references('person.id').onDelete('restrict'))
    .addColumn('role_id', 'integer', (c) => c.references('role.id').onDelete('restrict'))
    .addPrimaryKeyConstraint('membership_deputy_pk', ['membership_id', 'position'])
    .addCheckConstraint('membership_deputy_seat', sql`(person_id is null) <> (role_id is null)`)
    .execute()
  await db.schema.createIndex('membership_deputy_person').on('membership_deputy').column('person_id').execute()
  await db.schema.createIndex('membership_deputy_role').on('membership_deputy').column('role_id').execute()
}
