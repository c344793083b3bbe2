import type { Kysely } from 'kysely'
import type { SeatRef, SeatView } from '../../../shared/register'
import type { Database } from '../schema'

/** Resolves person and role references to readable labels, in three queries however many refs. */
export async function seatViews(db: Kysely<Database>, refs: readonly SeatRef[], date: string) {
  const personIds = [...new Set(refs.flatMap((r) => (r.personId === null ? [] : [r.personId])))]
  const roleIds = [...new Set(refs.flatMap((r) => (r.roleId === null ? [] : [r.roleId])))]
  const people = personIds.length
    ? await db.selectFrom('person').select(['id', 'name']).where('id', 'in', personIds).execute()
    : []
  const roles = roleIds.length
    ? await db
        .selectFrom('role')
        .innerJoin('organisation', 'organisation.id', 'role.organisation_id')
        .select(['role.id', 'role.title', 'organisation.name as organisationName'])
        .where('role.id', 'in', roleIds)
        .execute()
    : []
  const holders = roleIds.length
    ? await db
        .selectFrom('role_holding')
        .innerJoin('person', 'person.id', 'role_holding.person_id')
        .select(['role_holding.role_id', 'person.name'])
        .where('role_holding.role_id', 'in', roleIds)
        .where('role_holding.from_date', '<=', date)
        .where((eb) => eb.or([eb('role_holding.to_date', 'is', null), eb('role_holding.to_date', '>=', date)]))
        .orderBy('role_holding.from_date')
        .execute()
    : []
  const personName = new Map(people.map((p) => [p.id, p.name]))
  const roleLabel = new Map(roles.map((r) => [r.id, `${r.title}, ${r.organisationName}`]))
  const holderName = new Map<number, string>()
  for (const h of holders) holderName.set(h.role_id, h.name)

  return (ref: SeatRef): SeatView => {
    if (ref.personId !== null) {
      const name = personName.get(ref.personId) ?? `#${ref.personId}`
      return { personId: ref.personId, roleId: null, label: name, holderName: name }
    }
    const roleId = ref.roleId ?? 0
    return {
      personId: null,
      roleId,
      label: roleLabel.get(roleId) ?? `#${roleId}`,
      holderName: holderName.get(roleId) ?? null,
    }
  }
}
