import { z } from 'zod'
import type { MeetingStatus } from './cycle'
import { richDoc, type RichDoc } from './rich-text'
import { id, isoDate, optionalId, optionalText, requiredText, searchText } from './schema-kit'

/**
 * Cases (saker), agendas, case numbers and minutes: the secretariat's daily work. A case is one
 * body's handling of a matter; a matter that travels RS -> SSU -> partnership meeting is one
 * case per body, each with that body's own number.
 */

/** The sections of a case document (saksfremlegg), in the order they are printed. */
export const caseSectionKeys = ['background', 'facts', 'assessment', 'proposal'] as const
export type CaseSectionKey = (typeof caseSectionKeys)[number]

export const caseKinds = ['decision', 'discussion', 'information', 'report'] as const
export type CaseKind = (typeof caseKinds)[number]

/** draft -> ready (in the body's queue) -> on agenda -> handled; or postponed, withdrawn. */
export const caseStatuses = ['draft', 'ready', 'on_agenda', 'handled', 'postponed', 'withdrawn'] as const
export type CaseStatus = (typeof caseStatuses)[number]

/** The standard items a body can open and close its agendas with. */
export const standardItemKeys = ['approveNotice', 'approveMinutes', 'anyOther'] as const
export type StandardItemKey = (typeof standardItemKeys)[number]
/** Eventuelt closes the agenda; the approvals open it. */
export const closingStandardItems: readonly StandardItemKey[] = ['anyOther']

export const programmeKinds = ['intro', 'tableDialogue', 'break', 'other'] as const
export type ProgrammeKind = (typeof programmeKinds)[number]

export interface StandardItemSetting {
  key: StandardItemKey
  numbered: boolean
}

/** "SSU-sak 09/2024" from the body's format: `{nr}` is zero-padded to two digits, `{år}` the year. */
export function caseNumberLabel(labelFormat: string, sequence: number, year: number): string {
  return labelFormat.replace('{nr}', String(sequence).padStart(2, '0')).replace('{år}', String(year))
}

// ---- inputs -------------------------------------------------------------------------------

const sections = {
  background: richDoc,
  facts: richDoc,
  assessment: richDoc,
  proposal: richDoc,
}

export const caseInput = z
  .object({
    id: id.optional(),
    bodyId: id,
    title: requiredText(300),
    kind: z.enum(caseKinds).default('decision'),
    officerPersonId: optionalId,
    archiveRef: optionalText(100),
    ...sections,
  })
  .strict()

export const casesFilter = z
  .object({
    bodyId: id.optional(),
    statuses: z.array(z.enum(caseStatuses)).max(6).optional(),
    search: searchText,
  })
  .strict()

/** The user moves a case between draft and ready; the agenda moves it on from there. */
export const caseStatusInput = z.object({ id, status: z.enum(['draft', 'ready']) }).strict()
export const forwardInput = z.object({ id, bodyId: id }).strict()
export const linkInput = z.object({ id, linkedCaseId: id }).strict()
export const searchInput = z
  .object({ query: z.string().max(200), limit: z.number().int().min(1).max(100).default(20) })
  .strict()

/** The largest attachment the workspace keeps a copy of; checked in the renderer before sending, and in main. */
export const maxAttachmentMb = 25

/** A file sent from the renderer: its name and its bytes as base64. */
const fileContent = z.object({
  fileName: requiredText(255),
  /** Base64 (4 characters per 3 bytes); the limit is checked on the decoded bytes, with a message that names it. */
  content: z.string().max(Math.ceil((maxAttachmentMb * 1024 * 1024 * 4) / 3) + 4),
})
export const docxImportInput = fileContent.strict()
export const attachmentInput = fileContent.extend({ caseId: id, title: optionalText(300) }).strict()
export const attachmentOrderInput = z.object({ caseId: id, ids: z.array(id).max(200) }).strict()

export const meetingRef = z.object({ meetingId: id }).strict()
export const agendaCaseInput = z.object({ meetingId: id, caseId: id }).strict()
export const agendaItemInput = z
  .object({
    id: id.optional(),
    meetingId: id,
    title: requiredText(300),
    programmeKind: z.enum(programmeKinds).default('other'),
    durationMinutes: z.number().int().min(0).max(600).nullable().default(null),
    speaker: optionalText(300),
  })
  .strict()
/** Times and speakers of any item, case items included (a programme meeting times its cases too). */
export const agendaTimingInput = z
  .object({
    id,
    durationMinutes: z.number().int().min(0).max(600).nullable().default(null),
    speaker: optionalText(300),
  })
  .strict()
export const agendaOrderInput = z.object({ meetingId: id, itemIds: z.array(id).max(300) }).strict()
/** To a later meeting, or back to the body's queue (null) until one is chosen. */
export const postponeInput = z.object({ id, toMeetingId: id.nullable() }).strict()

export const minutesItemInput = z
  .object({
    id,
    presenter: optionalText(300),
    summary: optionalText(8000),
    decision: richDoc,
    /** Required once the minutes are approved: the change is then recorded as a correction. */
    correctionReason: optionalText(500),
  })
  .strict()
export const approveMinutesInput = z.object({ meetingId: id, inMeetingId: optionalId }).strict()
export const followUpInput = z
  .object({
    id: id.optional(),
    agendaItemId: id,
    what: requiredText(500),
    responsible: optionalText(200),
    dueDate: isoDate.nullable().default(null),
    done: z.boolean().default(false),
  })
  .strict()
export const followUpsFilter = z.object({ bodyId: id.optional(), includeDone: z.boolean().default(false) }).strict()

export type CaseData = z.output<typeof caseInput>
export type CaseInput = z.input<typeof caseInput>
export type AgendaItemData = z.output<typeof agendaItemInput>
export type FollowUpData = z.output<typeof followUpInput>
export type MinutesItemData = z.output<typeof minutesItemInput>

// ---- outputs ------------------------------------------------------------------------------

/** Where a case stands on an agenda: the meeting and the number it has there. */
export interface CaseHandling {
  meetingId: number
  meetingDate: string
  agendaItemId: number
  /** "SSU-sak 09/2024"; provisional until the notice is sent. */
  numberLabel: string | null
  numberFixed: boolean
  withdrawn: boolean
  postponed: boolean
}

export interface CaseSummary {
  id: number
  matterId: number
  bodyId: number
  bodyShortCode: string
  title: string
  kind: CaseKind
  status: CaseStatus
  officerPersonId: number | null
  officerName: string | null
  archiveRef: string
  /** The latest agenda it is on, if any. */
  handling: CaseHandling | null
  updatedAt: string
}

export interface Attachment {
  id: number
  caseId: number
  /** Vedlegg 1, 2, ...: the order the case document lists them in. */
  position: number
  title: string
  fileName: string
  mimeType: string
  size: number
  sha256: string
  addedAt: string
}

/** The desktop opens a file in its own app; web mode hands it to the browser to save. */
export interface OpenedFile {
  opened: boolean
  file: { fileName: string; mimeType: string; content: string; encoding: 'base64' } | null
}

export interface LinkedCase {
  id: number
  title: string
  bodyShortCode: string
  numberLabel: string | null
}

/** A reference written in the text, and the case it names if one exists. */
export interface FoundReference {
  text: string
  caseId: number | null
  linked: boolean
}

/** One body's handling of the matter, with its number and decision. */
export interface MatterStep {
  caseId: number
  bodyShortCode: string
  bodyName: string
  title: string
  status: CaseStatus
  numberLabel: string | null
  meetingDate: string | null
  decision: RichDoc | null
}

export interface CaseDetail {
  summary: CaseSummary
  sections: Record<CaseSectionKey, RichDoc>
  /** The body's title for the assessment section ("Sekretariatets vurderinger"). */
  assessmentTitle: string
  attachments: Attachment[]
  links: LinkedCase[]
  references: FoundReference[]
  matter: MatterStep[]
  handlings: CaseHandling[]
}

export interface SearchHit {
  caseId: number
  title: string
  bodyShortCode: string
  numberLabel: string | null
  status: CaseStatus
  /** The best matching passage, split so the matched words can be marked without HTML. */
  snippet: { text: string; hit: boolean }[]
}

export interface DocxImport {
  title: string
  /** HTML per section, for the editor's HTML import. */
  sections: Record<CaseSectionKey, string>
  attachmentTitles: string[]
  notes: string[]
}

export interface FollowUp {
  id: number
  agendaItemId: number
  what: string
  responsible: string
  dueDate: string | null
  doneAt: string | null
  meetingId: number
  meetingDate: string
  bodyShortCode: string
  caseId: number | null
  itemTitle: string
  numberLabel: string | null
}

export interface AgendaItem {
  id: number
  position: number
  kind: 'case' | 'standard' | 'programme'
  caseId: number | null
  caseKind: CaseKind | null
  caseStatus: CaseStatus | null
  officerName: string | null
  standardKey: StandardItemKey | null
  title: string
  numbered: boolean
  /** "SSU-sak 09/2024" */
  numberLabel: string | null
  numberFixed: boolean
  late: boolean
  withdrawn: boolean
  postponed: boolean
  postponedTo: { meetingId: number; date: string } | null
  programmeKind: ProgrammeKind | null
  durationMinutes: number | null
  speaker: string
  /** Programme meetings: the item's start, from the meeting's start and the durations before it. */
  startTime: string | null
  // Minutes.
  presenter: string
  summary: string
  /** The decision as written, or the proposal while nothing is written yet. */
  decision: RichDoc
  decisionWritten: boolean
  followUps: FollowUp[]
}

export interface NoticeRecord {
  kind: 'notice' | 'late'
  sentAt: string
  agenda: { numberLabel: string | null; title: string }[]
}

export interface Agenda {
  meetingId: number
  bodyId: number
  /** The notice has been sent: numbers are fixed. */
  frozen: boolean
  items: AgendaItem[]
  notices: NoticeRecord[]
  /** The body's previous meeting, whose minutes the approval item approves. */
  previousMeeting: { id: number; date: string; minutesApprovedAt: string | null; status: MeetingStatus } | null
}

/** One person on the meeting's invitation list, as the minutes print them. */
export interface AttendanceRow {
  personId: number
  name: string
  /** Function in the body ("Leder"), or empty. */
  function: string
  /** Recorded present; false when recorded absent or the person sent apologies; null when not recorded. */
  present: boolean | null
  /** Sent apologies (forfall), before or at the meeting. */
  apologies: boolean
  /** Attended on behalf of a member who sent apologies: "X møtte for Y". */
  deputyFor: { personId: number; name: string } | null
}

export interface MinutesCorrection {
  itemTitle: string | null
  reason: string
  correctedAt: string
}

export interface Minutes {
  agenda: Agenda
  attendance: AttendanceRow[]
  approvedAt: string | null
  approvedInMeetingId: number | null
  /** Approved minutes are locked: changes need a reason and are recorded. */
  locked: boolean
  corrections: MinutesCorrection[]
}
