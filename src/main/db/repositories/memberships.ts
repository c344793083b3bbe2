import type { Kysely } from 'kysely'
import type { Membership, MembershipData, SeatRef } from '../../../shared/register'
import { nb } from '../../../shared/strings/nb'
import { format, sortByNb } from '../../../shared/text'
import type { MembershipFunction } from '../../../shared/vocabulary'
import { overlaps } from '../../domain/dates'
import { conflict, notFound } from '../../errors'
import type { Database } from '../schema'
import { seatViews } from './seats'
import { refuseWithheld } from './personal-data'

/** A person (or nobody) and the roles whose seats count as theirs. */
interface SeatHolders {
  personId: number | null
  roleIds: number[]
}

/** Which memberships to load: a body's, or those a person or a set of roles sits in or deputises for. */
export type MembershipScope =
  { bodyId: number } | { seats: SeatHolders } | { deputies: SeatHolders } | { membershipId: number }

const functionOrder: Record<MembershipFunction, number> = {
  leder: 0,
  nestleder: 1,
  medlem: 2,
  observator: 3,
  sekretar: 4,
}

export async function listMemberships(db: Kysely<Database>, scope: MembershipScope, today: string) {
  let query = db
    .selectFrom('membership')
    .innerJoin('body', 'body.id', 'membership.body_id')
    .leftJoin('organisation', 'organisation.id', 'membership.represents_organisation_id')
    .leftJoin('region', 'region.id', 'membership.represents_region_id')
    .selectAll('membership')
    .select([
      'body.name as bodyName',
      'body.short_code as bodyShortCode',
      'organisation.name as orgName',
      'region.name as regionName',
    ])
  if ('bodyId' in scope) query = query.where('membership.body_id', '=', scope.bodyId)
  if ('membershipId' in scope) query = query.where('membership.id', '=', scope.membershipId)
  if ('seats' in scope) {
    const { personId, roleIds } = scope.seats
    query = query.where((eb) =>
      eb.or([
        ...(personId !== null ? [eb('membership.person_id', '=', personId)] : []),
        ...(roleIds.length ? [eb('membership.role_id', 'in', roleIds)] : []),
      ]),
    )
  }
  if ('deputies' in scope) {
    const { personId, roleIds } = scope.deputies
    query = query.where('membership.id', 'in', (sub) =>
      sub
        .selectFrom('membership_deputy')
        .select('membership_id')
        .where((eb) =>
          eb.or([
            ...(personId !== null ? [eb('person_id', '=', personId)] : []),
            ...(roleIds.length ? [eb('role_id', 'in', roleIds)] : []),
          ]),
        ),
    )
  }
  const rows = await query.execute()
  if (rows.length === 0) return []

  const deputies = await db
    .selectFrom('membership_deputy')
    .selectAll()
    .where(
      'membership_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('position')
    .execute()
  const refs: SeatRef[] = [
    ...rows.map((r) => ({ personId: r.person_id, roleId: r.role_id })),
    ...deputies.map((d) => ({ personId: d.person_id, roleId: d.role_id })),
  ]
  const view = await seatViews(db, refs, today)

  const memberships: Membership[] = rows.map((r) => {
    const own = deputies.filter((d) => d.membership_id === r.id)
    const personal = own.find((d) => d.position === 0)
    return {
      id: r.id,
      bodyId: r.body_id,
      bodyName: r.bodyName,
      bodyShortCode: r.bodyShortCode,
      member: view({ personId: r.person_id, roleId: r.role_id }),
      function: r.function as MembershipFunction,
      representsOrganisationId: r.represents_organisation_id,
      representsRegionId: r.represents_region_id,
      representsName: r.orgName ?? r.regionName ?? null,
      fromDate: r.from_date,
      toDate: r.to_date,
      personalDeputy: personal ? view({ personId: personal.person_id, roleId: personal.role_id }) : null,
      deputies: own.filter((d) => d.position > 0).map((d) => view({ personId: d.person_id, roleId: d.role_id })),
      notes: r.notes,
    }
  })
  // Leader first, then by name: the order a member list is read in.
  return sortByNb(memberships, (m) => m.member.label).sort(
    (a, b) => functionOrder[a.function] - functionOrder[b.function],
  )
}

/** The people a membership names now (member and deputies): they may stay if since restricted. */
async function peopleOf(db: Kysely<Database>, membershipId: number | undefined): Promise<(number | null)[]> {
  if (membershipId === undefined) return []
  const [member, deputies] = await Promise.all([
    db.selectFrom('membership').select('person_id').where('id', '=', membershipId).execute(),
    db.selectFrom('membership_deputy').select('person_id').where('membership_id', '=', membershipId).execute(),
  ])
  return [...member, ...deputies].map((r) => r.person_id)
}

async function checkSeat(db: Kysely<Database>, seat: SeatRef, field: string, before: readonly (number | null)[]) {
  if (seat.personId !== null) {
    const person = await db.selectFrom('person').select('id').where('id', '=', seat.personId).executeTakeFirst()
    if (!person) throw notFound('person', seat.personId, field)
    await refuseWithheld(db, `${field}.personId`, seat.personId, before)
    return
  }
  const roleId = seat.roleId ?? 0
  const role = await db
    .selectFrom('role')
    .innerJoin('organisation', 'organisation.id', 'role.organisation_id')
    .select(['role.id', 'role.title', 'role.seats', 'organisation.name as orgName'])
    .where('role.id', '=', roleId)
    .executeTakeFirst()
  if (!role) throw notFound('role', roleId, field)
  // A seat given to a role must resolve to one person on any date; a board role cannot.
  if (role.seats > 1) {
    throw conflict(format(nb.errors.multiSeatRoleAsMember, { role: `${role.title}, ${role.orgName}` }), field)
  }
}

export async function saveMembership(db: Kysely<Database>, input: MembershipData, today: string) {
  const body = await db.selectFrom('body').select(['id', 'name']).where('id', '=', input.bodyId).executeTakeFirst()
  if (!body) throw notFound('body', input.bodyId, 'bodyId')
  const before = await peopleOf(db, input.id)
  await checkSeat(db, input.member, 'member', before)
  if (input.personalDeputy) await checkSeat(db, input.personalDeputy, 'personalDeputy', before)
  for (const [i, deputy] of input.deputies.entries()) await checkSeat(db, deputy, `deputies.${i}`, before)
  if (input.representsOrganisationId !== null) {
    const org = await db
      .selectFrom('organisation')
      .select('id')
      .where('id', '=', input.representsOrganisationId)
      .executeTakeFirst()
    if (!org) throw notFound('organisation', input.representsOrganisationId, 'representsOrganisationId')
  }
  if (input.representsRegionId !== null) {
    const region = await db
      .selectFrom('region')
      .select('id')
      .where('id', '=', input.representsRegionId)
      .executeTakeFirst()
    if (!region) throw notFound('region', input.representsRegionId, 'representsRegionId')
  }

  const sameSeat = await db
    .selectFrom('membership')
    .select(['id', 'from_date as fromDate', 'to_date as toDate'])
    .where('body_id', '=', input.bodyId)
    .where((eb) =>
      input.member.personId !== null
        ? eb('person_id', '=', input.member.personId)
        : eb('role_id', '=', input.member.roleId ?? 0),
    )
    .$if(input.id !== undefined, (q) => q.where('id', '!=', input.id ?? 0))
    .execute()
  if (sameSeat.some((m) => overlaps(m, input))) {
    const view = await seatViews(db, [input.member], today)
    throw conflict(format(nb.errors.alreadyMember, { name: view(input.member).label, body: body.name }), 'member')
  }

  const values = {
    body_id: input.bodyId,
    person_id: input.member.personId,
    role_id: input.member.roleId,
    function: input.function,
    represents_organisation_id: input.representsOrganisationId,
    represents_region_id: input.representsRegionId,
    from_date: input.fromDate,
    to_date: input.toDate,
    notes: input.notes,
  }
  let id = input.id
  if (id === undefined) {
    id = (await db.insertInto('membership').values(values).returning('id').executeTakeFirstOrThrow()).id
  } else {
    const result = await db.updateTable('membership').set(values).where('id', '=', id).executeTakeFirst()
    if (result.numUpdatedRows === 0n) throw notFound('membership', id)
    await db.deleteFrom('membership_deputy').where('membership_id', '=', id).execute()
  }
  const deputyRows = [
    ...(input.personalDeputy ? [{ position: 0, ...input.personalDeputy }] : []),
    ...input.deputies.map((d, i) => ({ position: i + 1, ...d })),
  ].map((d) => ({ membership_id: id, position: d.position, person_id: d.personId, role_id: d.roleId }))
  if (deputyRows.length) await db.insertInto('membership_deputy').values(deputyRows).execute()

  const [saved] = await listMemberships(db, { membershipId: id }, today)
  return saved
}

export async function deleteMembership(db: Kysely<Database>, id: number): Promise<void> {
  const result = await db.deleteFrom('membership').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('membership', id)
}
