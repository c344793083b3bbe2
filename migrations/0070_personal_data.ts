import type { Kysely } from 'kysely'

/**
 * Personal data (GDPR): a person can be restricted (sperret: kept, but not used for new work)
 * or have their personal data erased (the row stays, pseudonymised, so the history that points
 * at it still reads). Both are dated; the reason for a restriction is the user's own words.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('person').addColumn('restricted_at', 'text').execute()
  await db.schema
    .alterTable('person')
    .addColumn('restriction_reason', 'text', (c) => c.notNull().defaultTo(''))
    .execute()
  await db.schema.alterTable('person').addColumn('erased_at', 'text').execute()
}
