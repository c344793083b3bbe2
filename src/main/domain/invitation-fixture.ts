import type { MembershipFunction, OrganisationKind, RoleKind } from '../../shared/vocabulary'
import { indexHoldings, type EngineRule, type RegisterSnapshot, type SnapMembership } from './invitation-rules'
import type { EngineSubstituteRule } from './substitutes'

/** Builds small register snapshots for the invitation engine's tests. */
export class SnapBuilder {
  private readonly people: RegisterSnapshot['people'] = new Map()
  private readonly organisations: RegisterSnapshot['organisations'] = new Map()
  private readonly regions: RegisterSnapshot['regions'] = new Map()
  private readonly roles: RegisterSnapshot['roles'] = new Map()
  private readonly holdings: { roleId: number; personId: number }[] = []
  private readonly memberships = new Map<number, SnapMembership[]>()
  private readonly bodies: RegisterSnapshot['bodies'] = new Map()
  private next = 1

  region(name: string) {
    const id = this.next++
    this.regions.set(id, name)
    return id
  }
  organisation(name: string, kind: OrganisationKind, regionId: number | null = null) {
    const id = this.next++
    this.organisations.set(id, { id, name, kind, regionId })
    return id
  }
  person(name: string, organisationId: number | null = null, email = `${name.split(' ')[0].toLowerCase()}@x.example`) {
    const id = this.next++
    this.people.set(id, { id, name, title: '', email, phone: '', organisationId })
    return id
  }
  role(title: string, kind: RoleKind, organisationId: number, ...holders: number[]) {
    const id = this.next++
    this.roles.set(id, { id, title, kind, organisationId })
    for (const personId of holders) this.holdings.push({ roleId: id, personId })
    return id
  }
  body(shortCode: string) {
    const id = this.next++
    this.bodies.set(id, { id, name: `Utvalget ${shortCode}`, shortCode })
    return id
  }
  member(
    bodyId: number,
    seat: { personId?: number; roleId?: number },
    fn: MembershipFunction = 'medlem',
    deputies: { personId?: number; roleId?: number }[] = [],
    personal?: { personId?: number; roleId?: number },
  ) {
    const id = this.next++
    const list = this.memberships.get(bodyId) ?? []
    const ref = (s: { personId?: number; roleId?: number }) => ({
      personId: s.personId ?? null,
      roleId: s.roleId ?? null,
    })
    list.push({
      id,
      bodyId,
      ...ref(seat),
      function: fn,
      deputies: [
        ...(personal ? [{ position: 0, ...ref(personal) }] : []),
        ...deputies.map((d, i) => ({ position: i + 1, ...ref(d) })),
      ],
    })
    this.memberships.set(bodyId, list)
    return id
  }
  build(date = '2026-10-08'): RegisterSnapshot {
    return {
      date,
      people: this.people,
      organisations: this.organisations,
      regions: this.regions,
      roles: this.roles,
      ...indexHoldings(this.holdings),
      memberships: this.memberships,
      bodies: this.bodies,
    }
  }
}

let ruleId = 100
export const rolesRule = (roleKinds: RoleKind[], extra: Partial<EngineRule> = {}): EngineRule => ({
  id: ruleId++,
  kind: 'roles',
  label: '',
  memberBodyId: null,
  roleKinds,
  roleId: null,
  organisationId: null,
  organisationKind: null,
  regionId: null,
  personId: null,
  ...extra,
})
export const membersRule = (memberBodyId: number | null, label = ''): EngineRule => ({
  ...rolesRule([]),
  kind: 'members',
  memberBodyId,
  label,
})
export const personRule = (personId: number): EngineRule => ({ ...rolesRule([]), kind: 'person', personId })

export const roleSubstitute = (roleKind: RoleKind, substituteRoleKind: RoleKind): EngineSubstituteRule => ({
  id: ruleId++,
  kind: 'roleSubstitute',
  label: '',
  roleKind,
  organisationId: null,
  substituteRoleKind,
  substitutePersonId: null,
  companions: 0,
})
export const companionRule = (roleKind: RoleKind, companions: number): EngineSubstituteRule => ({
  ...roleSubstitute(roleKind, roleKind),
  kind: 'companion',
  substituteRoleKind: null,
  companions,
})
