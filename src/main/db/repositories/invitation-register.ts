import type { Kysely } from 'kysely'
import { indexHoldings, type RegisterSnapshot, type SnapMembership } from '../../domain/invitation-rules'
import type { MembershipFunction, OrganisationKind, RoleKind } from '../../../shared/vocabulary'
import type { Database } from '../schema'

/**
 * The register on one date, as the invitation engine reads it: eight plain queries however
 * large the register, then maps. Holdings and memberships are those active that day.
 */
export async function loadRegisterSnapshot(db: Kysely<Database>, date: string): Promise<RegisterSnapshot> {
  const [people, organisations, regions, roles, holdings, memberships, deputies, bodies] = await Promise.all([
    db
      .selectFrom('person')
      .select(['id', 'name', 'title', 'email', 'phone', 'organisation_id', 'restricted_at', 'erased_at'])
      .execute(),
    db.selectFrom('organisation').select(['id', 'name', 'kind', 'region_id']).execute(),
    db.selectFrom('region').select(['id', 'name']).execute(),
    db.selectFrom('role').select(['id', 'title', 'kind', 'organisation_id']).execute(),
    db
      .selectFrom('role_holding')
      .select(['role_id', 'person_id'])
      .where('from_date', '<=', date)
      .where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>=', date)]))
      .orderBy('from_date')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('membership')
      .select(['id', 'body_id', 'person_id', 'role_id', 'function'])
      .where('from_date', '<=', date)
      .where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>=', date)]))
      .orderBy('id')
      .execute(),
    db.selectFrom('membership_deputy').select(['membership_id', 'position', 'person_id', 'role_id']).execute(),
    db.selectFrom('body').select(['id', 'name', 'short_code']).execute(),
  ])
  const deputiesOf = new Map<number, SnapMembership['deputies']>()
  for (const d of deputies) {
    const list = deputiesOf.get(d.membership_id) ?? []
    list.push({ position: d.position, personId: d.person_id, roleId: d.role_id })
    deputiesOf.set(d.membership_id, list)
  }
  const byBody = new Map<number, SnapMembership[]>()
  for (const m of memberships) {
    const list = byBody.get(m.body_id) ?? []
    list.push({
      id: m.id,
      bodyId: m.body_id,
      personId: m.person_id,
      roleId: m.role_id,
      function: m.function as MembershipFunction,
      deputies: (deputiesOf.get(m.id) ?? []).sort((a, b) => a.position - b.position),
    })
    byBody.set(m.body_id, list)
  }
  // Restricted (sperret) people are not used for new work, and their contact details stay out
  // of everything made from the list: CSV, calendar files, e-mail drafts.
  const withheld = new Set(people.filter((p) => p.restricted_at !== null || p.erased_at !== null).map((p) => p.id))
  return {
    date,
    people: new Map(
      people.map((p) => [
        p.id,
        {
          id: p.id,
          name: p.name,
          title: p.title,
          email: withheld.has(p.id) ? '' : p.email,
          phone: withheld.has(p.id) ? '' : p.phone,
          organisationId: p.organisation_id,
        },
      ]),
    ),
    withheld,
    organisations: new Map(
      organisations.map((o) => [
        o.id,
        { id: o.id, name: o.name, kind: o.kind as OrganisationKind, regionId: o.region_id },
      ]),
    ),
    regions: new Map(regions.map((r) => [r.id, r.name])),
    roles: new Map(
      roles.map((r) => [
        r.id,
        { id: r.id, title: r.title, kind: r.kind as RoleKind, organisationId: r.organisation_id },
      ]),
    ),
    ...indexHoldings(holdings.map((h) => ({ roleId: h.role_id, personId: h.person_id }))),
    memberships: byBody,
    bodies: new Map(bodies.map((b) => [b.id, { id: b.id, name: b.name, shortCode: b.short_code }])),
  }
}
