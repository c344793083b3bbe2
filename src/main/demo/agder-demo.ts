import { planAssignment } from '../domain/role-holdings'
import { agderItems, agderRhythms, demoMeetings } from './agder-year'
import { agderPlan } from './agder-plan'
import {
  workspaceFileFormat,
  workspaceFileVersion,
  type ParsedWorkspaceFile,
  type WorkspaceFile,
} from '../workspace-file/format'
import { defaultStandardItems } from '../../shared/register'
import type { BodyLevel, MembershipFunction, OrganisationKind, RoleKind } from '../../shared/vocabulary'

/**
 * The demo workspace: Helsefellesskapet i Agder as the domain notes describe it. Regions,
 * municipalities, partners and bodies follow the real structure; every person, e-mail address
 * (reserved `.example` domain) and phone number is fictional. The builder is pure and
 * deterministic, so the demo looks the same on every machine and tests can compare two builds.
 */

const WORKSPACE_NAME = 'Helsefellesskapet i Agder (demo)'

/** The municipal councils elected in 2023 took office in October; the previous term began in 2019. */
const TERM_START = '2023-10-16'
const PREVIOUS_TERM = { from: '2019-10-14', to: '2023-10-15' }
const BOARD_START = '2024-01-01'
const STORTING_START = '2025-10-01'
/** The bodies were reconstituted for the current period from this date. */
const SEATED = '2024-01-01'

/** Municipality -> region since 2020. `lead` speaks for the region in OSS and leads its RS. */
const REGIONS = [
  {
    name: 'Region Kristiansand og Lindesnes',
    short: 'Kristiansand og Lindesnes',
    code: 'RS-KL',
    place: 'Kristiansand rådhus',
    lead: 'Kristiansand',
    municipalities: ['Kristiansand', 'Birkenes', 'Iveland', 'Lillesand', 'Vennesla', 'Lindesnes', 'Åseral'],
  },
  {
    name: 'Region Østre Agder',
    short: 'Østre Agder',
    code: 'RS-ØA',
    place: 'Arendal rådhus',
    lead: 'Arendal',
    municipalities: ['Arendal', 'Froland', 'Gjerstad', 'Grimstad', 'Risør', 'Tvedestrand', 'Vegårshei', 'Åmli'],
  },
  {
    name: 'Region Lister',
    short: 'Lister',
    code: 'RS-L',
    place: 'Lyngdal rådhus',
    lead: 'Lyngdal',
    municipalities: ['Farsund', 'Flekkefjord', 'Hægebostad', 'Kvinesdal', 'Lyngdal', 'Sirdal'],
  },
  {
    name: 'Region Setesdal',
    short: 'Setesdal',
    code: 'RS-S',
    place: 'Evje kommunehus',
    lead: 'Evje og Hornnes',
    municipalities: ['Bygland', 'Bykle', 'Evje og Hornnes', 'Valle'],
  },
] as const

/** These show a change of mayor at the 2023 election, so the register has history to display. */
const MAYOR_CHANGED = ['Grimstad', 'Farsund', 'Bykle']

const CLINICS = ['Klinikk for psykisk helse', 'Medisinsk klinikk', 'Kirurgisk klinikk']

// Common Norwegian names combined mechanically, so no pairing points at a real person.
const FIRST_NAMES = [
  'Kari',
  'Ola',
  'Ingrid',
  'Lars',
  'Sigrid',
  'Håkon',
  'Åse',
  'Øystein',
  'Marit',
  'Bjørn',
  'Ragnhild',
  'Eirik',
  'Tone',
  'Jørgen',
  'Solveig',
  'Torbjørn',
  'Liv',
  'Gunnar',
  'Hilde',
  'Arne',
  'Randi',
  'Sverre',
  'Gro',
  'Terje',
  'Synnøve',
  'Vidar',
  'Astrid',
  'Olav',
  'Berit',
  'Knut',
]
const SURNAMES = [
  'Haugland',
  'Tveit',
  'Løvdal',
  'Mykland',
  'Årdal',
  'Kvinlaug',
  'Fjeldstad',
  'Bakke',
  'Salvesen',
  'Syvertsen',
  'Omland',
  'Birkeland',
  'Håland',
  'Strømme',
  'Eikeland',
  'Reinertsen',
  'Gundersen',
  'Tjomsland',
  'Vatnedal',
  'Rysstad',
  'Homme',
  'Ugland',
  'Fidjeland',
  'Skjævesland',
  'Lunde',
  'Eieland',
  'Knutsen',
  'Aanonsen',
  'Hortemo',
  'Gausdal',
]

type Region = ParsedWorkspaceFile['regions'][number]
type Organisation = ParsedWorkspaceFile['organisations'][number]
type Person = ParsedWorkspaceFile['people'][number]
type Role = ParsedWorkspaceFile['roles'][number]
type Holding = ParsedWorkspaceFile['holdings'][number]
type Body = ParsedWorkspaceFile['bodies'][number]
type BodyDefaults =
  | 'id'
  | 'parentBodyId'
  | 'regionId'
  | 'notes'
  | 'caseDeadlineWorkingDays'
  | 'noticeDays'
  | 'minutesWorkingDays'
  | 'assessmentTitle'
  | 'standardItems'
  | 'postponedKeepsNumber'
type Membership = ParsedWorkspaceFile['memberships'][number]

/** A name that never repeats: walks first names and surnames at different strides. */
function fictionalNames(): () => string {
  const used = new Set<string>()
  let i = 0
  return () => {
    for (;;) {
      const first = FIRST_NAMES[i % FIRST_NAMES.length]
      const last = SURNAMES[(i * 7 + Math.floor(i / FIRST_NAMES.length)) % SURNAMES.length]
      i++
      const name = `${first} ${last}`
      if (!used.has(name)) {
        used.add(name)
        return name
      }
    }
  }
}

const ascii = (text: string) => text.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'o').replace(/å/g, 'a')
const slug = (text: string) =>
  ascii(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
const mailbox = (name: string) => ascii(name).split(' ').join('.')

/** "+47 9xx xx xxx"; the multiplier is coprime to 10^7, so no two people share a number. */
function fictionalPhone(index: number): string {
  const digits = String((index * 2_654_437 + 4_210_357) % 10_000_000).padStart(7, '0')
  return `+47 9${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`
}

type Seat = { personId: number } | { roleId: number }
const byPerson = (personId: number): Seat => ({ personId })
const byRole = (roleId: number): Seat => ({ roleId })
const seatKey = (seat: Seat) => ('personId' in seat ? `person ${seat.personId}` : `role ${seat.roleId}`)
const seatFields = (seat: Seat) => ({
  personId: 'personId' in seat ? seat.personId : null,
  roleId: 'roleId' in seat ? seat.roleId : null,
})

/** A role with the person who holds it now. */
interface Staffed {
  roleId: number
  personId: number
}

interface MemberOptions {
  organisationId?: number
  regionId?: number
  from?: string
  to?: string | null
  /** Personal deputy (position 0). */
  personal?: Seat
  /** Ordered deputy list: 1. vara, 2. vara, ... */
  ordered?: Seat[]
  notes?: string
}

/** Collects the tables and hands out sequential ids; refuses data the app itself would refuse. */
class DemoBuilder {
  readonly regions: Region[] = []
  readonly organisations: Organisation[] = []
  readonly people: Person[] = []
  readonly roles: Role[] = []
  readonly holdings: Holding[] = []
  readonly bodies: Body[] = []
  readonly memberships: Membership[] = []
  private readonly nextName = fictionalNames()
  private readonly mailDomains = new Map<number, string>()

  region(name: string): number {
    const id = this.regions.length + 1
    this.regions.push({ id, name })
    return id
  }

  organisation(
    name: string,
    kind: OrganisationKind,
    mailDomain: string,
    extra: { shortName?: string; regionId?: number; notes?: string } = {},
  ): number {
    const id = this.organisations.length + 1
    const { shortName = '', regionId = null, notes = '' } = extra
    this.organisations.push({ id, name, shortName, kind, regionId, notes })
    this.mailDomains.set(id, mailDomain)
    return id
  }

  person(title: string, organisationId: number): number {
    const id = this.people.length + 1
    const name = this.nextName()
    const email = `${mailbox(name)}@${this.mailDomains.get(organisationId)}`
    this.people.push({ id, name, title, organisationId, email, phone: fictionalPhone(id), notes: '' })
    return id
  }

  role(title: string, kind: RoleKind, organisationId: number, seats = 1): number {
    const id = this.roles.length + 1
    this.roles.push({ id, title, kind, organisationId, seats })
    return id
  }

  /** Same rule as assigning a holder in the app: no overlap on a single seat, never more than `seats`. */
  hold(roleId: number, personId: number, fromDate: string, toDate: string | null = null): void {
    const existing = this.holdings.filter((h) => h.roleId === roleId)
    const plan = planAssignment(existing, { personId, fromDate, toDate }, this.roles[roleId - 1].seats)
    if (!plan.ok || plan.close) throw new Error(`Demo data: holding of role ${roleId} clashes with another`)
    this.holdings.push({ id: this.holdings.length + 1, roleId, personId, fromDate, toDate })
  }

  /** A new single-seat role with a new person holding it; the person carries the role's title. */
  staffed(title: string, kind: RoleKind, organisationId: number, fromDate: string, personTitle = title): Staffed {
    const roleId = this.role(title, kind, organisationId)
    const personId = this.person(personTitle, organisationId)
    this.hold(roleId, personId, fromDate)
    return { roleId, personId }
  }

  body(spec: Omit<Body, BodyDefaults> & Partial<Body>): number {
    const id = this.bodies.length + 1
    // Deadlines most secretariats work by: cases ready two weeks ahead, the notice a week ahead.
    const defaults = {
      parentBodyId: null,
      regionId: null,
      notes: '',
      caseDeadlineWorkingDays: 10,
      noticeDays: 7,
      minutesWorkingDays: 10,
      assessmentTitle: 'Vurdering',
      standardItems: defaultStandardItems.map((i) => ({ ...i })),
      postponedKeepsNumber: true,
    }
    this.bodies.push({ ...defaults, ...spec, id })
    return id
  }

  member(bodyId: number, seat: Seat, fn: MembershipFunction, options: MemberOptions = {}): number {
    const { personal, ordered = [] } = options
    const all = [seat, ...(personal ? [personal] : []), ...ordered]
    const keys = all.map(seatKey)
    if (new Set(keys).size !== keys.length) throw new Error(`Demo data: body ${bodyId} names a seat twice`)
    // A role-based seat follows its one holder; a board-like role would be ambiguous.
    for (const s of all) {
      if ('roleId' in s && this.roles[s.roleId - 1].seats !== 1) {
        throw new Error(`Demo data: body ${bodyId} seats multi-seat role ${s.roleId}`)
      }
    }
    const id = this.memberships.length + 1
    this.memberships.push({
      id,
      bodyId,
      ...seatFields(seat),
      function: fn,
      representsOrganisationId: options.organisationId ?? null,
      representsRegionId: options.regionId ?? null,
      fromDate: options.from ?? SEATED,
      toDate: options.to ?? null,
      notes: options.notes ?? '',
      deputies: [
        ...(personal ? [{ position: 0, ...seatFields(personal) }] : []),
        ...ordered.map((s, i) => ({ position: i + 1, ...seatFields(s) })),
      ],
    })
    return id
  }
}

interface Municipality {
  name: string
  regionIndex: number
  organisationId: number
  mayor: Staffed
  director: Staffed
  healthChief: Staffed
}

interface RegionEntry {
  id: number
  spec: (typeof REGIONS)[number]
  municipalities: Municipality[]
  gp: Staffed
  user: Staffed
}

export function buildAgderDemo(today: string, exportedAt: string, appVersion: string): WorkspaceFile {
  // The register is a fixed picture; only this year's meetings are placed relative to `today`.
  const b = new DemoBuilder()

  // --- Organisations -------------------------------------------------------------------------
  const regionIds = REGIONS.map((r) => b.region(r.name))
  const municipalityOrgs = REGIONS.flatMap((r, i) =>
    r.municipalities.map((name) => ({
      name,
      regionIndex: i,
      organisationId: b.organisation(`${name} kommune`, 'kommune', `${slug(name)}.kommune.example`, {
        shortName: name,
        regionId: regionIds[i],
      }),
    })),
  )
  const county = b.organisation('Agder fylkeskommune', 'fylkeskommune', 'agderfk.example', { shortName: 'AFK' })
  const sshf = b.organisation('Sørlandet sykehus HF', 'helseforetak', 'sshf.example', {
    shortName: 'SSHF',
    notes: 'Sykehus i Kristiansand, Arendal og Flekkefjord.',
  })
  const ks = b.organisation('KS Agder', 'ks', 'ks.example')
  const stateAdmin = b.organisation('Statsforvalteren i Agder', 'statsforvalter', 'statsforvalteren.example')
  const uia = b.organisation('Universitetet i Agder', 'utdanning', 'uia.example', { shortName: 'UiA' })
  const ffo = b.organisation('FFO Agder', 'brukerorganisasjon', 'ffo-agder.example')
  const userBoard = b.organisation('Brukerutvalget ved SSHF', 'brukerorganisasjon', 'brukerutvalg.sshf.example')
  const mentalHealth = b.organisation('Mental Helse Agder', 'brukerorganisasjon', 'mentalhelse-agder.example')
  const pko = b.organisation('Praksiskonsulentordningen Agder', 'fastlegerepresentasjon', 'pko-agder.example', {
    shortName: 'PKO',
    notes: 'Fastlegenes representanter i helsefellesskapet.',
  })
  const storting = b.organisation('Stortinget', 'annet', 'stortinget.example', {
    notes: 'Agderbenken: stortingsrepresentantene fra Agder.',
  })
  const union = b.organisation('Fagforbundet Agder', 'annet', 'fagforbundet-agder.example')
  const nurses = b.organisation('Norsk Sykepleierforbund Agder', 'annet', 'nsf-agder.example', {
    shortName: 'NSF Agder',
  })

  // --- Roles and who holds them ----------------------------------------------------------------
  const municipalities = municipalityOrgs.map(({ name, regionIndex, organisationId }): Municipality => {
    const changed = MAYOR_CHANGED.includes(name)
    // The earlier mayor is created first so the ids read in time order.
    const formerMayor = changed ? b.person('Kommunestyremedlem', organisationId) : null
    const mayor = b.staffed('Ordfører', 'ordforer', organisationId, TERM_START)
    if (formerMayor !== null) b.hold(mayor.roleId, formerMayor, PREVIOUS_TERM.from, PREVIOUS_TERM.to)
    return {
      name,
      regionIndex,
      organisationId,
      mayor,
      director: b.staffed('Kommunedirektør', 'kommunedirektor', organisationId, TERM_START),
      healthChief: b.staffed('Kommunalsjef helse og omsorg', 'kommunalsjef', organisationId, TERM_START),
    }
  })
  const municipality = (name: string): Municipality => {
    const found = municipalities.find((m) => m.name === name)
    if (!found) throw new Error(`Demo data: no municipality ${name}`)
    return found
  }

  const countyMayor = b.staffed('Fylkesordfører', 'fylkesordforer', county, TERM_START)
  const countyDirector = b.staffed('Fylkeskommunedirektør', 'fylkeskommunedirektor', county, TERM_START)

  const ceo = b.staffed('Administrerende direktør', 'administrerende_direktor', sshf, '2022-03-01')
  const medicalDirector = b.staffed('Fagdirektør', 'direktor', sshf, '2021-08-01')
  const clinicChiefs = CLINICS.map((clinic) => b.staffed(`Klinikkdirektør, ${clinic}`, 'direktor', sshf, '2022-01-01'))
  b.staffed('Styreleder', 'styreleder', sshf, BOARD_START)
  const board = b.role('Styremedlem', 'styremedlem', sshf, 7)
  for (let i = 0; i < 7; i++) b.hold(board, b.person('Styremedlem', sshf), BOARD_START)

  const agderbenken = b.role('Stortingsrepresentant', 'stortingsrepresentant', storting, 6)
  for (let i = 0; i < 6; i++) b.hold(agderbenken, b.person('Stortingsrepresentant', storting), STORTING_START)

  b.staffed('Fylkesleder', 'annet', ks, TERM_START)
  const ksAdviser = b.staffed('Seniorrådgiver', 'radgiver', ks, '2020-01-01')

  const gpAgder = b.staffed('Fastlegerepresentant Agder', 'fastlegerepresentant', pko, SEATED, 'Fastlege')
  const userOss = b.staffed('Brukerrepresentant OSS', 'brukerrepresentant', userBoard, SEATED, 'Brukerrepresentant')
  const regions: RegionEntry[] = REGIONS.map((spec, i) => ({
    id: regionIds[i],
    spec,
    municipalities: municipalities.filter((m) => m.regionIndex === i),
    gp: b.staffed(`Fastlegerepresentant ${spec.short}`, 'fastlegerepresentant', pko, SEATED, 'Fastlege'),
    // Two user organisations share the regional seats.
    user: b.staffed(
      `Brukerrepresentant ${spec.short}`,
      'brukerrepresentant',
      i % 2 === 0 ? ffo : mentalHealth,
      SEATED,
      'Brukerrepresentant',
    ),
  }))

  b.staffed('Konserntillitsvalgt', 'tillitsvalgt', sshf, '2022-01-01')
  b.staffed('Hovedtillitsvalgt', 'tillitsvalgt', union, '2021-01-01')
  b.staffed('Fylkesleder', 'tillitsvalgt', nurses, '2023-01-01')

  // The secretariat is shared: two advisers employed by Kristiansand, one by the hospital.
  const kristiansand = municipality('Kristiansand').organisationId
  const secretariatKrs = b.role('Rådgiver, sekretariatet for helsefellesskapet', 'radgiver', kristiansand, 2)
  const secretariatSshf = b.role('Rådgiver, sekretariatet for helsefellesskapet', 'radgiver', sshf)
  const [sec1, sec2, sec3] = [kristiansand, kristiansand, sshf].map((org) => b.person('Rådgiver, sekretariatet', org))
  b.hold(secretariatKrs, sec1, '2020-01-01')
  b.hold(secretariatKrs, sec2, '2022-08-15')
  b.hold(secretariatSshf, sec3, '2021-02-01')

  const stateDoctor = b.person('Fylkeslege', stateAdmin)
  const dean = b.person('Dekan, Fakultet for helse- og idrettsvitenskap', uia)

  // --- Bodies ---------------------------------------------------------------------------------
  const pm = b.body({
    name: 'Partnerskapsmøtet',
    shortCode: 'PM',
    level: 'politisk',
    caseLabelFormat: 'PM-sak {nr}/{år}',
    defaultPlace: 'Clarion Hotel Ernst, Kristiansand',
    defaultDurationMinutes: 240,
    secretaryPersonId: sec1,
    notes: 'Helsepolitisk toppmøte i mars og oktober. Invitasjon går til grupper, ikke navn.',
    // 80-90 participants, many of them mayors: the invitation goes out a month ahead.
    caseDeadlineWorkingDays: 20,
    noticeDays: 28,
  })
  const oss = b.body({
    name: 'Overordnet strategisk samarbeidsutvalg',
    shortCode: 'OSS',
    level: 'strategisk',
    caseLabelFormat: 'OSS-sak {nr}/{år}',
    defaultPlace: 'Sørlandet sykehus, Kristiansand',
    defaultDurationMinutes: 180,
    secretaryPersonId: sec1,
  })
  const au = b.body({
    name: 'Arbeidsutvalget',
    shortCode: 'AU',
    level: 'arbeidsutvalg',
    parentBodyId: oss,
    caseLabelFormat: 'AU-sak {nr}/{år}',
    defaultPlace: 'Teams',
    defaultDurationMinutes: 90,
    secretaryPersonId: sec1,
    notes: 'Leder og nestleder i OSS. Forbereder møtene i OSS.',
  })
  const rsBodies = regions.map((region, i) =>
    b.body({
      name: `Regionalt samarbeidsutvalg ${region.spec.short}`,
      shortCode: region.spec.code,
      level: 'regionalt',
      parentBodyId: oss,
      regionId: region.id,
      caseLabelFormat: '{nr}/{år}',
      defaultPlace: region.spec.place,
      defaultDurationMinutes: 120,
      secretaryPersonId: i % 2 === 0 ? sec2 : sec3,
    }),
  )
  const council = (
    name: string,
    shortCode: string,
    level: BodyLevel,
    place: string,
    minutes: number,
    secretary: number,
  ) =>
    b.body({
      name,
      shortCode,
      level,
      parentBodyId: level === 'konferanse' ? null : oss,
      caseLabelFormat: `${shortCode}-sak {nr}/{år}`,
      defaultPlace: place,
      defaultDurationMinutes: minutes,
      secretaryPersonId: secretary,
    })
  const srPhr = council(
    'Samhandlingsråd psykisk helse og rus',
    'SR-PHR',
    'fagrad',
    'Sørlandet sykehus, Arendal',
    150,
    sec3,
  )
  const srEk = council(
    'Samhandlingsråd eldre og personer med kronisk sykdom',
    'SR-EK',
    'fagrad',
    'Sørlandet sykehus, Kristiansand',
    150,
    sec3,
  )
  const pk = council('Programkomité for Helsekonferansen', 'PK', 'arbeidsgruppe', 'Teams', 60, sec2)
  const kom = council('Kommunikasjonsgruppen', 'KOM', 'arbeidsgruppe', 'Teams', 60, sec2)
  const hk = council('Helsekonferansen', 'HK', 'konferanse', 'Arendal kulturhus', 420, sec2)

  // --- Memberships ----------------------------------------------------------------------------
  // PM invites by groups (mayors, executives, Agderbenken, OSS, the board), so only the chair is named.
  b.member(pm, byRole(countyMayor.roleId), 'leder')
  b.member(pm, byPerson(sec1), 'sekretar')

  // OSS: seats follow roles, so a new kommunedirektør takes over without anyone editing the list.
  b.member(oss, byRole(ceo.roleId), 'leder', { organisationId: sshf, personal: byRole(clinicChiefs[1].roleId) })
  b.member(oss, byRole(medicalDirector.roleId), 'medlem', {
    organisationId: sshf,
    personal: byRole(clinicChiefs[0].roleId),
  })
  for (const region of regions) {
    const lead = municipality(region.spec.lead)
    b.member(oss, byRole(lead.director.roleId), lead.name === 'Kristiansand' ? 'nestleder' : 'medlem', {
      organisationId: lead.organisationId,
      regionId: region.id,
      // "If the kommunedirektør cannot attend, the kommunalsjef comes instead."
      personal: byRole(lead.healthChief.roleId),
    })
  }
  // Østre Agder was represented by Grimstad in the previous period.
  b.member(oss, byRole(municipality('Grimstad').director.roleId), 'medlem', {
    organisationId: municipality('Grimstad').organisationId,
    regionId: regions[1].id,
    from: '2020-01-01',
    to: '2023-12-31',
  })
  b.member(oss, byRole(countyDirector.roleId), 'medlem', { organisationId: county })
  b.member(oss, byRole(ksAdviser.roleId), 'medlem', { organisationId: ks })
  b.member(oss, byRole(gpAgder.roleId), 'medlem', { organisationId: pko, personal: byRole(regions[0].gp.roleId) })
  b.member(oss, byRole(userOss.roleId), 'medlem', {
    organisationId: userBoard,
    ordered: [byPerson(b.person('Brukerrepresentant', ffo)), byPerson(b.person('Brukerrepresentant', mentalHealth))],
  })
  b.member(oss, byPerson(stateDoctor), 'observator', { organisationId: stateAdmin })
  b.member(oss, byPerson(dean), 'observator', { organisationId: uia })
  b.member(oss, byPerson(sec1), 'sekretar')

  const krsDirector = municipality('Kristiansand').director
  b.member(au, byRole(ceo.roleId), 'leder', { organisationId: sshf, personal: byRole(clinicChiefs[1].roleId) })
  b.member(au, byRole(krsDirector.roleId), 'nestleder', {
    organisationId: kristiansand,
    personal: byRole(municipality('Kristiansand').healthChief.roleId),
  })
  b.member(au, byPerson(sec1), 'sekretar')

  regions.forEach((region, r) => {
    const rs = rsBodies[r]
    region.municipalities.forEach((m, i) => {
      // Vary the deputies: the kommunedirektør for some, a named unit leader for others, none for the rest.
      const personal =
        i % 3 === 0
          ? byRole(m.director.roleId)
          : i % 3 === 1
            ? byPerson(b.person('Enhetsleder helse og mestring', m.organisationId))
            : undefined
      const fn = m.name === region.spec.lead ? 'leder' : 'medlem'
      b.member(rs, byRole(m.healthChief.roleId), fn, { organisationId: m.organisationId, personal })
    })
    b.member(rs, byRole(clinicChiefs[r % CLINICS.length].roleId), 'nestleder', { organisationId: sshf })
    b.member(rs, byRole(region.gp.roleId), 'medlem', { organisationId: pko })
    const userOrg = r % 2 === 0 ? ffo : mentalHealth
    b.member(rs, byRole(region.user.roleId), 'medlem', {
      organisationId: userOrg,
      personal: byPerson(b.person('Brukerrepresentant (vara)', userOrg)),
    })
    b.member(rs, byPerson(r % 2 === 0 ? sec2 : sec3), 'sekretar')
  })

  // Councils and working groups are appointed by name.
  const krsMentalHealth = b.person('Kommunalsjef psykisk helse og rus', kristiansand)
  b.member(srPhr, byPerson(krsMentalHealth), 'leder', {
    personal: byPerson(b.person('Enhetsleder rus og psykisk helse', kristiansand)),
  })
  b.member(srPhr, byPerson(b.person('Avdelingssjef, Klinikk for psykisk helse', sshf)), 'nestleder', {
    personal: byPerson(b.person('Seksjonsleder, DPS Aust-Agder', sshf)),
  })
  b.member(srPhr, byPerson(b.person('Enhetsleder psykisk helse', municipality('Arendal').organisationId)), 'medlem')
  b.member(
    srPhr,
    byPerson(b.person('Leder psykisk helsetjeneste', municipality('Flekkefjord').organisationId)),
    'medlem',
  )
  b.member(srPhr, byPerson(b.person('Virksomhetsleder helse', municipality('Valle').organisationId)), 'medlem')
  b.member(srPhr, byPerson(b.person('Fastlege', pko)), 'medlem')
  b.member(srPhr, byPerson(b.person('Brukerrepresentant', mentalHealth)), 'medlem', {
    ordered: [byPerson(b.person('Brukerrepresentant', mentalHealth))],
  })
  b.member(srPhr, byPerson(b.person('Kommuneoverlege', municipality('Grimstad').organisationId)), 'medlem', {
    from: '2021-09-01',
    to: '2023-06-30',
    notes: 'Gikk ut ved omorganisering av rådet.',
  })
  b.member(srPhr, byPerson(sec3), 'sekretar')

  b.member(srEk, byPerson(municipality('Lyngdal').healthChief.personId), 'leder')
  b.member(srEk, byPerson(b.person('Avdelingssjef, Medisinsk klinikk', sshf)), 'nestleder', {
    personal: byPerson(b.person('Overlege, geriatri', sshf)),
  })
  b.member(srEk, byPerson(municipality('Vennesla').healthChief.personId), 'medlem')
  b.member(
    srEk,
    byPerson(b.person('Virksomhetsleder hjemmetjenester', municipality('Tvedestrand').organisationId)),
    'medlem',
  )
  b.member(srEk, byPerson(b.person('Kommuneoverlege', municipality('Bygland').organisationId)), 'medlem')
  b.member(srEk, byPerson(b.person('Fastlege', pko)), 'medlem')
  b.member(srEk, byPerson(b.person('Brukerrepresentant', ffo)), 'medlem', {
    personal: byPerson(b.person('Brukerrepresentant', ffo)),
  })
  b.member(srEk, byPerson(sec3), 'sekretar')

  const communicationsChief = b.person('Kommunikasjonssjef', sshf)
  b.member(pk, byPerson(municipality('Grimstad').healthChief.personId), 'leder')
  b.member(pk, byPerson(communicationsChief), 'medlem')
  b.member(pk, byPerson(b.person('Førsteamanuensis, helsefag', uia)), 'medlem')
  b.member(pk, byPerson(ksAdviser.personId), 'medlem')
  b.member(pk, byPerson(b.person('Brukerrepresentant', ffo)), 'medlem')
  b.member(pk, byPerson(sec2), 'sekretar')

  b.member(kom, byPerson(communicationsChief), 'leder')
  for (const org of [kristiansand, municipality('Arendal').organisationId, county, ks]) {
    b.member(kom, byPerson(b.person('Kommunikasjonsrådgiver', org)), 'medlem')
  }
  b.member(kom, byPerson(sec2), 'sekretar')

  // The conference itself has no standing members; the programme committee plans it.
  b.member(hk, byPerson(sec2), 'sekretar')

  const rhythms = agderRhythms({ pm, oss, au, rs: rsBodies, councils: [srPhr, srEk] })

  return {
    format: workspaceFileFormat,
    version: workspaceFileVersion,
    exportedAt,
    appVersion,
    workspace: { name: WORKSPACE_NAME },
    regions: b.regions,
    organisations: b.organisations,
    people: b.people,
    roles: b.roles,
    holdings: b.holdings,
    bodies: b.bodies,
    memberships: b.memberships,
    rhythms,
    meetings: demoMeetings(rhythms, new Map(b.bodies.map((body) => [body.id, body.defaultPlace])), today),
    meetingMoves: [],
    cycleItems: agderItems({ pm, oss, au, rs: rsBodies, councils: [srPhr, srEk] }),
    ...agderPlan(b),
    ...partnershipInvitations(pm, oss, sshf),
  }
}

/**
 * Who the partnership meeting invites, as seed 000's invitation reads: groups by role, not names.
 * "Ordførerne kan invitere med en politiker fra sin kommune. Hvis kommunedirektør ikke kan delta,
 * ser vi gjerne at kommunalsjefen kommer i stedet." The other bodies invite their members (the
 * default when a body has no rules).
 */
function partnershipInvitations(pm: number, oss: number, sshf: number) {
  const rule = (
    id: number,
    label: string,
    spec: Partial<{ memberBodyId: number; roleKinds: RoleKind[]; organisationId: number }>,
  ) => ({
    id,
    bodyId: pm,
    meetingId: null,
    position: id - 1,
    kind: spec.memberBodyId !== undefined ? ('members' as const) : ('roles' as const),
    label,
    memberBodyId: spec.memberBodyId ?? null,
    roleKinds: spec.roleKinds ?? [],
    roleId: null,
    organisationId: spec.organisationId ?? null,
    organisationKind: null,
    regionId: null,
    personId: null,
  })
  const substitute = { bodyId: pm, meetingId: null, label: '', organisationId: null, substitutePersonId: null }
  return {
    invitationRules: [
      rule(1, 'Ordførere og fylkesordfører', { roleKinds: ['ordforer', 'fylkesordforer'] }),
      rule(2, 'Kommunedirektører og fylkeskommunedirektør', {
        roleKinds: ['kommunedirektor', 'fylkeskommunedirektor'],
      }),
      rule(3, 'Agderbenken', { roleKinds: ['stortingsrepresentant'] }),
      rule(4, '', { memberBodyId: oss }),
      rule(5, 'Styret i Sørlandet sykehus', { roleKinds: ['styreleder', 'styremedlem'], organisationId: sshf }),
    ],
    substituteRules: [
      {
        ...substitute,
        id: 1,
        kind: 'roleSubstitute' as const,
        roleKind: 'kommunedirektor' as const,
        substituteRoleKind: 'kommunalsjef' as const,
        companions: 0,
      },
      {
        ...substitute,
        id: 2,
        kind: 'companion' as const,
        roleKind: 'ordforer' as const,
        substituteRoleKind: null,
        companions: 1,
      },
    ],
  }
}
