import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import type { IcsPerson } from '../calendar/ics'

/**
 * The body's secretary with an e-mail address: the invitation's ORGANIZER and the draft's sender,
 * where the replies go. Null when the body has no secretary or the secretary has no address.
 */
export async function organizerOf(db: Kysely<Database>, bodyId: number): Promise<IcsPerson | null> {
  const row = await db
    .selectFrom('body')
    .innerJoin('person', 'person.id', 'body.secretary_person_id')
    .select(['person.name', 'person.email'])
    .where('body.id', '=', bodyId)
    .executeTakeFirst()
  return row && row.email.trim() !== '' ? { name: row.name, email: row.email.trim() } : null
}
