import { sql, type Kysely } from 'kysely'
import type { Database } from '../schema'

/** Every foreign key in the schema, as (table, column): what a delete must look at first. */
type ForeignKey =
  | ['organisation', 'region_id']
  | ['body', 'region_id']
  | ['membership', 'represents_region_id']
  | ['person', 'organisation_id']
  | ['role', 'organisation_id']
  | ['membership', 'represents_organisation_id']
  | ['role_holding', 'person_id']
  | ['role_holding', 'role_id']
  | ['membership', 'person_id']
  | ['membership', 'role_id']
  | ['membership', 'body_id']
  | ['membership_deputy', 'person_id']
  | ['membership_deputy', 'role_id']
  | ['body', 'secretary_person_id']
  | ['body', 'parent_body_id']

/** How many rows refer to `id` through one foreign key. */
export async function countReferences(db: Kysely<Database>, [table, column]: ForeignKey, id: number) {
  const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} where ${sql.ref(
    column,
  )} = ${id}`.execute(db)
  return Number(rows[0]?.n ?? 0)
}
