import type { Kysely } from 'kysely'
import type { Database } from '../schema'

/**
 * Who sits in each body on a date: named members, and the holders that day of member roles.
 * Deputies are left out: they come only when called in.
 */
export async function seatedPeople(
  db: Kysely<Database>,
  bodyIds: readonly number[],
  date: string,
): Promise<Map<number, Map<number, string>>> {
  const seated = new Map<number, Map<number, string>>(bodyIds.map((id) => [id, new Map()]))
  if (bodyIds.length === 0) return seated
  const active = (q: ReturnType<typeof base>) =>
    q
      .where('membership.body_id', 'in', [...bodyIds])
      .where('membership.from_date', '<=', date)
      .where((eb) => eb.or([eb('membership.to_date', 'is', null), eb('membership.to_date', '>=', date)]))
  const base = () => db.selectFrom('membership')
  const direct = await active(base())
    .innerJoin('person', 'person.id', 'membership.person_id')
    .select(['membership.body_id as bodyId', 'person.id as personId', 'person.name'])
    .execute()
  const viaRole = await active(base())
    .innerJoin('role_holding', 'role_holding.role_id', 'membership.role_id')
    .innerJoin('person', 'person.id', 'role_holding.person_id')
    .where('role_holding.from_date', '<=', date)
    .where((eb) => eb.or([eb('role_holding.to_date', 'is', null), eb('role_holding.to_date', '>=', date)]))
    .select(['membership.body_id as bodyId', 'person.id as personId', 'person.name'])
    .execute()
  for (const row of [...direct, ...viaRole]) seated.get(row.bodyId)?.set(row.personId, row.name)
  return seated
}
