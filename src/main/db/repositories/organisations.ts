import type { Kysely } from 'kysely'
import type { ListFilter, Organisation, OrganisationData } from '../../../shared/register'
import { matchesQuery, sortByNb } from '../../../shared/text'
import type { OrganisationKind } from '../../../shared/vocabulary'
import { describeReferences, inUse, notFound } from '../../errors'
import type { Database } from '../schema'
import { countReferences } from './references'

export async function listOrganisations(db: Kysely<Database>, filter: Partial<ListFilter> = {}) {
  const rows = await db
    .selectFrom('organisation')
    .leftJoin('region', 'region.id', 'organisation.region_id')
    .leftJoin('person', 'person.organisation_id', 'organisation.id')
    .select((eb) => [
      'organisation.id',
      'organisation.name',
      'organisation.short_name',
      'organisation.kind',
      'organisation.region_id',
      'organisation.notes',
      'region.name as regionName',
      eb.fn.count<number>('person.id').as('peopleCount'),
    ])
    .groupBy('organisation.id')
    .$if(filter.regionId !== undefined, (q) => q.where('organisation.region_id', '=', filter.regionId ?? 0))
    .$if(filter.kind !== undefined, (q) => q.where('organisation.kind', '=', filter.kind ?? ''))
    .execute()
  const organisations: Organisation[] = rows.map((r) => ({
    id: r.id,
    name: r.name,
    shortName: r.short_name,
    kind: r.kind as OrganisationKind,
    regionId: r.region_id,
    regionName: r.regionName,
    notes: r.notes,
    peopleCount: Number(r.peopleCount),
  }))
  return sortByNb(
    organisations.filter((o) => matchesQuery(filter.search ?? '', [o.name, o.shortName, o.regionName])),
    (o) => o.name,
  )
}

export async function getOrganisation(db: Kysely<Database>, id: number): Promise<Organisation> {
  const found = (await listOrganisations(db)).find((o) => o.id === id)
  if (!found) throw notFound('organisation', id)
  return found
}

export async function saveOrganisation(db: Kysely<Database>, input: OrganisationData, now: string) {
  if (input.regionId !== null) {
    const region = await db.selectFrom('region').select('id').where('id', '=', input.regionId).executeTakeFirst()
    if (!region) throw notFound('region', input.regionId, 'regionId')
  }
  const values = {
    name: input.name,
    short_name: input.shortName,
    kind: input.kind,
    region_id: input.regionId,
    notes: input.notes,
    updated_at: now,
  }
  if (input.id === undefined) {
    const { id } = await db
      .insertInto('organisation')
      .values({ ...values, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    return getOrganisation(db, id)
  }
  const result = await db.updateTable('organisation').set(values).where('id', '=', input.id).executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('organisation', input.id)
  return getOrganisation(db, input.id)
}

export async function deleteOrganisation(db: Kysely<Database>, id: number): Promise<void> {
  const organisation = await getOrganisation(db, id)
  const refs = describeReferences([
    ['refPeople', await countReferences(db, ['person', 'organisation_id'], id)],
    ['refRoles', await countReferences(db, ['role', 'organisation_id'], id)],
    ['refRepresents', await countReferences(db, ['membership', 'represents_organisation_id'], id)],
    [
      'refInvitationRules',
      (await countReferences(db, ['invitation_rule', 'organisation_id'], id)) +
        (await countReferences(db, ['substitute_rule', 'organisation_id'], id)),
    ],
    ['refPlanEntries', await countReferences(db, ['plan_node', 'responsible_organisation_id'], id)],
  ])
  if (refs.length > 0) throw inUse(organisation.name, refs)
  await db.deleteFrom('organisation').where('id', '=', id).execute()
}
