import {
  participantCategories,
  type AttendanceValue,
  type InvitationCounts,
  type InvitationSource,
  type InvitationWarning,
  type Invitee,
  type PendingChange,
  type RsvpStatus,
} from '../../shared/invitations'
import { nb } from '../../shared/strings/nb'
import { compareNb, format } from '../../shared/text'
import type { MembershipFunction } from '../../shared/vocabulary'
import {
  describeRule,
  impliedMembersRule,
  resolveRules,
  seatedMembers,
  type EngineRule,
  type Reach,
  type RegisterSnapshot,
  type SnapMembership,
} from './invitation-rules'
import { categoryOf, countInvitees, invitationWarnings, isPolitician } from './participant-counts'
import {
  companionAllowance,
  needsSubstitute,
  proposeSubstitute,
  substituteCandidates,
  type Candidate,
  type EngineSubstituteRule,
  type ListEntry,
} from './substitutes'

/**
 * The whole list of one meeting from the register snapshot, the rules and what is stored per
 * person. Before the notice is sent the list follows the rules; after, it is the list as sent,
 * and the difference from the rules is offered as pending changes.
 */

const t = nb.invitationText

/** A stored invitation row, in the engine's words. `removed`: taken off the list by hand. */
export interface StoredInvitation {
  personId: number
  source: InvitationSource
  standsInForPersonId: number | null
  companionOfPersonId: number | null
  status: RsvpStatus | 'removed'
  statusDate: string | null
  declineReason: string
  attendance: AttendanceValue
  arrivedAtItemId: number | null
  leftAfterItemId: number | null
  host: boolean
  onSentList: boolean
}

export interface ListInput {
  snap: RegisterSnapshot
  meetingBodyId: number
  rules: readonly EngineRule[]
  substituteRules: readonly EngineSubstituteRule[]
  rows: readonly StoredInvitation[]
  /** The notice is sent and the list was kept as sent. */
  sent: boolean
  /** People added (and not removed again) after sending. */
  addedAfterSend: ReadonlySet<number>
  quorum: number | null
}

export interface ListOutput {
  invitees: Invitee[]
  pendingChanges: PendingChange[]
  counts: InvitationCounts
  warnings: InvitationWarning[]
  quorum: { required: number; members: number; coming: number; present: number } | null
  /** Per rule id: description and how many it reaches. */
  ruleViews: Map<number, { description: string; resolvedCount: number }>
  /** For writes: the list as the substitute engine sees it, and each person's candidates. */
  entries: Map<number, ListEntry>
  candidatesOf: (personId: number) => Candidate[]
  allowanceOf: (personId: number) => number
}

const votingFunctions = new Set<MembershipFunction>(['leder', 'nestleder', 'medlem'])

/** A person the rules reach who has not answered or done anything yet. */
export const blankInvitation = (personId: number): StoredInvitation => ({
  personId,
  source: 'rule',
  standsInForPersonId: null,
  companionOfPersonId: null,
  status: 'invited',
  statusDate: null,
  declineReason: '',
  attendance: 'unrecorded',
  arrivedAtItemId: null,
  leftAfterItemId: null,
  host: false,
  onSentList: false,
})

/** The rules that apply: the stored ones, or the body's members when there are none at all. */
export const effectiveRules = (rules: readonly EngineRule[]) => (rules.length > 0 ? rules : [impliedMembersRule])

export function buildInvitationList(input: ListInput): ListOutput {
  const { snap, meetingBodyId, rows } = input
  const rules = effectiveRules(input.rules)
  const { reached, perRule } = resolveRules(rules, snap, meetingBodyId)
  const rowOf = new Map(rows.map((r) => [r.personId, r]))

  // Who is on the list, and how.
  const onList = new Map<number, StoredInvitation>()
  const pendingChanges: PendingChange[] = []
  const nameOf = (id: number) => snap.people.get(id)?.name ?? `#${id}`
  if (input.sent) {
    for (const r of rows) if (r.onSentList && r.status !== 'removed') onList.set(r.personId, r)
    for (const reach of reached.values()) {
      const row = rowOf.get(reach.personId)
      if (onList.has(reach.personId) || row?.status === 'removed') continue
      if (snap.withheld?.has(reach.personId)) continue
      pendingChanges.push({
        personId: reach.personId,
        name: nameOf(reach.personId),
        change: 'add',
        reason: reach.reasons.join('; '),
      })
    }
    for (const r of onList.values()) {
      if (r.source === 'rule' && !reached.has(r.personId)) {
        pendingChanges.push({
          personId: r.personId,
          name: nameOf(r.personId),
          change: 'remove',
          reason: t.reason.noLongerReached,
        })
      }
    }
  } else {
    for (const reach of reached.values()) {
      const row = rowOf.get(reach.personId)
      if (row?.status === 'removed') continue
      // A restricted person stays where they already have a row (answered, attended), nowhere new.
      if (!row && snap.withheld?.has(reach.personId)) continue
      onList.set(reach.personId, row ?? blankInvitation(reach.personId))
    }
    for (const r of rows) if (r.source !== 'rule' && r.status !== 'removed') onList.set(r.personId, r)
  }
  pendingChanges.sort((a, b) => compareNb(a.name, b.name))

  const entries = new Map<number, ListEntry>()
  for (const r of onList.values()) {
    entries.set(r.personId, {
      personId: r.personId,
      source: r.source,
      status: r.status as RsvpStatus,
      standsInForPersonId: r.standsInForPersonId,
      companionOfPersonId: r.companionOfPersonId,
    })
  }

  // The meeting's own members: function, deputies, quorum.
  const ownSeats = new Map<number, SnapMembership>()
  for (const { personId, membership } of seatedMembers(snap, meetingBodyId)) {
    if (!ownSeats.has(personId)) ownSeats.set(personId, membership)
  }
  const membershipsOf = (personId: number, reach: Reach | undefined): SnapMembership[] => {
    const own = ownSeats.get(personId)
    const list = [...(reach?.memberships ?? [])]
    if (own && !list.some((m) => m.id === own.id)) list.unshift(own)
    return list
  }
  const candidateCache = new Map<number, Candidate[]>()
  const candidatesOf = (personId: number) => {
    let c = candidateCache.get(personId)
    if (!c) {
      c = substituteCandidates(
        personId,
        membershipsOf(personId, reached.get(personId)),
        snap,
        input.substituteRules,
        meetingBodyId,
      )
      candidateCache.set(personId, c)
    }
    return c
  }
  const allowanceOf = (personId: number) => companionAllowance(personId, snap, input.substituteRules)

  const politicianCache = new Map<number, boolean>()
  const roleIdsOf = (personId: number) => {
    const reach = reached.get(personId)
    return reach && reach.roleIds.length > 0 ? reach.roleIds : (snap.rolesOf.get(personId) ?? [])
  }
  const politician = (personId: number) => {
    let p = politicianCache.get(personId)
    if (p === undefined) {
      p = isPolitician(roleIdsOf(personId).flatMap((id) => snap.roles.get(id)?.kind ?? []))
      politicianCache.set(personId, p)
    }
    return p
  }

  // Who stands in for whom and who came along with whom, in one pass (not one scan per person).
  const standInOf = new Map<number, ListEntry>()
  const companionCount = new Map<number, number>()
  for (const e of entries.values()) {
    if (e.standsInForPersonId !== null) standInOf.set(e.standsInForPersonId, e)
    if (e.companionOfPersonId !== null) {
      companionCount.set(e.companionOfPersonId, (companionCount.get(e.companionOfPersonId) ?? 0) + 1)
    }
  }

  const invitees: Invitee[] = []
  const noSubstitute: Invitee[] = []
  for (const r of onList.values()) {
    const person = snap.people.get(r.personId)
    const reach = reached.get(r.personId)
    const roles = roleIdsOf(r.personId).flatMap((id) => {
      const role = snap.roles.get(id)
      return role ? [role] : []
    })
    const roleOrgs = roles.map((role) => snap.organisations.get(role.organisationId))
    const organisationId = roles[0]?.organisationId ?? person?.organisationId ?? null
    const organisation = organisationId === null ? undefined : snap.organisations.get(organisationId)
    const regionId = organisation?.regionId ?? null

    const reasons: string[] = []
    if (r.standsInForPersonId !== null) {
      const key = r.source === 'deputy' ? t.reason.deputyFor : t.reason.substituteFor
      reasons.push(format(key, { name: nameOf(r.standsInForPersonId) }))
    } else if (r.source === 'substitute' || r.source === 'deputy') reasons.push(t.reason.formerSubstitute)
    if (r.companionOfPersonId !== null)
      reasons.push(format(t.reason.companionOf, { name: nameOf(r.companionOfPersonId) }))
    if (reach) reasons.push(...reach.reasons)
    else if (r.source === 'rule') reasons.push(t.reason.noLongerReached)

    const entry = entries.get(r.personId)
    const sub = standInOf.get(r.personId) ?? null
    // Only a declined principal can need someone; the full check runs for those few.
    const needs = entry?.status === 'declined' && needsSubstitute(entries, r.personId)
    const candidates = needs ? candidatesOf(r.personId) : []
    const proposal = needs ? proposeSubstitute(entries, r.personId, candidates) : null
    const proposed = proposal ? snap.people.get(proposal.personId) : undefined
    const own = ownSeats.get(r.personId)
    const companionOfPolitician = r.companionOfPersonId !== null && politician(r.companionOfPersonId)

    const invitee: Invitee = {
      personId: r.personId,
      name: person?.name ?? `#${r.personId}`,
      title: person?.title ?? '',
      email: person?.email ?? '',
      phone: person?.phone ?? '',
      organisationId,
      organisationName: organisation?.name ?? '',
      organisationKind: organisation?.kind ?? null,
      regionId,
      regionName: regionId === null ? '' : (snap.regions.get(regionId) ?? ''),
      roleTitles: roles.map((role) => role.title),
      roleKinds: roles.map((role) => role.kind),
      category: categoryOf({
        host: r.host,
        roleKinds: roles.map((role) => role.kind),
        roleOrganisationKinds: roleOrgs.map((o) => o?.kind ?? null),
        organisationKind: person?.organisationId
          ? (snap.organisations.get(person.organisationId)?.kind ?? null)
          : (organisation?.kind ?? null),
        companionOfPolitician,
      }),
      source: r.source,
      reasons,
      membershipFunction: own?.function ?? null,
      standsInFor:
        r.standsInForPersonId === null
          ? null
          : { personId: r.standsInForPersonId, name: nameOf(r.standsInForPersonId) },
      companionOf:
        r.companionOfPersonId === null
          ? null
          : { personId: r.companionOfPersonId, name: nameOf(r.companionOfPersonId) },
      status: r.status as RsvpStatus,
      statusDate: r.statusDate,
      declineReason: r.declineReason,
      attendance: r.attendance,
      arrivedAtItemId: r.arrivedAtItemId,
      leftAfterItemId: r.leftAfterItemId,
      host: r.host,
      substitute: sub ? { personId: sub.personId, name: nameOf(sub.personId), status: sub.status } : null,
      proposal:
        proposal && proposed
          ? {
              personId: proposal.personId,
              name: proposed.name,
              basis: proposal.basis,
              description: proposal.description,
              hasEmail: proposed.email.trim() !== '',
            }
          : null,
      hasDeputy:
        own && votingFunctions.has(own.function) && r.standsInForPersonId === null ? own.deputies.length > 0 : null,
      companionsAllowed: r.companionOfPersonId === null && r.standsInForPersonId === null ? allowanceOf(r.personId) : 0,
      companionsUsed: companionCount.get(r.personId) ?? 0,
      addedAfterSend: input.addedAfterSend.has(r.personId),
    }
    invitees.push(invitee)
    // Warn only where someone could have stood in: members, or a rule names a substitute.
    const hadSomeone = candidates.length > 0 || (own !== undefined && votingFunctions.has(own.function))
    if (needs && !proposal && hadSomeone) noSubstitute.push(invitee)
  }

  const order = new Map(participantCategories.map((c, i) => [c, i]))
  invitees.sort(
    (a, b) =>
      (order.get(a.category) ?? 0) - (order.get(b.category) ?? 0) ||
      compareNb(a.organisationName, b.organisationName) ||
      compareNb(a.name, b.name),
  )

  const ruleViews = new Map<number, { description: string; resolvedCount: number }>()
  for (const rule of input.rules) {
    ruleViews.set(rule.id, {
      description: describeRule(rule, snap, meetingBodyId),
      resolvedCount: perRule.get(rule.id) ?? 0,
    })
  }

  const quorum = quorumOf(input, ownSeats, standInOf, invitees)
  const body = snap.bodies.get(meetingBodyId)
  return {
    invitees,
    pendingChanges,
    counts: countInvitees(invitees, snap),
    warnings: invitationWarnings({
      invitees,
      snap,
      rules: [...ruleViews.values()],
      noSubstitute,
      quorum: quorum
        ? { ...quorum.view, canCome: quorum.canCome, bodyName: body?.shortCode || body?.name || '' }
        : null,
    }),
    quorum: quorum?.view ?? null,
    ruleViews,
    entries,
    candidatesOf,
    allowanceOf,
  }
}

/** Voting members and how many of them (or those standing in for them) come or came. */
function quorumOf(
  input: ListInput,
  ownSeats: Map<number, SnapMembership>,
  standInOf: Map<number, ListEntry>,
  invitees: readonly Invitee[],
) {
  if (input.quorum === null) return null
  const byPerson = new Map(invitees.map((i) => [i.personId, i]))
  let members = 0
  let coming = 0
  let canCome = 0
  let present = 0
  for (const [personId, m] of ownSeats) {
    if (!votingFunctions.has(m.function)) continue
    members++
    const self = byPerson.get(personId)
    const subEntry = standInOf.get(personId)
    const sub = subEntry ? byPerson.get(subEntry.personId) : undefined
    const either = (f: (i: Invitee) => boolean) => (self !== undefined && f(self)) || (sub !== undefined && f(sub))
    if (either((i) => i.status === 'accepted')) coming++
    if (either((i) => i.status === 'accepted' || i.status === 'invited')) canCome++
    if (either((i) => i.attendance === 'present')) present++
  }
  return { view: { required: input.quorum, members, coming, present }, canCome }
}
