import { z } from 'zod'
import { id, isoDate, optionalId, optionalText, requiredText, searchText } from './schema-kit'

/**
 * The action plan (handlingsplan) and its status matrix: plan -> focus areas -> main goals ->
 * sub-goals -> measures. Measures get a status in each review (statusgjennomgang); regions and
 * bodies give input. Numbers (1, 1.2, 1.2.3) are worked out from positions, never stored.
 */

export const planLevels = ['focusArea', 'mainGoal', 'subGoal', 'measure'] as const
export type PlanLevel = (typeof planLevels)[number]

/** Which levels a node of each level may sit under; a focus area sits at the top. */
export const allowedParents: Record<PlanLevel, readonly PlanLevel[]> = {
  focusArea: [],
  mainGoal: ['focusArea'],
  subGoal: ['mainGoal'],
  measure: ['subGoal', 'mainGoal'],
}

/** The levels a child of `level` may have: a main goal holds sub-goals, or measures directly. */
export const childLevels = (level: PlanLevel): PlanLevel[] =>
  planLevels.filter((child) => allowedParents[child].includes(level))

/** red = ikke påbegynt, yellow = startet/pågående, green = gjennomført, dropped = utgår. */
export const measureStatuses = ['red', 'yellow', 'green', 'dropped'] as const
export type MeasureStatus = (typeof measureStatuses)[number]

// ---- inputs -------------------------------------------------------------------------------

const year = z.number().int().min(2000).max(2100)

export const planInput = z
  .object({
    id: id.optional(),
    title: requiredText(200),
    periodFrom: year,
    periodTo: year,
    ownerBodyId: id,
    strategy: optionalText(300),
    notes: optionalText(2000),
  })
  .strict()
  .refine((v) => v.periodTo >= v.periodFrom, { message: 'endBeforeStart', path: ['periodTo'] })

export const planNodeInput = z
  .object({
    id: id.optional(),
    planId: id,
    /** null only for a focus area. */
    parentId: optionalId,
    level: z.enum(planLevels),
    title: requiredText(1000),
    responsibleOrganisationId: optionalId,
    responsibleBodyId: optionalId,
    responsiblePersonId: optionalId,
    /** "2024-2025", "Innen 2026". */
    timeFrame: optionalText(100),
    resources: optionalText(500),
    /** What shows it is done. */
    indicator: optionalText(500),
    notes: optionalText(2000),
  })
  .strict()

/** Moves a node among its siblings, or under another parent of the right level. */
export const planNodeMoveInput = z
  .object({ id, parentId: optionalId, position: z.number().int().min(1).max(10_000) })
  .strict()

export const reviewInput = z
  .object({
    id: id.optional(),
    planId: id,
    title: requiredText(200),
    date: isoDate,
    notes: optionalText(2000),
  })
  .strict()

export const statusInput = z
  .object({
    reviewId: id,
    nodeId: id,
    /** null clears the status for this review. */
    status: z.enum(measureStatuses).nullable(),
    comment: optionalText(2000),
  })
  .strict()

export const planInputInput = z
  .object({
    id: id.optional(),
    planId: id,
    /** The measure or goal it is about; null: the plan as a whole. */
    nodeId: optionalId,
    reviewId: optionalId,
    /** The region's RS or the body that gave it. */
    fromBodyId: id,
    personId: optionalId,
    givenOn: isoDate,
    text: requiredText(4000),
  })
  .strict()

export const planLinkInput = z
  .object({
    nodeId: id,
    caseId: optionalId,
    followUpId: optionalId,
    /** The status the case's decision sets in the next review; null: the link only informs. */
    status: z.enum(measureStatuses).nullable().default(null),
  })
  .strict()
  .refine((v) => (v.caseId === null) !== (v.followUpId === null), { message: 'required', path: ['caseId'] })

export const matrixInput = z
  .object({
    planId: id,
    /** null: the latest review. */
    reviewId: optionalId,
  })
  .strict()

export const compareInput = z.object({ planId: id, fromReviewId: id, toReviewId: id }).strict()

export const xlsxImportInput = z
  .object({
    planId: id,
    reviewId: id,
    fileName: optionalText(300),
    /** The .xlsx as base64. */
    content: z.string().min(1).max(40_000_000),
  })
  .strict()

export const plansFilter = z.object({ search: searchText }).strict()

export type PlanData = z.output<typeof planInput>
export type PlanNodeData = z.output<typeof planNodeInput>

// ---- outputs ------------------------------------------------------------------------------

export interface PlanSummary {
  id: number
  title: string
  periodFrom: number
  periodTo: number
  ownerBodyId: number
  ownerBodyShortCode: string
  strategy: string
  notes: string
  measureCount: number
  reviewCount: number
  latestReviewId: number | null
}

export interface Review {
  id: number
  planId: number
  title: string
  date: string
  notes: string
  /** Measures with a status in this review, and all measures. */
  statusCount: number
  measureCount: number
}

export interface StatusEntry {
  reviewId: number
  status: MeasureStatus
  comment: string
  setAt: string
}

export interface PlanInputEntry {
  id: number
  planId: number
  nodeId: number | null
  reviewId: number | null
  fromBodyId: number
  fromBodyShortCode: string
  fromBodyName: string
  personId: number | null
  personName: string
  givenOn: string
  text: string
}

export interface PlanLink {
  id: number
  nodeId: number
  caseId: number | null
  followUpId: number | null
  /** "OSS-sak 12/2026 Oppfølging av …" or the follow-up's text. */
  label: string
  status: MeasureStatus | null
  /** When the case was decided (handled) or the follow-up done; null while open. */
  decidedOn: string | null
}

/** One line of the matrix: every node in tree order, measures with their status. */
export interface MatrixRow {
  id: number
  parentId: number | null
  level: PlanLevel
  /** "1", "1.2", "1.2.3", "1.2.3.4". */
  number: string
  depth: number
  position: number
  title: string
  responsibleOrganisationId: number | null
  responsibleBodyId: number | null
  responsiblePersonId: number | null
  /** "Kristiansand kommune · RS-KL · Kari Haugland". */
  responsibleLabel: string
  responsiblePersonName: string
  /** Regions the responsible organisation or body belongs to, for the region filter. */
  regionIds: number[]
  timeFrame: string
  resources: string
  indicator: string
  notes: string
  /** Measures only: status in the chosen review, and in the one before it. */
  status: MeasureStatus | null
  comment: string
  previousStatus: MeasureStatus | null
  /** Oldest first, one per review that set a status. */
  history: StatusEntry[]
  inputCount: number
  linkCount: number
  /** From a linked case decided after the previous review: the status it sets. */
  suggestedStatus: { status: MeasureStatus; label: string } | null
}

export interface PlanMatrix {
  plan: PlanSummary
  reviews: Review[]
  /** The review shown; null when the plan has none yet. */
  reviewId: number | null
  previousReviewId: number | null
  rows: MatrixRow[]
  inputs: PlanInputEntry[]
  links: PlanLink[]
}

export interface MatrixFilter {
  search: string
  /** 'organisation:12', 'body:3', 'person:40'. */
  responsible: string | null
  statuses: (MeasureStatus | 'none')[]
  focusAreaId: number | null
  regionId: number | null
}

export interface StatusCounts {
  red: number
  yellow: number
  green: number
  dropped: number
  none: number
  total: number
}

export interface FocusAreaSummary {
  nodeId: number
  number: string
  title: string
  counts: StatusCounts
}

export interface ReviewComparison {
  fromReviewId: number
  toReviewId: number
  /** Changed colour between the two reviews. */
  changed: { nodeId: number; number: string; title: string; from: MeasureStatus | null; to: MeasureStatus | null }[]
  /** Measures that had no status in the first review (or did not exist) and have one now. */
  added: { nodeId: number; number: string; title: string; to: MeasureStatus }[]
  /** Red in both. */
  stalledRed: { nodeId: number; number: string; title: string }[]
  before: FocusAreaSummary[]
  after: FocusAreaSummary[]
}

/** One change an Excel sheet would make, shown before anything is written. */
export interface XlsxChange {
  nodeId: number
  number: string
  title: string
  field: 'status' | 'comment' | 'input'
  /** For input: the body the column belongs to. */
  fromBodyShortCode: string | null
  before: string
  after: string
}

export interface XlsxPreview {
  fileName: string
  planTitle: string
  reviewTitle: string
  changes: XlsxChange[]
  /** Rows read, and measures in the plan. */
  rowsRead: number
  /** Norwegian sentences for what was read but not used (blank rows, unchanged cells). */
  notes: string[]
}

export interface XlsxImportResult {
  applied: number
  preview: XlsxPreview
}
