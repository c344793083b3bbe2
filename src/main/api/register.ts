import * as bodies from '../db/repositories/bodies'
import * as memberships from '../db/repositories/memberships'
import * as organisations from '../db/repositories/organisations'
import * as people from '../db/repositories/people'
import * as regions from '../db/repositories/regions'
import * as roles from '../db/repositories/roles'
import { holdingsOn } from '../db/repositories/roles'
import { inTransaction, stamp, today, type HandlersOf } from './handler'
import type { PersonalDataOperation } from './personal-data'

/** The register: regions, organisations, people, roles and their holders, bodies and members. */

export const regionHandlers: HandlersOf<'regions'> = {
  'regions.list': (ctx, { search }) => regions.listRegions(ctx.db, search),
  'regions.get': async (ctx, { id }) => ({
    region: await regions.getRegion(ctx.db, id),
    organisations: await organisations.listOrganisations(ctx.db, { regionId: id }),
  }),
  'regions.save': (ctx, input) => inTransaction(ctx, (trx) => regions.saveRegion(trx, input)),
  'regions.delete': async (ctx, { id }) => {
    await inTransaction(ctx, (trx) => regions.deleteRegion(trx, id))
    return null
  },
}

export const organisationHandlers: HandlersOf<'organisations'> = {
  'organisations.list': (ctx, filter) => organisations.listOrganisations(ctx.db, filter),
  'organisations.get': async (ctx, { id }) => ({
    organisation: await organisations.getOrganisation(ctx.db, id),
    people: await people.listPeople(ctx.db, { organisationId: id }),
    roles: await roles.listRoles(ctx.db, { organisationId: id }, today(ctx)),
  }),
  'organisations.save': (ctx, input) =>
    inTransaction(ctx, (trx) => organisations.saveOrganisation(trx, input, stamp(ctx))),
  'organisations.delete': async (ctx, { id }) => {
    await inTransaction(ctx, (trx) => organisations.deleteOrganisation(trx, id))
    return null
  },
}

/** Erasure, restriction and the access report are in `personal-data.ts`. */
export const peopleHandlers: Omit<HandlersOf<'people'>, PersonalDataOperation> = {
  'people.list': (ctx, filter) => people.listPeople(ctx.db, filter),
  'people.get': async (ctx, { id }) => {
    const person = await people.getPerson(ctx.db, id)
    const holdings = await roles.listHoldings(ctx.db, { personId: id })
    const heldToday = (await holdingsOn(ctx.db, today(ctx)).where('role_holding.person_id', '=', id).execute()).map(
      (h) => h.roleId,
    )
    const scope = { personId: id, roleIds: heldToday }
    return {
      person,
      holdings,
      memberships: await memberships.listMemberships(ctx.db, { seats: scope }, today(ctx)),
      deputyFor: await memberships.listMemberships(ctx.db, { deputies: scope }, today(ctx)),
    }
  },
  'people.save': (ctx, input) => inTransaction(ctx, (trx) => people.savePerson(trx, input, stamp(ctx))),
  'people.delete': async (ctx, { id }) => {
    await inTransaction(ctx, (trx) => people.deletePerson(trx, id))
    return null
  },
}

export const roleHandlers: HandlersOf<'roles'> = {
  'roles.list': (ctx, filter) => roles.listRoles(ctx.db, filter, today(ctx)),
  'roles.get': async (ctx, { id }) => ({
    role: await roles.getRole(ctx.db, id, today(ctx)),
    holdings: await roles.listHoldings(ctx.db, { roleId: id }),
    memberships: await memberships.listMemberships(ctx.db, { seats: { personId: null, roleIds: [id] } }, today(ctx)),
  }),
  'roles.save': (ctx, input) => inTransaction(ctx, (trx) => roles.saveRole(trx, input, stamp(ctx), today(ctx))),
  'roles.delete': async (ctx, { id }) => {
    await inTransaction(ctx, (trx) => roles.deleteRole(trx, id, today(ctx)))
    return null
  },
  'roles.assignHolder': (ctx, input) => inTransaction(ctx, (trx) => roles.assignHolder(trx, input)),
  'roles.endHolding': (ctx, { id, toDate }) => inTransaction(ctx, (trx) => roles.endHolding(trx, id, toDate)),
  'roles.removeHolding': async (ctx, { id }) => {
    await inTransaction(ctx, (trx) => roles.removeHolding(trx, id))
    return null
  },
  'roles.holdersOn': (ctx, { roleId, date }) =>
    holdingsOn(ctx.db, date).where('role_holding.role_id', '=', roleId).execute(),
}

export const bodyHandlers: HandlersOf<'bodies'> = {
  'bodies.list': (ctx, filter) => bodies.listBodies(ctx.db, filter, today(ctx)),
  'bodies.get': async (ctx, { id }) => ({
    body: await bodies.getBody(ctx.db, id, today(ctx)),
    memberships: await memberships.listMemberships(ctx.db, { bodyId: id }, today(ctx)),
    children: await bodies.childBodies(ctx.db, id),
  }),
  'bodies.save': (ctx, input) => inTransaction(ctx, (trx) => bodies.saveBody(trx, input, stamp(ctx), today(ctx))),
  'bodies.delete': async (ctx, { id }) => {
    await inTransaction(ctx, (trx) => bodies.deleteBody(trx, id, today(ctx)))
    return null
  },
}

export const membershipHandlers: HandlersOf<'memberships'> = {
  'memberships.save': (ctx, input) => inTransaction(ctx, (trx) => memberships.saveMembership(trx, input, today(ctx))),
  'memberships.delete': async (ctx, { id }) => {
    await inTransaction(ctx, (trx) => memberships.deleteMembership(trx, id))
    return null
  },
}
