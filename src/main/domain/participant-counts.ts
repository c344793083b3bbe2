import {
  participantCategories,
  type CountRow,
  type InvitationCounts,
  type InvitationWarning,
  type Invitee,
  type ParticipantCategory,
} from '../../shared/invitations'
import { nb } from '../../shared/strings/nb'
import { compareNb, format, plural } from '../../shared/text'
import type { OrganisationKind, RoleKind } from '../../shared/vocabulary'
import type { RegisterSnapshot } from './invitation-rules'

/**
 * Who is who in the participant table (seed 003: mayors/politicians, hospital, municipal leaders,
 * union representatives, others, hosts), the counts per category, organisation and region,
 * "21 av 25 kommuner", and the warnings a secretary acts on. Pure.
 */

const t = nb.invitationText

const politicianKinds = new Set<RoleKind>(['ordforer', 'varaordforer', 'fylkesordforer', 'stortingsrepresentant'])
const leaderKinds = new Set<RoleKind>(['kommunedirektor', 'fylkeskommunedirektor', 'kommunalsjef', 'kommuneoverlege'])
const municipal = new Set<OrganisationKind>(['kommune', 'fylkeskommune'])

export const isPolitician = (kinds: readonly RoleKind[]) => kinds.some((k) => politicianKinds.has(k))

/**
 * The category a person is counted in. Hosts first (they are counted apart whoever they are);
 * a politician's companion is a politician (seed 000: the mayor brings a politician).
 */
export function categoryOf(p: {
  host: boolean
  roleKinds: readonly RoleKind[]
  roleOrganisationKinds: readonly (OrganisationKind | null)[]
  organisationKind: OrganisationKind | null
  companionOfPolitician: boolean
}): ParticipantCategory {
  if (p.host) return 'hosts'
  if (p.companionOfPolitician || isPolitician(p.roleKinds)) return 'politicians'
  if (p.roleKinds.includes('tillitsvalgt')) return 'unionReps'
  if (p.organisationKind === 'helseforetak' || p.roleOrganisationKinds.includes('helseforetak')) return 'hospital'
  const leaderInMunicipality = p.roleKinds.some(
    (k, i) => leaderKinds.has(k) && municipal.has(p.roleOrganisationKinds[i] ?? 'annet'),
  )
  if (leaderInMunicipality || (p.organisationKind !== null && municipal.has(p.organisationKind))) {
    return 'municipalLeaders'
  }
  return 'others'
}

/** Counting after the meeting uses recorded attendance; before, the answers. */
export const countBasis = (invitees: readonly Invitee[]): 'coming' | 'present' =>
  invitees.some((i) => i.attendance !== 'unrecorded') ? 'present' : 'coming'

function row(key: string, label: string, people: readonly Invitee[]): CountRow {
  return {
    key,
    label,
    invited: people.length,
    coming: people.filter((p) => p.status === 'accepted').length,
    declined: people.filter((p) => p.status === 'declined').length,
    present: people.filter((p) => p.attendance === 'present').length,
  }
}

function groupRows(invitees: readonly Invitee[], keyOf: (i: Invitee) => [string, string]): CountRow[] {
  const groups = new Map<string, { label: string; people: Invitee[] }>()
  for (const i of invitees) {
    const [key, label] = keyOf(i)
    const g = groups.get(key)
    if (g) g.people.push(i)
    else groups.set(key, { label, people: [i] })
  }
  // Named groups in Norwegian order; "without" last.
  return [...groups.entries()]
    .map(([key, g]) => row(key, g.label, g.people))
    .sort((a, b) => Number(a.key === 'none') - Number(b.key === 'none') || compareNb(a.label, b.label))
}

/** Does this invitee count as coming (or present, once attendance is recorded)? */
const counts = (i: Invitee, basis: 'coming' | 'present') =>
  basis === 'present' ? i.attendance === 'present' : i.status === 'accepted'

export function countInvitees(invitees: readonly Invitee[], snap: RegisterSnapshot): InvitationCounts {
  const basis = countBasis(invitees)
  const byCategory = participantCategories.map((c) =>
    row(
      c,
      t.category[c],
      invitees.filter((i) => i.category === c),
    ),
  )
  const byOrganisation = groupRows(invitees, (i) =>
    i.organisationId === null ? ['none', t.noOrganisation] : [String(i.organisationId), i.organisationName],
  )
  const byRegion = groupRows(invitees, (i) =>
    i.regionId === null ? ['none', t.noRegion] : [String(i.regionId), i.regionName],
  )
  const kommuner = [...snap.organisations.values()].filter((o) => o.kind === 'kommune')
  const represented = new Set(
    invitees.filter((i) => i.organisationKind === 'kommune' && counts(i, basis)).map((i) => i.organisationId),
  )
  const missing = kommuner
    .filter((o) => !represented.has(o.id))
    .map((o) => o.name)
    .sort(compareNb)
  return {
    byCategory,
    byOrganisation,
    byRegion,
    total: row('total', t.total, invitees),
    municipalities: { represented: kommuner.length - missing.length, total: kommuner.length, missing },
    basis,
  }
}

/** "A, B og C". */
export function listNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} og ${names.at(-1)}`
}

export interface WarningInput {
  invitees: readonly Invitee[]
  snap: RegisterSnapshot
  /** Rules with how many they reach. */
  rules: readonly { description: string; resolvedCount: number }[]
  /** Declined principals who had someone to ask but have nobody left. */
  noSubstitute: readonly Invitee[]
  quorum: {
    bodyName: string
    required: number
    members: number
    coming: number
    canCome: number
    present: number
  } | null
}

/** Everything a secretary should look at, as Norwegian sentences with the people concerned. */
export function invitationWarnings(input: WarningInput): InvitationWarning[] {
  const { invitees, snap } = input
  const out: InvitationWarning[] = []
  const basis = countBasis(invitees)
  const active = invitees.filter((i) => i.status !== 'declined')

  // Never dropped, only pointed out: they need a letter or a phone call.
  const noEmail = active.filter((i) => i.email.trim() === '')
  if (noEmail.length > 0) {
    out.push({
      kind: 'noEmail',
      text: format(plural(t.warning, 'noEmail', noEmail.length), { names: listNames(noEmail.map((i) => i.name)) }),
      personIds: noEmail.map((i) => i.personId),
    })
  }

  // Before the meeting "nobody coming" is nobody left who might come (all declined or gave up).
  const mayCome = (i: Invitee) =>
    basis === 'present' ? i.attendance === 'present' : i.status === 'accepted' || i.status === 'invited'
  // Only where someone was invited: a municipality the rules never reach is no surprise (OSS
  // invites four of 25); "X av 25 kommuner" in the counts tells the whole picture.
  const coming = new Set(invitees.filter(mayCome).map((i) => i.organisationId))
  const invitedMunicipalities = new Set(
    invitees.filter((i) => i.organisationKind === 'kommune').map((i) => i.organisationId),
  )
  const missing = [...snap.organisations.values()]
    .filter((o) => invitedMunicipalities.has(o.id) && !coming.has(o.id))
    .sort((a, b) => compareNb(a.name, b.name))
  if (missing.length > 0) {
    const key = basis === 'present' ? 'municipalityAbsent' : 'municipalityMissing'
    const ids = new Set(missing.map((o) => o.id))
    out.push({
      kind: 'municipalityMissing',
      text: format(plural(t.warning, key, missing.length), { names: listNames(missing.map((o) => o.name)) }),
      personIds: invitees.filter((i) => i.organisationId !== null && ids.has(i.organisationId)).map((i) => i.personId),
    })
  }
  const regionsComing = new Set(invitees.filter(mayCome).map((i) => i.regionId))
  const regionsInvited = new Set(invitees.map((i) => i.regionId))
  for (const [regionId, name] of [...snap.regions.entries()].sort((a, b) => compareNb(a[1], b[1]))) {
    if (!regionsInvited.has(regionId) || regionsComing.has(regionId)) continue
    out.push({
      kind: 'regionMissing',
      text: format(basis === 'present' ? t.warning.regionAbsent : t.warning.regionMissing, { region: name }),
      personIds: invitees.filter((i) => i.regionId === regionId).map((i) => i.personId),
    })
  }

  const noDeputy = invitees.filter((i) => i.hasDeputy === false)
  if (noDeputy.length > 0) {
    out.push({
      kind: 'memberWithoutDeputy',
      text: format(plural(t.warning, 'memberWithoutDeputy', noDeputy.length), {
        names: listNames(noDeputy.map((i) => i.name)),
      }),
      personIds: noDeputy.map((i) => i.personId),
    })
  }

  const q = input.quorum
  if (q) {
    const short = basis === 'present' ? q.present < q.required : q.canCome < q.required
    if (short) {
      out.push({
        kind: 'quorum',
        text: format(basis === 'present' ? t.warning.quorumPresent : t.warning.quorumComing, {
          body: q.bodyName,
          required: q.required,
          count: basis === 'present' ? q.present : q.canCome,
        }),
        personIds: [],
      })
    }
  }

  for (const rule of input.rules) {
    if (rule.resolvedCount > 0) continue
    out.push({
      kind: 'ruleResolvesToNobody',
      text: format(t.warning.ruleResolvesToNobody, { rule: rule.description }),
      personIds: [],
    })
  }

  for (const p of input.noSubstitute) {
    out.push({ kind: 'noSubstitute', text: format(t.warning.noSubstitute, { name: p.name }), personIds: [p.personId] })
  }
  return out
}
