import { describe, expect, it } from 'vitest'
import { blankInvitation, buildInvitationList, type ListInput, type StoredInvitation } from './invitation-list'
import { companionRule, membersRule, personRule, roleSubstitute, rolesRule, SnapBuilder } from './invitation-fixture'
import { describeRule, resolveRules } from './invitation-rules'
import { categoryOf } from './participant-counts'
import { findSubstituteLoop, planCompanion, planSubstitute, proposeSubstitute } from './substitutes'

/** Example tests of the invitation engine: one small Agder, every rule and refusal. */

function agder() {
  const b = new SnapBuilder()
  const lister = b.region('Lister')
  const setesdal = b.region('Setesdal')
  const farsund = b.organisation('Farsund kommune', 'kommune', lister)
  const valle = b.organisation('Valle kommune', 'kommune', setesdal)
  const county = b.organisation('Agder fylkeskommune', 'fylkeskommune')
  const sshf = b.organisation('Sørlandet sykehus HF', 'helseforetak')
  const union = b.organisation('Fagforbundet', 'annet')
  const p = {
    farsundMayor: b.person('Kari Haugland', farsund),
    farsundDirector: b.person('Ola Tveit', farsund),
    farsundChief: b.person('Ingrid Løvdal', farsund),
    valleMayor: b.person('Lars Mykland', valle),
    valleDirector: b.person('Sigrid Årdal', valle, ''),
    valleChief: b.person('Håkon Kvinlaug', valle),
    countyMayor: b.person('Åse Fjeldstad', county),
    ceo: b.person('Øystein Bakke', sshf),
    boardMember: b.person('Marit Salvesen', sshf),
    rep: b.person('Bjørn Syvertsen', union),
    deputy1: b.person('Tone Omland', farsund),
    deputy2: b.person('Eirik Birkeland', valle),
    politician: b.person('Liv Håland', farsund),
  }
  const r = {
    farsundMayor: b.role('Ordfører', 'ordforer', farsund, p.farsundMayor),
    farsundDirector: b.role('Kommunedirektør', 'kommunedirektor', farsund, p.farsundDirector),
    farsundChief: b.role('Kommunalsjef helse og omsorg', 'kommunalsjef', farsund, p.farsundChief),
    valleMayor: b.role('Ordfører', 'ordforer', valle, p.valleMayor),
    valleDirector: b.role('Kommunedirektør', 'kommunedirektor', valle, p.valleDirector),
    valleChief: b.role('Kommunalsjef', 'kommunalsjef', valle, p.valleChief),
    countyMayor: b.role('Fylkesordfører', 'fylkesordforer', county, p.countyMayor),
    ceo: b.role('Administrerende direktør', 'administrerende_direktor', sshf, p.ceo),
    board: b.role('Styremedlem', 'styremedlem', sshf, p.boardMember),
    rep: b.role('Hovedtillitsvalgt', 'tillitsvalgt', union, p.rep),
  }
  const oss = b.body('OSS')
  const pm = b.body('PM')
  b.member(oss, { roleId: r.ceo }, 'leder', [], { roleId: r.valleChief })
  b.member(oss, { roleId: r.farsundDirector }, 'nestleder', [{ personId: p.deputy1 }, { personId: p.deputy2 }])
  b.member(oss, { personId: p.rep }, 'medlem')
  return { b, snap: b.build(), p, r, oss, pm, orgs: { farsund, valle, county, sshf }, regions: { lister, setesdal } }
}

const row = (personId: number, extra: Partial<StoredInvitation> = {}): StoredInvitation => ({
  ...blankInvitation(personId),
  ...extra,
})

describe('resolving rules', () => {
  it('invites a person reached by two rules once, with both reasons', () => {
    const { snap, p, oss, pm } = agder()
    const rules = [
      rolesRule(['kommunedirektor'], { label: 'Kommunedirektører' }),
      membersRule(oss),
      rolesRule(['ordforer', 'fylkesordforer'], { label: 'Ordførere og fylkesordfører' }),
    ]
    const { reached, perRule } = resolveRules(rules, snap, pm)
    expect(reached.get(p.farsundDirector)?.reasons).toEqual(['Kommunedirektører', 'Medlem av OSS (nestleder)'])
    expect(reached.get(p.ceo)?.reasons).toEqual(['Medlem av OSS (leder)'])
    expect(reached.get(p.rep)?.reasons).toEqual(['Medlem av OSS'])
    expect(reached.get(p.countyMayor)?.reasons).toEqual(['Ordførere og fylkesordfører'])
    expect(reached.size).toBe(2 + 3 - 1 + 3)
    expect([...perRule.values()]).toEqual([2, 3, 3])
  })

  it('works out a description when the rule has no label', () => {
    const { snap, p, oss, pm, orgs, regions } = agder()
    expect(describeRule(membersRule(oss), snap, pm)).toBe('Medlemmer av OSS')
    expect(describeRule(membersRule(null), snap, oss)).toBe('Medlemmer av OSS')
    expect(describeRule(rolesRule(['kommunedirektor', 'fylkeskommunedirektor']), snap, pm)).toBe(
      'Kommunedirektør, fylkeskommunedirektør',
    )
    expect(describeRule(personRule(p.rep), snap, pm)).toBe('Bjørn Syvertsen')
    expect(describeRule(rolesRule(['ordforer'], { regionId: regions.lister }), snap, pm)).toBe('Ordfører – Lister')
    expect(describeRule(rolesRule(['styremedlem'], { organisationId: orgs.sshf }), snap, pm)).toBe(
      'Styremedlem – Sørlandet sykehus HF',
    )
  })

  it('limits a roles rule by organisation, organisation kind and region', () => {
    const { snap, p, pm, orgs, regions } = agder()
    const ids = (rule: ReturnType<typeof rolesRule>) => [...resolveRules([rule], snap, pm).reached.keys()].sort()
    expect(ids(rolesRule(['ordforer'], { regionId: regions.setesdal }))).toEqual([p.valleMayor])
    expect(ids(rolesRule(['ordforer'], { organisationId: orgs.farsund }))).toEqual([p.farsundMayor])
    expect(ids(rolesRule(['ordforer', 'fylkesordforer'], { organisationKind: 'fylkeskommune' }))).toEqual([
      p.countyMayor,
    ])
  })

  it('follows the holder on the date: a new mayor is invited without editing the list', () => {
    const { b, r, pm } = agder()
    const newMayor = b.person('Randi Strømme')
    const before = resolveRules([rolesRule(['ordforer'])], b.build(), pm).reached
    // The role changes hands: the snapshot of a later date holds the new holder only.
    const later = b.build('2027-10-20')
    later.holders.set(r.farsundMayor, [newMayor])
    later.rolesOf.set(newMayor, [r.farsundMayor])
    const after = resolveRules([rolesRule(['ordforer'])], later, pm).reached
    expect(before.has(newMayor)).toBe(false)
    expect(after.has(newMayor)).toBe(true)
  })

  it('resolves member seats that are roles to the holder on the date', () => {
    const { snap, p, oss } = agder()
    const { reached } = resolveRules([membersRule(null)], snap, oss)
    expect([...reached.keys()].sort()).toEqual([p.ceo, p.farsundDirector, p.rep].sort())
  })
})

describe('substitutes', () => {
  const base = () => {
    const a = agder()
    const input = (rows: StoredInvitation[], extra: Partial<ListInput> = {}): ListInput => ({
      snap: a.snap,
      meetingBodyId: a.oss,
      rules: [membersRule(null)],
      substituteRules: [roleSubstitute('kommunedirektor', 'kommunalsjef'), companionRule('ordforer', 1)],
      rows,
      sent: false,
      addedAfterSend: new Set(),
      quorum: null,
      ...extra,
    })
    return { ...a, input }
  }

  it('proposes nobody until the principal declines', () => {
    const { p, input } = base()
    const list = buildInvitationList(input([]))
    expect(list.invitees.every((i) => i.proposal === null)).toBe(true)
    expect(planSubstitute(list.entries, p.ceo, null, list.candidatesOf(p.ceo))).toEqual({
      ok: false,
      refusal: { kind: 'notDeclined' },
    })
  })

  it('proposes the personal deputy (a role, resolved to its holder) first', () => {
    const { p, input } = base()
    const list = buildInvitationList(input([row(p.ceo, { status: 'declined' })]))
    expect(list.invitees.find((i) => i.personId === p.ceo)?.proposal).toMatchObject({
      personId: p.valleChief,
      basis: 'personalDeputy',
      description: 'Personlig vara',
    })
  })

  it('walks the deputy list in order, skipping the declined and those on the list, then the role substitute', () => {
    const { p, input } = base()
    const principal = p.farsundDirector
    const proposalWith = (rows: StoredInvitation[]) =>
      buildInvitationList(input([row(principal, { status: 'declined' }), ...rows])).invitees.find(
        (i) => i.personId === principal,
      )?.proposal ?? null
    expect(proposalWith([])).toMatchObject({ personId: p.deputy1, description: '1. vara' })
    // 1. vara was asked and declined: 2. vara.
    expect(
      proposalWith([row(p.deputy1, { source: 'deputy', status: 'declined', standsInForPersonId: principal })]),
    ).toMatchObject({ personId: p.deputy2, description: '2. vara' })
    // 2. vara is already on the list for someone else: then the kommunalsjef by the role rule.
    expect(
      proposalWith([
        row(p.deputy1, { source: 'deputy', status: 'declined', standsInForPersonId: principal }),
        row(p.deputy2, { source: 'substitute', standsInForPersonId: p.ceo }),
        row(p.ceo, { status: 'declined' }),
      ]),
    ).toMatchObject({
      personId: p.farsundChief,
      basis: 'roleSubstitute',
      description: 'Kommunalsjef helse og omsorg i stedet for kommunedirektør',
    })
  })

  it('refuses a substitute who is the principal, a second substitute, and someone already standing in', () => {
    const { p, input } = base()
    const list = buildInvitationList(
      input([
        row(p.farsundDirector, { status: 'declined' }),
        row(p.ceo, { status: 'declined' }),
        row(p.valleChief, { source: 'deputy', standsInForPersonId: p.ceo }),
      ]),
    )
    const plan = (principal: number, personId: number | null) =>
      planSubstitute(list.entries, principal, personId, list.candidatesOf(principal))
    expect(plan(p.farsundDirector, p.farsundDirector)).toMatchObject({ refusal: { kind: 'isPrincipal' } })
    expect(plan(p.ceo, p.deputy1)).toMatchObject({ refusal: { kind: 'hasSubstitute', substituteId: p.valleChief } })
    expect(plan(p.farsundDirector, p.valleChief)).toMatchObject({
      refusal: { kind: 'alreadyStandsIn', forPersonId: p.ceo },
    })
    expect(plan(p.farsundDirector, p.rep)).toMatchObject({ refusal: { kind: 'alreadyInvited' } })
    expect(plan(p.valleChief, p.deputy1)).toMatchObject({ refusal: { kind: 'standInHasNoStandIn' } })
    expect(plan(p.farsundDirector, null)).toEqual({ ok: true, personId: p.deputy1, source: 'deputy', release: null })
  })

  it('moves on when the substitute declines, releasing the link to the next one', () => {
    const { p, input } = base()
    const list = buildInvitationList(
      input([
        row(p.ceo, { status: 'declined' }),
        row(p.valleChief, { source: 'deputy', standsInForPersonId: p.ceo, status: 'declined' }),
      ]),
    )
    const ceo = list.invitees.find((i) => i.personId === p.ceo)
    expect(ceo?.substitute).toMatchObject({ personId: p.valleChief, status: 'declined' })
    // The CEO has no more deputies and no role rule: nobody to propose, and a warning says so.
    expect(ceo?.proposal).toBeNull()
    expect(list.warnings.find((w) => w.kind === 'noSubstitute')?.personIds).toEqual([p.ceo])
    expect(planSubstitute(list.entries, p.ceo, p.deputy2, list.candidatesOf(p.ceo))).toEqual({
      ok: true,
      personId: p.deputy2,
      source: 'substitute',
      release: p.valleChief,
    })
  })

  it('lets a mayor bring as many as the companion rule allows, no more', () => {
    const { p, snap, input } = base()
    const list = buildInvitationList(input([], { rules: [rolesRule(['ordforer'])], meetingBodyId: 0 }))
    const mayor = list.invitees.find((i) => i.personId === p.farsundMayor)
    expect(mayor?.companionsAllowed).toBe(1)
    expect(planCompanion(list.entries, p.farsundMayor, p.politician, 1)).toEqual({ ok: true })
    const withOne = buildInvitationList(
      input([row(p.politician, { source: 'companion', companionOfPersonId: p.farsundMayor })], {
        rules: [rolesRule(['ordforer'])],
        meetingBodyId: 0,
      }),
    )
    expect(planCompanion(withOne.entries, p.farsundMayor, p.deputy1, 1)).toEqual({
      ok: false,
      refusal: { kind: 'full', allowed: 1 },
    })
    expect(planCompanion(withOne.entries, p.farsundMayor, p.farsundMayor, 1)).toMatchObject({
      refusal: { kind: 'isPrincipal' },
    })
    expect(planCompanion(withOne.entries, p.farsundMayor, p.valleMayor, 1)).toMatchObject({
      refusal: { kind: 'full' },
    })
    expect(planCompanion(withOne.entries, p.valleMayor, p.farsundMayor, 1)).toMatchObject({
      refusal: { kind: 'alreadyInvited' },
    })
    // A mayor's companion is counted as a politician (seed 000).
    const companion = withOne.invitees.find((i) => i.personId === p.politician)
    expect(companion).toMatchObject({ category: 'politicians', reasons: ['Følge til Kari Haugland'] })
    void snap
  })

  it('finds a role substitute chain that loops, and only for overlapping organisations', () => {
    const there = roleSubstitute('kommunedirektor', 'kommunalsjef')
    const back = roleSubstitute('kommunalsjef', 'kommunedirektor')
    expect(findSubstituteLoop(back, [there])).toEqual(['kommunalsjef', 'kommunedirektor', 'kommunalsjef'])
    expect(findSubstituteLoop(back, [])).toBeNull()
    expect(findSubstituteLoop({ ...back, organisationId: 1 }, [{ ...there, organisationId: 2 }])).toBeNull()
    const third = roleSubstitute('kommuneoverlege', 'kommunedirektor')
    expect(findSubstituteLoop(third, [there, roleSubstitute('kommunalsjef', 'kommuneoverlege')])).toEqual([
      'kommuneoverlege',
      'kommunedirektor',
      'kommunalsjef',
      'kommuneoverlege',
    ])
  })

  it('proposes nothing to someone who stands in for another', () => {
    const { p, input } = base()
    const list = buildInvitationList(
      input([
        row(p.ceo, { status: 'declined' }),
        row(p.valleChief, { source: 'deputy', standsInForPersonId: p.ceo, status: 'declined' }),
      ]),
    )
    expect(proposeSubstitute(list.entries, p.valleChief, list.candidatesOf(p.valleChief))).toBeNull()
  })
})

describe('categories, counts and warnings', () => {
  it('sorts people into seed 003’s categories', () => {
    const c = (
      kinds: Parameters<typeof categoryOf>[0]['roleKinds'],
      orgs: Parameters<typeof categoryOf>[0]['roleOrganisationKinds'],
      org: Parameters<typeof categoryOf>[0]['organisationKind'] = null,
      extra = {},
    ) =>
      categoryOf({
        host: false,
        roleKinds: kinds,
        roleOrganisationKinds: orgs,
        organisationKind: org,
        companionOfPolitician: false,
        ...extra,
      })
    expect(c(['ordforer'], ['kommune'])).toBe('politicians')
    expect(c(['stortingsrepresentant'], ['annet'])).toBe('politicians')
    expect(c(['styremedlem'], ['helseforetak'])).toBe('hospital')
    expect(c([], [], 'helseforetak')).toBe('hospital')
    expect(c(['kommunedirektor'], ['kommune'])).toBe('municipalLeaders')
    expect(c(['fylkeskommunedirektor'], ['fylkeskommune'])).toBe('municipalLeaders')
    expect(c([], [], 'kommune')).toBe('municipalLeaders')
    expect(c(['tillitsvalgt'], ['helseforetak'])).toBe('unionReps')
    expect(c(['radgiver'], ['ks'], 'ks')).toBe('others')
    expect(c(['ordforer'], ['kommune'], 'kommune', { host: true })).toBe('hosts')
    expect(c([], [], 'kommune', { companionOfPolitician: true })).toBe('politicians')
  })

  it('counts per category, organisation and region, and "X av N kommuner" from answers, then attendance', () => {
    const { snap, p, pm, regions } = agder()
    const input: ListInput = {
      snap,
      meetingBodyId: pm,
      rules: [rolesRule(['ordforer', 'fylkesordforer']), rolesRule(['kommunedirektor']), membersRule(null)],
      substituteRules: [],
      rows: [
        row(p.farsundMayor, { status: 'accepted' }),
        row(p.valleMayor, { status: 'declined' }),
        row(p.valleDirector, { status: 'declined' }),
      ],
      sent: false,
      addedAfterSend: new Set(),
      quorum: null,
    }
    const list = buildInvitationList(input)
    expect(list.counts.total).toMatchObject({ invited: 5, coming: 1, declined: 2, present: 0 })
    expect(list.counts.byCategory.map((r) => [r.key, r.invited])).toEqual([
      ['politicians', 3],
      ['hospital', 0],
      ['municipalLeaders', 2],
      ['unionReps', 0],
      ['others', 0],
      ['hosts', 0],
    ])
    expect(list.counts.municipalities).toEqual({ represented: 1, total: 2, missing: ['Valle kommune'] })
    expect(list.counts.basis).toBe('coming')
    expect(list.counts.byRegion.map((r) => r.label)).toEqual(['Lister', 'Setesdal', 'Uten region'])
    const warnings = list.warnings.map((w) => w.kind)
    expect(warnings).toContain('municipalityMissing')
    expect(list.warnings.find((w) => w.kind === 'regionMissing')?.text).toBe('Ingen kommer fra Setesdal.')
    // The Valle director has no e-mail address, but declined: nobody needs to write to her now.
    expect(warnings).not.toContain('noEmail')
    // A body without members makes the members rule reach nobody.
    expect(list.warnings.find((w) => w.kind === 'ruleResolvesToNobody')?.text).toBe(
      'Regelen «Medlemmer av PM» gir ingen å invitere på møtedatoen.',
    )
    void regions

    const after = buildInvitationList({
      ...input,
      rows: [
        ...input.rows,
        row(p.valleDirector, { status: 'declined', attendance: 'absent' }),
        row(p.farsundMayor, { attendance: 'present', status: 'accepted' }),
      ].slice(1),
    })
    expect(after.counts.basis).toBe('present')
    expect(after.counts.municipalities.represented).toBe(1)
  })

  it('lists invitees without e-mail, warns of members without a deputy and of quorum', () => {
    const { snap, p, oss } = agder()
    const list = buildInvitationList({
      snap,
      meetingBodyId: oss,
      rules: [membersRule(null), personRule(p.valleDirector)],
      substituteRules: [],
      rows: [row(p.rep, { status: 'declined' })],
      sent: false,
      addedAfterSend: new Set(),
      quorum: 3,
    })
    expect(list.invitees.map((i) => i.name)).toContain('Sigrid Årdal')
    expect(list.warnings.find((w) => w.kind === 'noEmail')).toMatchObject({
      text: '1 invitert mangler e-postadresse: Sigrid Årdal.',
      personIds: [p.valleDirector],
    })
    expect(list.warnings.find((w) => w.kind === 'memberWithoutDeputy')?.personIds).toEqual([p.rep])
    expect(list.quorum).toEqual({ required: 3, members: 3, coming: 0, present: 0 })
    expect(list.warnings.find((w) => w.kind === 'quorum')?.text).toBe(
      'OSS er vedtaksdyktig med 3 medlemmer, men bare 2 har svart ja eller ikke svart ennå.',
    )
  })
})

describe('the list as sent', () => {
  it('keeps the sent list and offers the difference from the rules as pending changes', () => {
    const { b, p, r, pm } = agder()
    const newMayor = b.person('Randi Strømme')
    const snap = b.build()
    snap.holders.set(r.farsundMayor, [newMayor])
    snap.rolesOf.set(newMayor, [r.farsundMayor])
    snap.rolesOf.delete(p.farsundMayor)
    const list = buildInvitationList({
      snap,
      meetingBodyId: pm,
      rules: [rolesRule(['ordforer'], { label: 'Ordførere' })],
      substituteRules: [],
      rows: [row(p.farsundMayor, { onSentList: true }), row(p.valleMayor, { onSentList: true })],
      sent: true,
      addedAfterSend: new Set(),
      quorum: null,
    })
    expect(list.invitees.map((i) => i.personId).sort()).toEqual([p.farsundMayor, p.valleMayor].sort())
    expect(list.pendingChanges).toEqual([
      { personId: p.farsundMayor, name: 'Kari Haugland', change: 'remove', reason: 'Ikke lenger omfattet av reglene' },
      { personId: newMayor, name: 'Randi Strømme', change: 'add', reason: 'Ordførere' },
    ])
  })

  it('leaves out someone removed by hand, before and after sending', () => {
    const { snap, p, pm } = agder()
    const input: ListInput = {
      snap,
      meetingBodyId: pm,
      rules: [rolesRule(['ordforer'])],
      substituteRules: [],
      rows: [row(p.farsundMayor, { status: 'removed' })],
      sent: false,
      addedAfterSend: new Set(),
      quorum: null,
    }
    expect(buildInvitationList(input).invitees.map((i) => i.personId)).toEqual([p.valleMayor])
    const sent = buildInvitationList({
      ...input,
      sent: true,
      rows: [...input.rows, row(p.valleMayor, { onSentList: true })],
    })
    expect(sent.invitees.map((i) => i.personId)).toEqual([p.valleMayor])
    expect(sent.pendingChanges).toEqual([])
  })
})
