import { sql, type Kysely } from 'kysely'
import type { Database } from '../schema'

/**
 * The foreign keys a delete must look at first, as (table, column). Keys that cascade (a body's
 * rhythms, a membership's deputies, a meeting's moves) go with their owner and are not listed.
 */
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
  | ['meeting', 'body_id']
  | ['cycle_item', 'body_id']
  | ['case_item', 'body_id']
  | ['invitation', 'person_id']
  | ['invitation_rule', 'person_id']
  | ['substitute_rule', 'substitute_person_id']
  | ['case_item', 'officer_person_id']
  | ['invitation_rule', 'member_body_id']
  | ['invitation_rule', 'role_id']
  | ['invitation_rule', 'organisation_id']
  | ['invitation_rule', 'region_id']
  | ['substitute_rule', 'organisation_id']
  | ['action_plan', 'owner_body_id']
  | ['plan_node', 'responsible_organisation_id']
  | ['plan_node', 'responsible_body_id']
  | ['plan_node', 'responsible_person_id']
  | ['plan_input', 'from_body_id']
  | ['plan_input', 'person_id']

/** How many yearly items name a body among those that must handle a matter first. */
export async function countPrerequisiteUses(db: Kysely<Database>, bodyId: number): Promise<number> {
  const rows = await db.selectFrom('cycle_item').select('prerequisite_body_ids').execute()
  return rows.filter((r) => (JSON.parse(r.prerequisite_body_ids) as number[]).includes(bodyId)).length
}

/** How many rows refer to `id` through one foreign key. */
export async function countReferences(db: Kysely<Database>, [table, column]: ForeignKey, id: number) {
  const { rows } = await sql<{ n: number }>`select count(*) as n from ${sql.table(table)} where ${sql.ref(
    column,
  )} = ${id}`.execute(db)
  return Number(rows[0]?.n ?? 0)
}
