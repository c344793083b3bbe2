import type { Kysely } from 'kysely'
import type { Region, RegionData } from '../../../shared/register'
import { nb } from '../../../shared/strings/nb'
import { format, matchesQuery, sortByNb } from '../../../shared/text'
import { conflict, describeReferences, inUse, notFound } from '../../errors'
import type { Database } from '../schema'
import { countReferences } from './references'

export async function listRegions(db: Kysely<Database>, search = ''): Promise<Region[]> {
  const rows = await db
    .selectFrom('region')
    .leftJoin('organisation', 'organisation.region_id', 'region.id')
    .select((eb) => ['region.id', 'region.name', eb.fn.count<number>('organisation.id').as('organisationCount')])
    .groupBy(['region.id', 'region.name'])
    .execute()
  const regions = rows.map((r) => ({ id: r.id, name: r.name, organisationCount: Number(r.organisationCount) }))
  return sortByNb(
    regions.filter((r) => matchesQuery(search, [r.name])),
    (r) => r.name,
  )
}

export async function getRegion(db: Kysely<Database>, id: number): Promise<Region> {
  const region = (await listRegions(db)).find((r) => r.id === id)
  if (!region) throw notFound('region', id)
  return region
}

export async function saveRegion(db: Kysely<Database>, input: RegionData): Promise<Region> {
  const clash = await db
    .selectFrom('region')
    .select('id')
    .where('name', '=', input.name)
    .$if(input.id !== undefined, (q) => q.where('id', '!=', input.id ?? 0))
    .executeTakeFirst()
  if (clash) throw conflict(format(nb.errors.duplicateName, { value: input.name }), 'name')
  if (input.id === undefined) {
    const { id } = await db.insertInto('region').values({ name: input.name }).returning('id').executeTakeFirstOrThrow()
    return getRegion(db, id)
  }
  const result = await db.updateTable('region').set({ name: input.name }).where('id', '=', input.id).executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('region', input.id)
  return getRegion(db, input.id)
}

export async function deleteRegion(db: Kysely<Database>, id: number): Promise<void> {
  const region = await getRegion(db, id)
  const refs = describeReferences([
    ['refOrganisations', await countReferences(db, ['organisation', 'region_id'], id)],
    ['refBodies', await countReferences(db, ['body', 'region_id'], id)],
    ['refRepresents', await countReferences(db, ['membership', 'represents_region_id'], id)],
    ['refInvitationRules', await countReferences(db, ['invitation_rule', 'region_id'], id)],
  ])
  if (refs.length > 0) throw inUse(region.name, refs)
  await db.deleteFrom('region').where('id', '=', id).execute()
}
