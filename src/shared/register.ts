import { z } from 'zod'
import { standardItemKeys, type StandardItemSetting } from './cases'
import {
  caseLabelFormat,
  id,
  isoDate,
  optionalEmail,
  optionalId,
  optionalIsoDate,
  optionalText,
  requiredText,
  searchText,
} from './schema-kit'
import { bodyLevels, membershipFunctions, organisationKinds, roleKinds } from './vocabulary'
import type { BodyLevel, MembershipFunction, OrganisationKind, RoleKind } from './vocabulary'

// ---- inputs -------------------------------------------------------------------------------

export const regionInput = z.object({ id: id.optional(), name: requiredText(100) }).strict()

export const organisationInput = z
  .object({
    id: id.optional(),
    name: requiredText(200),
    shortName: optionalText(40),
    kind: z.enum(organisationKinds),
    regionId: optionalId,
    notes: optionalText(4000),
  })
  .strict()

/** What a new body opens and closes its agendas with: both approvals numbered, Eventuelt not. */
export const defaultStandardItems: StandardItemSetting[] = [
  { key: 'approveNotice', numbered: true },
  { key: 'approveMinutes', numbered: true },
  { key: 'anyOther', numbered: false },
]

/** The standard items a body uses, each at most once; the agenda orders them itself. */
export const standardItemSettings = z
  .array(z.object({ key: z.enum(standardItemKeys), numbered: z.boolean() }).strict())
  .max(standardItemKeys.length)
  .refine((items) => new Set(items.map((i) => i.key)).size === items.length, { message: 'standardItemTwice' })

export const bodyInput = z
  .object({
    id: id.optional(),
    name: requiredText(200),
    shortCode: requiredText(20),
    level: z.enum(bodyLevels),
    parentBodyId: optionalId,
    regionId: optionalId,
    caseLabelFormat: caseLabelFormat.default('{nr}/{år}'),
    defaultPlace: optionalText(200),
    defaultDurationMinutes: z
      .number()
      .int()
      .min(15)
      .max(24 * 60)
      .default(180),
    secretaryPersonId: optionalId,
    notes: optionalText(4000),
    caseDeadlineWorkingDays: z.number().int().min(0).max(60).default(10),
    noticeDays: z.number().int().min(0).max(60).default(7),
    minutesWorkingDays: z.number().int().min(0).max(60).default(10),
    // How the body runs its agendas (used by agenda.start and the case document).
    assessmentTitle: requiredText(100).default('Vurdering'),
    standardItems: standardItemSettings.default(() => defaultStandardItems.map((i) => ({ ...i }))),
    postponedKeepsNumber: z.boolean().default(true),
  })
  .strict()

export const personInput = z
  .object({
    id: id.optional(),
    name: requiredText(200),
    title: optionalText(200),
    organisationId: optionalId,
    email: optionalEmail,
    phone: optionalText(40),
    notes: optionalText(4000),
  })
  .strict()

export const roleInput = z
  .object({
    id: id.optional(),
    title: requiredText(200),
    kind: z.enum(roleKinds),
    organisationId: id,
    seats: z.number().int().min(1).max(99).default(1),
  })
  .strict()

const endNotBeforeStart = <T extends { fromDate: string; toDate: string | null }>(v: T) =>
  v.toDate === null || v.toDate >= v.fromDate

export const holdingInput = z
  .object({
    roleId: id,
    personId: id,
    fromDate: isoDate,
    toDate: optionalIsoDate,
  })
  .strict()
  .refine(endNotBeforeStart, { message: 'endBeforeStart', path: ['toDate'] })

/** Who sits in a body or stands in: a named person, or a role that follows its holder. */
export const seatRef = z
  .object({ personId: optionalId, roleId: optionalId })
  .strict()
  .refine((v) => (v.personId === null) !== (v.roleId === null), { message: 'memberOneOf' })

const sameSeat = (a: SeatRef, b: SeatRef) =>
  (a.personId !== null && a.personId === b.personId) || (a.roleId !== null && a.roleId === b.roleId)

export const membershipInput = z
  .object({
    id: id.optional(),
    bodyId: id,
    member: seatRef,
    function: z.enum(membershipFunctions).default('medlem'),
    representsOrganisationId: optionalId,
    representsRegionId: optionalId,
    fromDate: isoDate,
    toDate: optionalIsoDate,
    personalDeputy: seatRef.nullable().default(null),
    deputies: z.array(seatRef).max(10).default([]),
    notes: optionalText(2000),
  })
  .strict()
  .refine(endNotBeforeStart, { message: 'endBeforeStart', path: ['toDate'] })
  .refine((v) => v.personalDeputy === null || !sameSeat(v.personalDeputy, v.member), {
    message: 'deputyIsMember',
    path: ['personalDeputy'],
  })
  .refine((v) => !v.deputies.some((d) => sameSeat(d, v.member)), {
    message: 'deputyIsMember',
    path: ['deputies'],
  })
  .refine(
    (v) => {
      const all = [...(v.personalDeputy ? [v.personalDeputy] : []), ...v.deputies]
      return all.every((a, i) => all.findIndex((b) => sameSeat(a, b)) === i)
    },
    { message: 'deputyTwice', path: ['deputies'] },
  )

export const listFilter = z
  .object({
    search: searchText,
    organisationId: id.optional(),
    regionId: id.optional(),
    kind: z.string().max(40).optional(),
  })
  .strict()

export const byId = z.object({ id }).strict()
export const searchOnly = z.object({ search: searchText }).strict()
export const endHoldingInput = z.object({ id, toDate: isoDate }).strict()
export const holderOnInput = z.object({ roleId: id, date: isoDate }).strict()

export type RegionInput = z.input<typeof regionInput>
export type OrganisationInput = z.input<typeof organisationInput>
export type BodyInput = z.input<typeof bodyInput>
export type PersonInput = z.input<typeof personInput>
export type RoleInput = z.input<typeof roleInput>
export type HoldingInput = z.input<typeof holdingInput>
export type MembershipInput = z.input<typeof membershipInput>
export type SeatRef = z.output<typeof seatRef>
export type SeatRefInput = z.input<typeof seatRef>

/** Inputs after validation and defaults: what handlers and repositories receive. */
export type RegionData = z.output<typeof regionInput>
export type OrganisationData = z.output<typeof organisationInput>
export type BodyData = z.output<typeof bodyInput>
export type PersonData = z.output<typeof personInput>
export type RoleData = z.output<typeof roleInput>
export type HoldingData = z.output<typeof holdingInput>
export type MembershipData = z.output<typeof membershipInput>
export type ListFilter = z.output<typeof listFilter>

// ---- outputs ------------------------------------------------------------------------------

export interface Region {
  id: number
  name: string
  organisationCount: number
}

export interface Organisation {
  id: number
  name: string
  shortName: string
  kind: OrganisationKind
  regionId: number | null
  regionName: string | null
  notes: string
  peopleCount: number
}

export interface Person {
  id: number
  name: string
  title: string
  organisationId: number | null
  organisationName: string | null
  email: string
  phone: string
  notes: string
  /** Restricted (sperret) since this time: kept in the record, not offered for new work. */
  restrictedAt: string | null
  restrictionReason: string
  /** Personal data erased at this time; `name` is then the pseudonym. */
  erasedAt: string | null
}

export interface Role {
  id: number
  title: string
  kind: RoleKind
  organisationId: number
  organisationName: string
  /** How many may hold it at once (1 for a mayor, several for a board). */
  seats: number
  /** Holders today, oldest first; empty when vacant. */
  holders: { personId: number; name: string; fromDate: string }[]
}

export interface Holding {
  id: number
  roleId: number
  roleTitle: string
  organisationName: string
  personId: number
  personName: string
  fromDate: string
  toDate: string | null
}

/** A seat reference made readable: the person, or the role and whoever holds it today. */
export interface SeatView {
  personId: number | null
  roleId: number | null
  /** "Kari Nordmann" or "Kommunedirektør, Arendal kommune". */
  label: string
  /** For a role: the holder today, or null when vacant. For a person: the person's name. */
  holderName: string | null
}

export interface Membership {
  id: number
  bodyId: number
  bodyName: string
  bodyShortCode: string
  member: SeatView
  function: MembershipFunction
  representsOrganisationId: number | null
  representsRegionId: number | null
  /** Name of the organisation or region represented, if any. */
  representsName: string | null
  fromDate: string
  toDate: string | null
  personalDeputy: SeatView | null
  deputies: SeatView[]
  notes: string
}

export interface Body {
  id: number
  name: string
  shortCode: string
  level: BodyLevel
  parentBodyId: number | null
  parentName: string | null
  regionId: number | null
  regionName: string | null
  caseLabelFormat: string
  defaultPlace: string
  defaultDurationMinutes: number
  secretaryPersonId: number | null
  secretaryName: string | null
  notes: string
  caseDeadlineWorkingDays: number
  noticeDays: number
  minutesWorkingDays: number
  /** The heading of the case document's assessment section ("Sekretariatets vurderinger"). */
  assessmentTitle: string
  /** The standard items a new agenda gets, in the order of `standardItemKeys`. */
  standardItems: StandardItemSetting[]
  /** A case postponed within the year keeps its number at the next meeting. */
  postponedKeepsNumber: boolean
  /** Memberships current today. */
  memberCount: number
}

export interface BodyDetail {
  body: Body
  memberships: Membership[]
  children: { id: number; name: string }[]
}

export interface PersonDetail {
  person: Person
  holdings: Holding[]
  /** Memberships held in person or through a role the person holds today. */
  memberships: Membership[]
  /** Memberships where the person, or a role they hold, is a deputy. */
  deputyFor: Membership[]
}

export interface RoleDetail {
  role: Role
  holdings: Holding[]
  memberships: Membership[]
}

export interface OrganisationDetail {
  organisation: Organisation
  people: Person[]
  roles: Role[]
}

export interface RegionDetail {
  region: Region
  organisations: Organisation[]
}
