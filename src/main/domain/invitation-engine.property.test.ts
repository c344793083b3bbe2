import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { RsvpStatus } from '../../shared/invitations'
import { blankInvitation, buildInvitationList, type StoredInvitation } from './invitation-list'
import { companionRule, membersRule, roleSubstitute, rolesRule, SnapBuilder } from './invitation-fixture'
import type { RegisterSnapshot } from './invitation-rules'
import {
  planAnswer,
  planCompanion,
  planSubstitute,
  proposeSubstitute,
  type Candidate,
  type ListState,
} from './substitutes'

/**
 * The engine's invariants over random registers and random sequences of what a secretary does
 * (answers, substitutes, companions): one invitation per person; a substitute only for a
 * principal who declined; a substitute stands in for one person and a principal has one who has
 * not declined; deputy lists walked in order, skipping the declined and those on the list;
 * companions never beyond the allowance. A deliberately broken engine must be caught.
 */

interface World {
  snap: RegisterSnapshot
  bodyId: number
  people: number[]
}

/** A body whose members have personal deputies and deputy lists drawn from one pool (overlaps on purpose). */
const worldArb = fc
  .record({
    members: fc.integer({ min: 2, max: 6 }),
    pool: fc.integer({ min: 2, max: 8 }),
    municipalities: fc.integer({ min: 1, max: 3 }),
    deputies: fc.array(fc.array(fc.nat(20), { maxLength: 4 }), { minLength: 6, maxLength: 6 }),
    personal: fc.array(fc.option(fc.nat(20), { nil: null }), { minLength: 6, maxLength: 6 }),
  })
  .map(({ members, pool, municipalities, deputies, personal }): World => {
    const b = new SnapBuilder()
    const region = b.region('Region')
    const body = b.body('OSS')
    const people: number[] = []
    const memberIds: number[] = []
    for (let m = 0; m < municipalities; m++) {
      const org = b.organisation(`Kommune ${m}`, 'kommune', region)
      const mayor = b.person(`Ordfører ${m}`, org)
      const director = b.person(`Direktør ${m}`, org)
      const chief = b.person(`Sjef ${m}`, org)
      b.role('Ordfører', 'ordforer', org, mayor)
      b.role('Kommunedirektør', 'kommunedirektor', org, director)
      b.role('Kommunalsjef', 'kommunalsjef', org, chief)
      people.push(mayor, director, chief)
      memberIds.push(director)
    }
    for (let i = 0; i < members; i++) {
      const p = b.person(`Medlem ${i}`)
      people.push(p)
      memberIds.push(p)
    }
    const poolIds: number[] = []
    for (let i = 0; i < pool; i++) poolIds.push(b.person(`Vara ${i}`))
    people.push(...poolIds)
    // Deputies come from the pool or from the members themselves (a member can be another's deputy).
    const pick = (n: number) => [...poolIds, ...memberIds][n % (poolIds.length + memberIds.length)]
    memberIds.forEach((memberId, i) => {
      const list = [...new Set((deputies[i % 6] ?? []).map(pick))].filter((d) => d !== memberId)
      const own = personal[i % 6]
      const personalId = own === null || own === undefined ? undefined : pick(own)
      b.member(
        body,
        { personId: memberId },
        i === 0 ? 'leder' : 'medlem',
        list.filter((d) => d !== personalId).map((personId) => ({ personId })),
        personalId !== undefined && personalId !== memberId ? { personId: personalId } : undefined,
      )
    })
    return { snap: b.build(), bodyId: body, people }
  })

type Op =
  | { kind: 'answer'; who: number; status: RsvpStatus }
  | { kind: 'substitute'; who: number; choose: number | null }
  | { kind: 'companion'; who: number; whom: number }

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('answer' as const),
    who: fc.nat(40),
    status: fc.constantFrom<RsvpStatus>('declined', 'declined', 'accepted', 'invited', 'noAnswer'),
  }),
  fc.record({
    kind: fc.constant('substitute' as const),
    who: fc.nat(40),
    choose: fc.option(fc.nat(40), { nil: null }),
  }),
  fc.record({ kind: fc.constant('companion' as const), who: fc.nat(40), whom: fc.nat(40) }),
)

/** The engine under test; the broken variants replace one decision. */
interface Engine {
  propose: (list: ListState, principalId: number, candidates: readonly Candidate[]) => Candidate | null
  allowance: (allowed: number) => number
}
const realEngine: Engine = { propose: proposeSubstitute, allowance: (n) => n }

const rulesOf = () => ({
  rules: [membersRule(null), rolesRule(['ordforer'])],
  substituteRules: [roleSubstitute('kommunedirektor', 'kommunalsjef'), companionRule('ordforer', 1)],
})

/** Runs the ops the way the repository does (plan, then write the row), checking every invariant after each. */
function run(world: World, ops: readonly Op[], engine: Engine = realEngine) {
  const rows = new Map<number, StoredInvitation>()
  const build = () =>
    buildInvitationList({
      snap: world.snap,
      meetingBodyId: world.bodyId,
      ...rulesOf(),
      rows: [...rows.values()],
      sent: false,
      addedAfterSend: new Set(),
      quorum: null,
    })
  const write = (personId: number, values: Partial<StoredInvitation>) => {
    rows.set(personId, {
      ...blankInvitation(personId),
      ...rows.get(personId),
      ...values,
    })
  }
  for (const op of ops) {
    const list = build()
    const onList = list.invitees.map((i) => i.personId)
    const who = onList[op.who % onList.length]
    if (op.kind === 'answer') {
      if (planAnswer(list.entries, who, op.status).ok) write(who, { status: op.status })
    } else if (op.kind === 'substitute') {
      const candidates = list.candidatesOf(who)
      // The proposal comes from the engine under test; a chosen person is checked by planSubstitute.
      const proposed = op.choose === null ? engine.propose(list.entries, who, candidates) : null
      const chosen = op.choose === null ? (proposed?.personId ?? null) : world.people[op.choose % world.people.length]
      if (chosen === null) continue
      const plan =
        op.choose === null && proposed
          ? { ok: true as const, personId: proposed.personId }
          : planSubstitute(list.entries, who, chosen, candidates)
      if (!plan.ok) continue
      const released = [...rows.values()].find((r) => r.standsInForPersonId === who)
      if (released) write(released.personId, { standsInForPersonId: null })
      write(plan.personId, { source: 'substitute', standsInForPersonId: who, status: 'invited' })
    } else {
      const whom = world.people[op.whom % world.people.length]
      const allowed = engine.allowance(list.allowanceOf(who))
      if (planCompanion(list.entries, who, whom, allowed).ok) {
        write(whom, { source: 'companion', companionOfPersonId: who })
      }
    }
    checkInvariants(build(), engine)
  }
}

function checkInvariants(list: ReturnType<typeof buildInvitationList>, engine: Engine) {
  const ids = list.invitees.map((i) => i.personId)
  // Never two invitations to one person for one meeting.
  expect(new Set(ids).size).toBe(ids.length)
  const byId = new Map(list.invitees.map((i) => [i.personId, i]))
  const activeFor = new Map<number, number>()
  for (const i of list.invitees) {
    if (i.standsInFor) {
      // A substitute only for a principal on the list who declined.
      expect(byId.get(i.standsInFor.personId)?.status).toBe('declined')
      expect(i.standsInFor.personId).not.toBe(i.personId)
      if (i.status !== 'declined')
        activeFor.set(i.standsInFor.personId, (activeFor.get(i.standsInFor.personId) ?? 0) + 1)
    }
    // Companions never beyond the allowance.
    expect(i.companionsUsed).toBeLessThanOrEqual(i.companionsAllowed)
  }
  // A principal has at most one substitute who has not declined.
  for (const n of activeFor.values()) expect(n).toBe(1)
  // The proposal is the first candidate in order not on the list (so neither declined nor standing in).
  for (const i of list.invitees) {
    const proposal = engine.propose(list.entries, i.personId, list.candidatesOf(i.personId))
    if (!proposal) continue
    expect(i.status).toBe('declined')
    const candidates = list.candidatesOf(i.personId)
    const at = candidates.findIndex((c) => c.personId === proposal.personId)
    expect(at).toBeGreaterThanOrEqual(0)
    for (const earlier of candidates.slice(0, at)) expect(list.entries.has(earlier.personId)).toBe(true)
    expect(list.entries.has(proposal.personId)).toBe(false)
    // Deputies before role substitutes; the list in its positions.
    const positions = candidates.filter((c) => c.basis === 'deputyList').map((c) => Number(c.description.split('.')[0]))
    expect(positions).toEqual([...positions].sort((a, b) => a - b))
  }
}

const property = (engine: Engine = realEngine) =>
  fc.property(worldArb, fc.array(opArb, { minLength: 1, maxLength: 40 }), (world, ops) => {
    run(world, ops, engine)
  })

describe('invitation engine invariants', () => {
  it('hold for any register and any sequence of answers, substitutes and companions', () => {
    fc.assert(property(), { numRuns: 300 })
  })

  it('catch an engine that proposes someone who already declined or is on the list', () => {
    const broken: Engine = {
      ...realEngine,
      // Skips nothing: the first candidate, declined or already invited.
      propose: (list, principalId, candidates) =>
        list.get(principalId)?.status === 'declined' ? (candidates[0] ?? null) : null,
    }
    expect(fc.check(property(broken), { numRuns: 300 }).failed).toBe(true)
  })

  it('catch an engine that proposes before the principal declined', () => {
    const broken: Engine = {
      ...realEngine,
      propose: (list, _principalId, candidates) => candidates.find((c) => !list.has(c.personId)) ?? null,
    }
    expect(fc.check(property(broken), { numRuns: 300 }).failed).toBe(true)
  })

  it('catch an engine that walks the deputy list out of order', () => {
    const broken: Engine = {
      ...realEngine,
      propose: (list, principalId, candidates) => proposeSubstitute(list, principalId, [...candidates].reverse()),
    }
    expect(fc.check(property(broken), { numRuns: 300 }).failed).toBe(true)
  })

  it('catch an engine that lets a mayor bring one more than allowed', () => {
    const broken: Engine = { ...realEngine, allowance: (n) => n + 1 }
    expect(fc.check(property(broken), { numRuns: 300 }).failed).toBe(true)
  })
})
