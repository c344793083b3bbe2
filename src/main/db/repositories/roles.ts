import type { Kysely } from 'kysely'
import type { Holding, HoldingData, ListFilter, Role, RoleData } from '../../../shared/register'
import { nb } from '../../../shared/strings/nb'
import { format, matchesQuery, sortByNb } from '../../../shared/text'
import type { RoleKind } from '../../../shared/vocabulary'
import { planAssignment } from '../../domain/role-holdings'
import { conflict, describeReferences, inUse, notFound } from '../../errors'
import type { Database } from '../schema'
import { countReferences } from './references'
import { refuseWithheld } from './personal-data'

const selectHoldings = (db: Kysely<Database>) =>
  db
    .selectFrom('role_holding')
    .innerJoin('role', 'role.id', 'role_holding.role_id')
    .innerJoin('organisation', 'organisation.id', 'role.organisation_id')
    .innerJoin('person', 'person.id', 'role_holding.person_id')
    .select([
      'role_holding.id',
      'role_holding.role_id as roleId',
      'role.title as roleTitle',
      'organisation.name as organisationName',
      'role_holding.person_id as personId',
      'person.name as personName',
      'role_holding.from_date as fromDate',
      'role_holding.to_date as toDate',
    ])

/** Holdings active on a date: "who holds this role on date D" is this one query. */
export function holdingsOn(db: Kysely<Database>, date: string) {
  return selectHoldings(db)
    .where('role_holding.from_date', '<=', date)
    .where((eb) => eb.or([eb('role_holding.to_date', 'is', null), eb('role_holding.to_date', '>=', date)]))
    .orderBy('role_holding.from_date')
}

export async function listRoles(db: Kysely<Database>, filter: Partial<ListFilter>, today: string): Promise<Role[]> {
  const rows = await db
    .selectFrom('role')
    .innerJoin('organisation', 'organisation.id', 'role.organisation_id')
    .select([
      'role.id',
      'role.title',
      'role.kind',
      'role.seats',
      'role.organisation_id as organisationId',
      'organisation.name as organisationName',
    ])
    .$if(filter.organisationId !== undefined, (q) => q.where('role.organisation_id', '=', filter.organisationId ?? 0))
    .$if(filter.regionId !== undefined, (q) => q.where('organisation.region_id', '=', filter.regionId ?? 0))
    .$if(filter.kind !== undefined, (q) => q.where('role.kind', '=', filter.kind ?? ''))
    .execute()
  const current = await holdingsOn(db, today).execute()
  const holders = new Map<number, Role['holders']>()
  for (const h of current) {
    const list = holders.get(h.roleId) ?? []
    list.push({ personId: h.personId, name: h.personName, fromDate: h.fromDate })
    holders.set(h.roleId, list)
  }
  const roles: Role[] = rows.map((r) => ({
    ...r,
    kind: r.kind as RoleKind,
    holders: holders.get(r.id) ?? [],
  }))
  return sortByNb(
    roles.filter((r) =>
      matchesQuery(filter.search ?? '', [r.title, r.organisationName, ...r.holders.map((h) => h.name)]),
    ),
    (r) => `${r.organisationName} ${r.title}`,
  )
}

export async function getRole(db: Kysely<Database>, id: number, today: string): Promise<Role> {
  const role = (await listRoles(db, {}, today)).find((r) => r.id === id)
  if (!role) throw notFound('role', id)
  return role
}

export async function saveRole(db: Kysely<Database>, input: RoleData, now: string, today: string): Promise<Role> {
  const org = await db.selectFrom('organisation').select('id').where('id', '=', input.organisationId).executeTakeFirst()
  if (!org) throw notFound('organisation', input.organisationId, 'organisationId')
  const values = {
    title: input.title,
    kind: input.kind,
    organisation_id: input.organisationId,
    seats: input.seats,
    updated_at: now,
  }
  if (input.id === undefined) {
    const { id } = await db
      .insertInto('role')
      .values({ ...values, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    return getRole(db, id, today)
  }
  const result = await db.updateTable('role').set(values).where('id', '=', input.id).executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('role', input.id)
  return getRole(db, input.id, today)
}

export async function deleteRole(db: Kysely<Database>, id: number, today: string): Promise<void> {
  const role = await getRole(db, id, today)
  const refs = describeReferences([
    ['refHoldings', await countReferences(db, ['role_holding', 'role_id'], id)],
    ['refMemberships', await countReferences(db, ['membership', 'role_id'], id)],
    ['refDeputies', await countReferences(db, ['membership_deputy', 'role_id'], id)],
    ['refInvitationRules', await countReferences(db, ['invitation_rule', 'role_id'], id)],
  ])
  if (refs.length > 0) throw inUse(`${role.title}, ${role.organisationName}`, refs)
  await db.deleteFrom('role').where('id', '=', id).execute()
}

export function listHoldings(db: Kysely<Database>, by: { roleId: number } | { personId: number }) {
  const query = selectHoldings(db).orderBy('role_holding.from_date', 'desc')
  return 'roleId' in by
    ? query.where('role_holding.role_id', '=', by.roleId).execute()
    : query.where('role_holding.person_id', '=', by.personId).execute()
}

/** Gives a role a holder; closes the sitting holder's open period when the role has one seat. */
export async function assignHolder(db: Kysely<Database>, input: HoldingData): Promise<Holding> {
  const role = await db.selectFrom('role').select(['id', 'seats']).where('id', '=', input.roleId).executeTakeFirst()
  if (!role) throw notFound('role', input.roleId, 'roleId')
  const person = await db.selectFrom('person').select('id').where('id', '=', input.personId).executeTakeFirst()
  if (!person) throw notFound('person', input.personId, 'personId')
  await refuseWithheld(db, 'personId', input.personId)

  const existing = await listHoldings(db, { roleId: input.roleId })
  const plan = planAssignment(existing, input, role.seats)
  if (!plan.ok) {
    const values = {
      person: plan.conflict.personName,
      from: plan.conflict.fromDate,
      to: plan.conflict.toDate ?? '',
      seats: role.seats,
    }
    const template = {
      overlap: nb.errors.holdingOverlap,
      startsBeforeCurrent: nb.errors.holdingStartsBeforeCurrent,
      seatsFull: nb.errors.seatsFull,
    }[plan.reason]
    throw conflict(format(template, values), 'fromDate')
  }
  if (plan.close) {
    await db.updateTable('role_holding').set({ to_date: plan.close.toDate }).where('id', '=', plan.close.id).execute()
  }
  const { id } = await db
    .insertInto('role_holding')
    .values({ role_id: input.roleId, person_id: input.personId, from_date: input.fromDate, to_date: input.toDate })
    .returning('id')
    .executeTakeFirstOrThrow()
  return selectHoldings(db).where('role_holding.id', '=', id).executeTakeFirstOrThrow()
}

/** Ends an open period: the role stands vacant from the next day until a new holder comes. */
export async function endHolding(db: Kysely<Database>, id: number, toDate: string): Promise<Holding> {
  const holding = await selectHoldings(db).where('role_holding.id', '=', id).executeTakeFirst()
  if (!holding) throw notFound('holding', id)
  if (toDate < holding.fromDate) {
    throw conflict(format(nb.errors.holdingEndsTooEarly, { from: holding.fromDate }), 'toDate')
  }
  await db.updateTable('role_holding').set({ to_date: toDate }).where('id', '=', id).execute()
  return selectHoldings(db).where('role_holding.id', '=', id).executeTakeFirstOrThrow()
}

export async function removeHolding(db: Kysely<Database>, id: number): Promise<void> {
  const result = await db.deleteFrom('role_holding').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('holding', id)
}
