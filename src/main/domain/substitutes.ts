import type { InvitationSource, RsvpStatus, SubstituteRuleKind } from '../../shared/invitations'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import type { RoleKind } from '../../shared/vocabulary'
import { seatHolder, type RegisterSnapshot, type SnapMembership } from './invitation-rules'

/**
 * Who stands in when a principal declines, and who may come along. Pure: decisions are made
 * here over the list as it stands, and the repository writes what they say.
 *
 * Invariants (property-tested): one invitation per person and meeting; a substitute only for a
 * principal who declined; a substitute stands in for one person, and a principal has one
 * substitute who has not declined; a deputy list is walked in order, skipping anyone who
 * declined or is already on the list; companions never exceed the allowance.
 */

const t = nb.invitationText

export interface EngineSubstituteRule {
  id: number
  kind: SubstituteRuleKind
  label: string
  roleKind: RoleKind
  organisationId: number | null
  substituteRoleKind: RoleKind | null
  substitutePersonId: number | null
  companions: number
}

/** One person on the list, as far as substitutes and companions care. */
export interface ListEntry {
  personId: number
  source: InvitationSource
  status: RsvpStatus
  standsInForPersonId: number | null
  companionOfPersonId: number | null
}

export type ListState = ReadonlyMap<number, ListEntry>

export interface Candidate {
  personId: number
  basis: 'personalDeputy' | 'deputyList' | 'roleSubstitute'
  description: string
}

/**
 * Everyone who could stand in for a principal, best first: for each membership that brought
 * them (the meeting's own body first) the personal deputy, then the deputy list in order; then
 * role substitutes by rule. Seats that are roles resolve to the holder on the date.
 */
export function substituteCandidates(
  principalId: number,
  memberships: readonly SnapMembership[],
  snap: RegisterSnapshot,
  rules: readonly EngineSubstituteRule[],
  meetingBodyId: number,
): Candidate[] {
  const out: Candidate[] = []
  const seen = new Set<number>([principalId])
  const add = (personId: number | null, basis: Candidate['basis'], description: string) => {
    if (personId === null || seen.has(personId) || snap.withheld?.has(personId)) return
    seen.add(personId)
    out.push({ personId, basis, description })
  }
  const ordered = [...memberships].sort(
    (a, b) => Number(b.bodyId === meetingBodyId) - Number(a.bodyId === meetingBodyId),
  )
  for (const m of ordered) {
    for (const d of [...m.deputies].sort((a, b) => a.position - b.position)) {
      const who = seatHolder(snap, d)
      if (d.position === 0) add(who, 'personalDeputy', t.proposal.personalDeputy)
      else add(who, 'deputyList', format(t.proposal.deputyList, { position: d.position }))
    }
  }
  for (const roleId of snap.rolesOf.get(principalId) ?? []) {
    const role = snap.roles.get(roleId)
    if (!role) continue
    for (const rule of rules) {
      if (rule.kind !== 'roleSubstitute' || rule.roleKind !== role.kind) continue
      if (rule.organisationId !== null && rule.organisationId !== role.organisationId) continue
      const principalTitle = role.title.toLocaleLowerCase('nb')
      if (rule.substitutePersonId !== null) {
        if (snap.people.has(rule.substitutePersonId)) {
          add(rule.substitutePersonId, 'roleSubstitute', format(t.proposal.person, { principalTitle }))
        }
        continue
      }
      for (const other of snap.roles.values()) {
        if (other.organisationId !== role.organisationId || other.kind !== rule.substituteRoleKind) continue
        for (const holder of snap.holders.get(other.id) ?? []) {
          add(holder, 'roleSubstitute', format(t.proposal.roleSubstitute, { title: other.title, principalTitle }))
        }
      }
    }
  }
  return out
}

/** The substitute standing in for a principal, if any. */
export function substituteOf(list: ListState, principalId: number): ListEntry | null {
  for (const e of list.values()) if (e.standsInForPersonId === principalId) return e
  return null
}

/** A principal needs someone to stand in: declined, and nobody stands in who has not declined too. */
export function needsSubstitute(list: ListState, principalId: number): boolean {
  const principal = list.get(principalId)
  if (!principal || principal.status !== 'declined') return false
  // Someone who stands in for another, or comes along with another, gets no stand-in of their own.
  if (principal.standsInForPersonId !== null || principal.companionOfPersonId !== null) return false
  const current = substituteOf(list, principalId)
  return current === null || current.status === 'declined'
}

/**
 * The next one to ask: the first candidate who is not on the list (so has not declined, does
 * not stand in for anyone and is not invited otherwise). Only for a principal who declined.
 */
export function proposeSubstitute(list: ListState, principalId: number, candidates: readonly Candidate[]) {
  if (!needsSubstitute(list, principalId)) return null
  return candidates.find((c) => !list.has(c.personId)) ?? null
}

export type SubstituteRefusal =
  | { kind: 'notInvited' }
  | { kind: 'notDeclined' }
  | { kind: 'standInHasNoStandIn' }
  | { kind: 'hasSubstitute'; substituteId: number }
  | { kind: 'isPrincipal' }
  | { kind: 'alreadyInvited' }
  | { kind: 'alreadyStandsIn'; forPersonId: number }
  | { kind: 'noProposal' }

export type SubstitutePlan =
  | { ok: false; refusal: SubstituteRefusal }
  | {
      ok: true
      personId: number
      source: 'deputy' | 'substitute'
      /** A declined earlier substitute who no longer stands in (the link moves to the new one). */
      release: number | null
    }

/** Decides whether `personId` (or, if null, the proposal) may stand in for `principalId`. */
export function planSubstitute(
  list: ListState,
  principalId: number,
  personId: number | null,
  candidates: readonly Candidate[],
): SubstitutePlan {
  const refuse = (refusal: SubstituteRefusal): SubstitutePlan => ({ ok: false, refusal })
  const principal = list.get(principalId)
  if (!principal) return refuse({ kind: 'notInvited' })
  if (principal.standsInForPersonId !== null || principal.companionOfPersonId !== null) {
    return refuse({ kind: 'standInHasNoStandIn' })
  }
  if (principal.status !== 'declined') return refuse({ kind: 'notDeclined' })
  const current = substituteOf(list, principalId)
  if (current && current.status !== 'declined') return refuse({ kind: 'hasSubstitute', substituteId: current.personId })
  let chosen = personId
  if (chosen === null) {
    const proposal = proposeSubstitute(list, principalId, candidates)
    if (!proposal) return refuse({ kind: 'noProposal' })
    chosen = proposal.personId
  }
  if (chosen === principalId) return refuse({ kind: 'isPrincipal' })
  const existing = list.get(chosen)
  if (existing) {
    if (existing.standsInForPersonId !== null) {
      return refuse({ kind: 'alreadyStandsIn', forPersonId: existing.standsInForPersonId })
    }
    return refuse({ kind: 'alreadyInvited' })
  }
  const candidate = candidates.find((c) => c.personId === chosen)
  const source = candidate && candidate.basis !== 'roleSubstitute' ? 'deputy' : 'substitute'
  return { ok: true, personId: chosen, source, release: current?.personId ?? null }
}

/** Applies a substitute plan to the list (what the repository writes, as a pure step). */
export function withSubstitute(list: ListState, principalId: number, plan: SubstitutePlan & { ok: true }) {
  const next = new Map(list)
  if (plan.release !== null) {
    const old = next.get(plan.release)
    if (old) next.set(plan.release, { ...old, standsInForPersonId: null })
  }
  next.set(plan.personId, {
    personId: plan.personId,
    source: plan.source,
    status: 'invited',
    standsInForPersonId: principalId,
    companionOfPersonId: null,
  })
  return next
}

/** How many people a principal may bring: the largest allowance of any companion rule for a role they hold. */
export function companionAllowance(
  principalId: number,
  snap: RegisterSnapshot,
  rules: readonly EngineSubstituteRule[],
): number {
  let allowed = 0
  for (const roleId of snap.rolesOf.get(principalId) ?? []) {
    const role = snap.roles.get(roleId)
    if (!role) continue
    for (const rule of rules) {
      if (rule.kind !== 'companion' || rule.roleKind !== role.kind) continue
      if (rule.organisationId !== null && rule.organisationId !== role.organisationId) continue
      allowed = Math.max(allowed, rule.companions)
    }
  }
  return allowed
}

export const companionsOf = (list: ListState, principalId: number) =>
  [...list.values()].filter((e) => e.companionOfPersonId === principalId)

export type CompanionRefusal =
  | { kind: 'notInvited' }
  | { kind: 'isPrincipal' }
  | { kind: 'noAllowance' }
  | { kind: 'full'; allowed: number }
  | { kind: 'alreadyInvited' }

export function planCompanion(
  list: ListState,
  principalId: number,
  personId: number,
  allowed: number,
): { ok: true } | { ok: false; refusal: CompanionRefusal } {
  const principal = list.get(principalId)
  if (!principal || principal.companionOfPersonId !== null) return { ok: false, refusal: { kind: 'notInvited' } }
  if (personId === principalId) return { ok: false, refusal: { kind: 'isPrincipal' } }
  if (allowed <= 0) return { ok: false, refusal: { kind: 'noAllowance' } }
  if (companionsOf(list, principalId).length >= allowed) return { ok: false, refusal: { kind: 'full', allowed } }
  if (list.has(personId)) return { ok: false, refusal: { kind: 'alreadyInvited' } }
  return { ok: true }
}

export function withCompanion(list: ListState, principalId: number, personId: number) {
  const next = new Map(list)
  next.set(personId, {
    personId,
    source: 'companion',
    status: 'invited',
    standsInForPersonId: null,
    companionOfPersonId: principalId,
  })
  return next
}

export type AnswerRefusal = { kind: 'notInvited' } | { kind: 'hasSubstitute'; substituteId: number }

/**
 * An answer is only for someone on the list; a principal with someone standing in (who has not
 * declined) cannot come after all, or two would come for one seat: the substitute goes first.
 */
export function planAnswer(
  list: ListState,
  personId: number,
  status: RsvpStatus,
): { ok: true } | { ok: false; refusal: AnswerRefusal } {
  if (!list.has(personId)) return { ok: false, refusal: { kind: 'notInvited' } }
  const sub = substituteOf(list, personId)
  if (status !== 'declined' && sub && sub.status !== 'declined') {
    return { ok: false, refusal: { kind: 'hasSubstitute', substituteId: sub.personId } }
  }
  return { ok: true }
}

/**
 * Role substitute rules that loop: kommunedirektør -> kommunalsjef and kommunalsjef ->
 * kommunedirektør for overlapping organisations. Returns the chain (first kind repeated at the
 * end) the new rule would close, or null.
 */
export function findSubstituteLoop(
  rule: Pick<EngineSubstituteRule, 'kind' | 'roleKind' | 'organisationId' | 'substituteRoleKind'>,
  others: readonly Pick<EngineSubstituteRule, 'id' | 'kind' | 'roleKind' | 'organisationId' | 'substituteRoleKind'>[],
): RoleKind[] | null {
  if (rule.kind !== 'roleSubstitute' || rule.substituteRoleKind === null) return null
  const overlaps = (o: number | null) => o === null || rule.organisationId === null || o === rule.organisationId
  const edges = others.filter(
    (o) => o.kind === 'roleSubstitute' && o.substituteRoleKind !== null && overlaps(o.organisationId),
  )
  const start = rule.substituteRoleKind
  // Depth-first from what the new rule points at, back to where it starts.
  const walk = (kind: RoleKind, path: RoleKind[], seen: Set<RoleKind>): RoleKind[] | null => {
    if (kind === rule.roleKind) return path
    if (seen.has(kind)) return null
    seen.add(kind)
    for (const e of edges) {
      if (e.roleKind !== kind || e.substituteRoleKind === null) continue
      const found = walk(e.substituteRoleKind, [...path, e.substituteRoleKind], seen)
      if (found) return found
    }
    return null
  }
  return walk(start, [rule.roleKind, start], new Set())
}
