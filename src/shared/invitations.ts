import { z } from 'zod'
import { id, optionalId, optionalIsoDate, optionalText } from './schema-kit'
import { organisationKinds, roleKinds } from './vocabulary'
import type { MembershipFunction, OrganisationKind, RoleKind } from './vocabulary'

/**
 * Invitation lists with substitute rules, RSVPs and attendance. A meeting's list is worked out
 * from rules at the meeting's date (the body's defaults plus the meeting's own); what people
 * answer and do is stored per person. Once the notice is sent the list is kept as sent, and a
 * later difference from the rules is shown as a pending change the secretary applies (recorded).
 */

/** members: a body's members; roles: holders of roles by kind (or one role); person: a named person. */
export const invitationRuleKinds = ['members', 'roles', 'person'] as const
export type InvitationRuleKind = (typeof invitationRuleKinds)[number]

/** roleSubstitute: "if the kommunedirektør cannot come, the kommunalsjef comes instead"; companion: "+N". */
export const substituteRuleKinds = ['roleSubstitute', 'companion'] as const
export type SubstituteRuleKind = (typeof substituteRuleKinds)[number]

/** Why a person is on the list. */
export const invitationSources = ['rule', 'deputy', 'substitute', 'companion'] as const
export type InvitationSource = (typeof invitationSources)[number]

/** invited: no answer yet; noAnswer: the secretary has given up waiting. */
export const rsvpStatuses = ['invited', 'accepted', 'declined', 'noAnswer'] as const
export type RsvpStatus = (typeof rsvpStatuses)[number]

export const attendanceValues = ['unrecorded', 'present', 'absent'] as const
export type AttendanceValue = (typeof attendanceValues)[number]

/** The rows of seed 003's participant table, in its order. */
export const participantCategories = [
  'politicians',
  'hospital',
  'municipalLeaders',
  'unionReps',
  'others',
  'hosts',
] as const
export type ParticipantCategory = (typeof participantCategories)[number]

// ---- inputs -------------------------------------------------------------------------------

/** Exactly one owner: the body (default for all its meetings) or one meeting. */
const owner = { bodyId: optionalId, meetingId: optionalId }
const oneOwner = (v: { bodyId: number | null; meetingId: number | null }) =>
  (v.bodyId === null) !== (v.meetingId === null)

export const invitationRuleInput = z
  .object({
    id: id.optional(),
    ...owner,
    kind: z.enum(invitationRuleKinds),
    /** Shown on the list as the reason: "Ordførere og fylkesordfører". Empty: worked out from the rule. */
    label: optionalText(120),
    /** members: whose members; null means the meeting's own body. */
    memberBodyId: optionalId,
    /** roles: role kinds, or one role. */
    roleKinds: z.array(z.enum(roleKinds)).max(roleKinds.length).default([]),
    roleId: optionalId,
    /** roles: optional limits. */
    organisationId: optionalId,
    organisationKind: z.enum(organisationKinds).nullable().default(null),
    regionId: optionalId,
    /** person: who. */
    personId: optionalId,
  })
  .strict()
  .refine(oneOwner, { message: 'required', path: ['bodyId'] })
  .refine((v) => v.kind !== 'roles' || v.roleKinds.length > 0 || v.roleId !== null, {
    message: 'required',
    path: ['roleKinds'],
  })
  .refine((v) => v.kind !== 'person' || v.personId !== null, { message: 'required', path: ['personId'] })

export const substituteRuleInput = z
  .object({
    id: id.optional(),
    ...owner,
    kind: z.enum(substituteRuleKinds),
    label: optionalText(120),
    /** The principal's role kind ("kommunedirektor"); for a companion rule, who may bring someone. */
    roleKind: z.enum(roleKinds),
    /** Limits the rule to one organisation. */
    organisationId: optionalId,
    /** roleSubstitute: the holder of this role kind in the principal's organisation stands in ... */
    substituteRoleKind: z.enum(roleKinds).nullable().default(null),
    /** ... or this person. */
    substitutePersonId: optionalId,
    /** companion: how many each may bring. */
    companions: z.number().int().min(0).max(10).default(0),
  })
  .strict()
  .refine(oneOwner, { message: 'required', path: ['bodyId'] })
  .refine((v) => v.kind !== 'roleSubstitute' || (v.substituteRoleKind === null) !== (v.substitutePersonId === null), {
    message: 'required',
    path: ['substituteRoleKind'],
  })
  .refine((v) => v.kind !== 'roleSubstitute' || v.substituteRoleKind !== v.roleKind, {
    message: 'substituteIsPrincipal',
    path: ['substituteRoleKind'],
  })
  .refine((v) => v.kind !== 'companion' || v.companions > 0, { message: 'required', path: ['companions'] })

export const rulesFilter = z.object({ bodyId: optionalId, meetingId: optionalId }).strict()

export const respondInput = z
  .object({
    meetingId: id,
    personId: id,
    status: z.enum(rsvpStatuses),
    /** Why they cannot come (forfall); only with declined. */
    reason: optionalText(300),
    /** When the answer came; defaults to today. */
    date: optionalIsoDate,
  })
  .strict()

export const inviteSubstituteInput = z
  .object({
    meetingId: id,
    /** The principal who declined. */
    forPersonId: id,
    /** Who stands in; null takes the proposal. */
    personId: optionalId,
  })
  .strict()

export const companionInput = z.object({ meetingId: id, ofPersonId: id, personId: id }).strict()

export const inviteeRef = z.object({ meetingId: id, personId: id }).strict()

export const attendanceInput = z
  .object({
    meetingId: id,
    personId: id,
    attendance: z.enum(attendanceValues),
    /** Came late: present from this agenda item. */
    arrivedAtItemId: optionalId,
    /** Left early: present up to and including this agenda item. */
    leftAfterItemId: optionalId,
  })
  .strict()

export const hostInput = z.object({ meetingId: id, personId: id, host: z.boolean() }).strict()

export const bodyInvitationSettingsInput = z
  .object({
    bodyId: id,
    /** Members present needed for a valid decision; null: the body sets none. */
    quorum: z.number().int().min(1).max(500).nullable().default(null),
    /** Record arrivals and departures per agenda item. */
    itemAttendance: z.boolean().default(false),
  })
  .strict()

export const mailDraftInput = z
  .object({
    meetingId: id,
    /** Who gets it: everyone on the list, or only those who have not answered. */
    to: z.enum(['all', 'unanswered', 'accepted']).default('all'),
  })
  .strict()

export type InvitationRuleData = z.output<typeof invitationRuleInput>
export type SubstituteRuleData = z.output<typeof substituteRuleInput>

// ---- outputs ------------------------------------------------------------------------------

export interface InvitationRule extends InvitationRuleData {
  id: number
  position: number
  /** Reason text as the list shows it (the label, or one worked out from the rule). */
  description: string
  /** How many people it reaches at the meeting's date (for a body default: today). */
  resolvedCount: number
}

export interface SubstituteRule extends SubstituteRuleData {
  id: number
  description: string
}

/** The next one to ask when a principal declines. */
export interface SubstituteProposal {
  personId: number
  name: string
  /** personalDeputy, deputyList (with position), roleSubstitute. */
  basis: 'personalDeputy' | 'deputyList' | 'roleSubstitute'
  /** "1. vara", "Personlig vara", "Kommunalsjef helse og omsorg i stedet for kommunedirektør". */
  description: string
  hasEmail: boolean
}

export interface Invitee {
  personId: number
  name: string
  title: string
  email: string
  phone: string
  organisationId: number | null
  organisationName: string
  organisationKind: OrganisationKind | null
  regionId: number | null
  regionName: string
  /** Titles of the roles that brought the person here ("Ordfører"). */
  roleTitles: string[]
  roleKinds: RoleKind[]
  category: ParticipantCategory
  source: InvitationSource
  /** Every reason, one per rule or relation: "Medlem av OSS (leder)", "Ordførere og fylkesordfører". */
  reasons: string[]
  /** As a member of the meeting's body. */
  membershipFunction: MembershipFunction | null
  standsInFor: { personId: number; name: string } | null
  companionOf: { personId: number; name: string } | null
  status: RsvpStatus
  statusDate: string | null
  declineReason: string
  attendance: AttendanceValue
  arrivedAtItemId: number | null
  leftAfterItemId: number | null
  host: boolean
  /** Who stands in for this person, once invited. */
  substitute: { personId: number; name: string; status: RsvpStatus } | null
  /** Declined and nobody stands in yet: who to ask next, if anyone. */
  proposal: SubstituteProposal | null
  /** A member of the meeting's body: has a personal deputy or a deputy list. */
  hasDeputy: boolean | null
  companionsAllowed: number
  companionsUsed: number
  /** Added to the list after the notice was sent. */
  addedAfterSend: boolean
}

export interface PendingChange {
  personId: number
  name: string
  change: 'add' | 'remove'
  /** "Ny ordfører i Farsund fra 16.10.2023", "Ikke lenger omfattet av reglene". */
  reason: string
}

export interface InvitationChange {
  id: number
  personId: number | null
  change: 'added' | 'removed'
  description: string
  changedAt: string
}

/** One row of a count table. `coming` is accepted; `present` counts recorded attendance. */
export interface CountRow {
  key: string
  label: string
  invited: number
  coming: number
  declined: number
  present: number
}

export interface InvitationCounts {
  byCategory: CountRow[]
  byOrganisation: CountRow[]
  byRegion: CountRow[]
  total: CountRow
  /** "21 av 25 kommuner": municipalities with someone coming (or present, once attendance is recorded). */
  municipalities: { represented: number; total: number; missing: string[] }
  /** Basis of `represented`: accepted answers before the meeting, attendance after. */
  basis: 'coming' | 'present'
}

export type InvitationWarningKind =
  | 'noEmail'
  | 'municipalityMissing'
  | 'regionMissing'
  | 'memberWithoutDeputy'
  | 'quorum'
  | 'ruleResolvesToNobody'
  | 'noSubstitute'

export interface InvitationWarning {
  kind: InvitationWarningKind
  /** Norwegian sentence, ready to show. */
  text: string
  personIds: number[]
}

export interface InvitationList {
  meeting: {
    id: number
    bodyId: number
    bodyShortCode: string
    bodyName: string
    date: string
    startTime: string
    endTime: string
    place: string
    title: string
    status: string
    minutesLocked: boolean
  }
  /** When the notice went out; the list is kept as sent from then on. */
  sentAt: string | null
  rules: (InvitationRule & { origin: 'body' | 'meeting' })[]
  substituteRules: (SubstituteRule & { origin: 'body' | 'meeting' })[]
  invitees: Invitee[]
  pendingChanges: PendingChange[]
  changes: InvitationChange[]
  counts: InvitationCounts
  warnings: InvitationWarning[]
  quorum: { required: number; members: number; coming: number; present: number } | null
  itemAttendance: boolean
  /** Agenda items, for arrived/left per item. */
  agendaItems: { id: number; label: string; title: string }[]
}

export interface BodyInvitationSettings {
  bodyId: number
  quorum: number | null
  itemAttendance: boolean
}
