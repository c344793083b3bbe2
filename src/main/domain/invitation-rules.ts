import type { InvitationRuleKind } from '../../shared/invitations'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import type { MembershipFunction, OrganisationKind, RoleKind } from '../../shared/vocabulary'

/**
 * Who a meeting invites, worked out from rules over the register as it stands on one date.
 * Pure: the repository loads a `RegisterSnapshot` in a handful of queries and everything else
 * (reasons, substitutes, counts) is computed here, so it can be tested exhaustively.
 */

const t = nb.invitationText

export interface SnapPerson {
  id: number
  name: string
  title: string
  email: string
  phone: string
  organisationId: number | null
}

export interface SnapOrganisation {
  id: number
  name: string
  kind: OrganisationKind
  regionId: number | null
}

export interface SnapRole {
  id: number
  title: string
  kind: RoleKind
  organisationId: number
}

/** A seat is a person or a role (whose holder on the date sits). */
export interface SnapSeat {
  personId: number | null
  roleId: number | null
}

export interface SnapMembership extends SnapSeat {
  id: number
  bodyId: number
  function: MembershipFunction
  /** Position 0 is the personal deputy; 1, 2, … the ordered deputy list. */
  deputies: (SnapSeat & { position: number })[]
}

export interface SnapBody {
  id: number
  name: string
  shortCode: string
}

/** The register on one date: only holdings and memberships active that day. */
export interface RegisterSnapshot {
  date: string
  people: Map<number, SnapPerson>
  organisations: Map<number, SnapOrganisation>
  regions: Map<number, string>
  roles: Map<number, SnapRole>
  /** roleId -> holders on the date, in the order they took office. */
  holders: Map<number, number[]>
  /** personId -> roles held on the date. */
  rolesOf: Map<number, number[]>
  /** bodyId -> memberships active on the date. */
  memberships: Map<number, SnapMembership[]>
  bodies: Map<number, SnapBody>
  /**
   * People restricted (sperret) or erased: kept on lists they are already on, never put on a
   * list or proposed as a substitute by the rules. Absent means nobody.
   */
  withheld?: ReadonlySet<number>
}

/** Builds the two holder indexes from active holdings (already ordered by from-date). */
export function indexHoldings(holdings: readonly { roleId: number; personId: number }[]) {
  const holders = new Map<number, number[]>()
  const rolesOf = new Map<number, number[]>()
  for (const h of holdings) {
    const a = holders.get(h.roleId)
    if (a) a.push(h.personId)
    else holders.set(h.roleId, [h.personId])
    const b = rolesOf.get(h.personId)
    if (b) b.push(h.roleId)
    else rolesOf.set(h.personId, [h.roleId])
  }
  return { holders, rolesOf }
}

/** The rule as the engine needs it (the shared `InvitationRule` fits). */
export interface EngineRule {
  id: number
  kind: InvitationRuleKind
  label: string
  memberBodyId: number | null
  roleKinds: RoleKind[]
  roleId: number | null
  organisationId: number | null
  organisationKind: OrganisationKind | null
  regionId: number | null
  personId: number | null
}

/** The person in a seat on the snapshot's date: the named person, or the role's (first) holder. */
export function seatHolder(snap: RegisterSnapshot, seat: SnapSeat): number | null {
  if (seat.personId !== null) return snap.people.has(seat.personId) ? seat.personId : null
  if (seat.roleId === null) return null
  return snap.holders.get(seat.roleId)?.[0] ?? null
}

const capitalise = (s: string) => (s ? s[0].toLocaleUpperCase('nb') + s.slice(1) : s)

/** "Medlemmer av OSS", "Kommunedirektør, fylkeskommunedirektør", "Kari Haugland": the label, or worked out. */
export function describeRule(rule: EngineRule, snap: RegisterSnapshot, meetingBodyId: number | null): string {
  if (rule.label.trim() !== '') return rule.label.trim()
  if (rule.kind === 'members') {
    const bodyId = rule.memberBodyId ?? meetingBodyId
    const body = bodyId === null ? undefined : snap.bodies.get(bodyId)
    return format(t.reason.membersRule, { body: body?.shortCode || body?.name || '?' })
  }
  if (rule.kind === 'person') return snap.people.get(rule.personId ?? 0)?.name ?? `#${rule.personId}`
  let what: string
  if (rule.roleId !== null) {
    const role = snap.roles.get(rule.roleId)
    const org = role ? snap.organisations.get(role.organisationId) : undefined
    what = role ? format(t.reason.roleIn, { role: role.title, organisation: org?.name ?? '' }) : `#${rule.roleId}`
  } else {
    what = capitalise(rule.roleKinds.map((k) => nb.vocabulary.roleKind[k].toLocaleLowerCase('nb')).join(', '))
  }
  const limits = [
    rule.organisationId !== null ? snap.organisations.get(rule.organisationId)?.name : undefined,
    rule.organisationKind !== null ? nb.vocabulary.organisationKind[rule.organisationKind] : undefined,
    rule.regionId !== null ? snap.regions.get(rule.regionId) : undefined,
  ].filter((s): s is string => !!s)
  return limits.length ? format(t.reason.limited, { what, where: limits.join(', ') }) : what
}

/** How one person is reached by rules. */
export interface Reach {
  personId: number
  /** One per rule or relation, no repeats, in rule order. */
  reasons: string[]
  /** Roles (held on the date) through which rules reached the person. */
  roleIds: number[]
  /** Memberships through which members rules reached the person. */
  memberships: SnapMembership[]
}

/** The members of a body on the date, each with the person in the seat. */
export function seatedMembers(snap: RegisterSnapshot, bodyId: number) {
  return (snap.memberships.get(bodyId) ?? []).flatMap((m) => {
    const personId = seatHolder(snap, m)
    return personId === null ? [] : [{ personId, membership: m }]
  })
}

/** Roles a roles-rule names, limits applied. */
export function rolesOfRule(rule: EngineRule, snap: RegisterSnapshot): SnapRole[] {
  const out: SnapRole[] = []
  const kinds = new Set(rule.roleKinds)
  for (const role of snap.roles.values()) {
    if (rule.roleId !== null ? role.id !== rule.roleId : !kinds.has(role.kind)) continue
    const org = snap.organisations.get(role.organisationId)
    if (rule.organisationId !== null && role.organisationId !== rule.organisationId) continue
    if (rule.organisationKind !== null && org?.kind !== rule.organisationKind) continue
    if (rule.regionId !== null && org?.regionId !== rule.regionId) continue
    out.push(role)
  }
  return out
}

/** Whom one rule reaches on the snapshot's date, with the reason each is there. */
export function resolveRule(
  rule: EngineRule,
  snap: RegisterSnapshot,
  meetingBodyId: number | null,
): { personId: number; reason: string; roleId: number | null; membership: SnapMembership | null }[] {
  if (rule.kind === 'person') {
    if (rule.personId === null || !snap.people.has(rule.personId)) return []
    // On the person's own row their name says nothing: the reason is the label, or "by name".
    const reason = rule.label.trim() || t.reason.byName
    return [{ personId: rule.personId, reason, roleId: null, membership: null }]
  }
  if (rule.kind === 'members') {
    const bodyId = rule.memberBodyId ?? meetingBodyId
    if (bodyId === null) return []
    const body = snap.bodies.get(bodyId)
    const code = body?.shortCode || body?.name || '?'
    return seatedMembers(snap, bodyId).map(({ personId, membership }) => ({
      personId,
      reason:
        membership.function === 'medlem'
          ? format(t.reason.member, { body: code })
          : format(t.reason.memberWithFunction, { body: code, function: t.functionLower[membership.function] }),
      roleId: membership.roleId,
      membership,
    }))
  }
  const reason = describeRule(rule, snap, meetingBodyId)
  return rolesOfRule(rule, snap).flatMap((role) =>
    (snap.holders.get(role.id) ?? []).map((personId) => ({ personId, reason, roleId: role.id, membership: null })),
  )
}

/**
 * Everyone the rules reach, each person once with every reason. `perRule` counts the distinct
 * people each rule reaches (a rule reaching nobody is a warning).
 */
export function resolveRules(
  rules: readonly EngineRule[],
  snap: RegisterSnapshot,
  meetingBodyId: number | null,
): { reached: Map<number, Reach>; perRule: Map<number, number> } {
  const reached = new Map<number, Reach>()
  const perRule = new Map<number, number>()
  for (const rule of rules) {
    const people = new Set<number>()
    for (const hit of resolveRule(rule, snap, meetingBodyId)) {
      people.add(hit.personId)
      let reach = reached.get(hit.personId)
      if (!reach) {
        reach = { personId: hit.personId, reasons: [], roleIds: [], memberships: [] }
        reached.set(hit.personId, reach)
      }
      if (!reach.reasons.includes(hit.reason)) reach.reasons.push(hit.reason)
      if (hit.roleId !== null && !reach.roleIds.includes(hit.roleId)) reach.roleIds.push(hit.roleId)
      if (hit.membership && !reach.memberships.some((m) => m.id === hit.membership?.id)) {
        reach.memberships.push(hit.membership)
      }
    }
    perRule.set(rule.id, people.size)
  }
  return { reached, perRule }
}

/**
 * A body with no invitation rules at all invites its members: a committee's list is its members
 * until the secretary says otherwise. Id 0 marks it as implied (it is not stored).
 */
export const impliedMembersRule: EngineRule = {
  id: 0,
  kind: 'members',
  label: '',
  memberBodyId: null,
  roleKinds: [],
  roleId: null,
  organisationId: null,
  organisationKind: null,
  regionId: null,
  personId: null,
}
