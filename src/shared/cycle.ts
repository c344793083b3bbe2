import { z } from 'zod'
import { id, isoDate, optionalText, requiredText } from './schema-kit'

/**
 * The yearly cycle (årshjul): meetings of every body, the deadlines each meeting drags behind
 * it, and the items that come back every year.
 */

export const meetingKinds = ['ordinary', 'programme', 'working'] as const
export type MeetingKind = (typeof meetingKinds)[number]

/** A meeting's life, in order; `cancelled` can happen at any point before `held`. */
export const meetingStatuses = [
  'planned',
  'agenda',
  'notice_sent',
  'held',
  'minutes_drafted',
  'minutes_approved',
  'cancelled',
] as const
export type MeetingStatus = (typeof meetingStatuses)[number]

export const deadlineKinds = ['caseDeadline', 'notice', 'minutes'] as const
export type DeadlineKind = (typeof deadlineKinds)[number]

export interface Deadline {
  kind: DeadlineKind
  date: string
}

export const warningKinds = ['holiday', 'weekend', 'clash'] as const
export type WarningKind = (typeof warningKinds)[number]

export interface MeetingWarning {
  kind: WarningKind
  /** Norwegian, ready to show: "17. mai (Grunnlovsdagen) er en helligdag." */
  message: string
}

export interface Meeting {
  id: number
  bodyId: number
  bodyName: string
  bodyShortCode: string
  /** Number in the body's year, by date, cancelled meetings left out: møte 3/2026. */
  number: number | null
  date: string
  startTime: string
  endTime: string
  place: string
  videoLink: string
  kind: MeetingKind
  status: MeetingStatus
  notes: string
  /** Stable identity for calendar files; SEQUENCE grows with every change that matters. */
  uid: string
  sequence: number
  deadlines: Deadline[]
  warnings: MeetingWarning[]
  /** This meeting's own deadline rules; null where the body's rule applies. */
  overrides: { caseDeadlineWorkingDays: number | null; noticeDays: number | null; minutesWorkingDays: number | null }
  /** The rules in force. */
  rules: { caseDeadlineWorkingDays: number; noticeDays: number; minutesWorkingDays: number }
}

/** One point on the wheel: a meeting, a deadline or a yearly item, on its ring. */
export interface WheelMark {
  id: string
  ring: string
  date: string
  kind: 'meeting' | 'deadline' | 'item'
  label: string
  /** What opens on click: the meeting's or item's id. */
  target: { meetingId: number } | { itemId: number }
  cancelled?: boolean
}

export interface WheelRing {
  key: string
  label: string
}

export interface WheelData {
  year: number
  today: string
  rings: WheelRing[]
  marks: WheelMark[]
}

// ---- inputs -------------------------------------------------------------------------------

/** A wall-clock time, 09:00. */
export const time = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'invalidTime' })

const year = z.number().int().min(2000).max(2100)
/** Days in a deadline rule. */
export const dayCount = z.number().int().min(0).max(60)
/** Which weekday in the month: 1-4, or -1 for the last one. */
export const ordinal = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(-1)])

export const meetingInput = z
  .object({
    id: id.optional(),
    bodyId: id,
    date: isoDate,
    startTime: time,
    endTime: time,
    place: optionalText(200),
    videoLink: optionalText(500),
    kind: z.enum(meetingKinds).default('ordinary'),
    notes: optionalText(4000),
    /** Per-meeting deadline rules; null means the body's own. */
    caseDeadlineWorkingDays: dayCount.nullable().default(null),
    noticeDays: dayCount.nullable().default(null),
    minutesWorkingDays: dayCount.nullable().default(null),
    /** Must be true to move a meeting whose notice has been sent; the move is then recorded. */
    confirmMove: z.boolean().default(false),
  })
  .strict()
  .refine((m) => m.endTime > m.startTime, { message: 'endBeforeStartTime', path: ['endTime'] })

export const meetingStatusInput = z.object({ id, status: z.enum(meetingStatuses) }).strict()
export const meetingsFilter = z.object({ year, bodyId: id.optional() }).strict()
export const yearInput = z.object({ year }).strict()
export const rhythmsFilter = z.object({ bodyId: id.optional() }).strict()

export const rhythmInput = z
  .object({
    id: id.optional(),
    bodyId: id,
    weekday: z.number().int().min(1).max(7),
    ordinal,
    months: z.array(z.number().int().min(1).max(12)).min(1, { message: 'noMonths' }).max(12),
    startTime: time,
    endTime: time,
    place: optionalText(200),
    kind: z.enum(meetingKinds).default('ordinary'),
  })
  .strict()
  .refine((r) => r.endTime > r.startTime, { message: 'endBeforeStartTime', path: ['endTime'] })

export const generateYearInput = z.object({ year, bodyIds: z.array(id).max(200).optional() }).strict()
export const copyYearInput = z
  .object({ fromYear: year, toYear: year, bodyIds: z.array(id).max(200).optional() })
  .strict()
  .refine((c) => c.toYear !== c.fromYear, { message: 'sameYear', path: ['toYear'] })

export const dueInput = z.object({ from: isoDate, days: z.number().int().min(1).max(366) }).strict()
export const ringBys = ['body', 'level'] as const
export const wheelInput = z.object({ year, ringBy: z.enum(ringBys).default('body') }).strict()
export const cycleItemsFilter = z.object({ year }).strict()
export const wheelExportInput = z
  .object({ year, ringBy: z.enum(ringBys).default('body'), format: z.enum(['svg', 'png']) })
  .strict()
export const bodyYearInput = z.object({ bodyId: id, year }).strict()

export type MeetingInput = z.input<typeof meetingInput>
export type MeetingData = z.output<typeof meetingInput>
export type RhythmData = z.output<typeof rhythmInput>

export interface MeetingMove {
  fromDate: string
  fromStart: string
  toDate: string
  toStart: string
  afterNotice: boolean
  movedAt: string
}

export interface MeetingDetail {
  meeting: Meeting
  moves: MeetingMove[]
  noticeSentAt: string | null
}

export interface Rhythm {
  id: number
  bodyId: number
  weekday: number
  ordinal: z.output<typeof ordinal>
  months: number[]
  startTime: string
  endTime: string
  place: string
  kind: MeetingKind
}

export interface GenerateResult {
  created: number
  /** Dates the body already had a meeting on: never duplicated. */
  skipped: number
}

/** Something to do soon, across all bodies, with the meeting it belongs to. */
export interface DueItem {
  date: string
  kind: DeadlineKind | 'meeting'
  meeting: Meeting
}

/** A file made in main for the user to save: text as is, binary as base64. */
export interface ExportedFile {
  fileName: string
  mimeType: string
  content: string
  encoding: 'utf8' | 'base64'
}

export interface CalendarFile {
  fileName: string
  content: string
}

// ---- yearly items (årshjul activities) ---------------------------------------------------

export const itemTimings = ['month', 'week', 'meeting'] as const
export const itemAnchors = ['last_before', 'first_after'] as const

const daysInMonths = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
/** A day of the year without the year, MM-DD: 12-01 is 1 December; 02-31 does not exist. */
export const monthDay = z
  .string()
  .trim()
  .refine(
    (v) => {
      const m = /^(\d{2})-(\d{2})$/.exec(v)
      return (
        m !== null &&
        Number(m[1]) >= 1 &&
        Number(m[1]) <= 12 &&
        Number(m[2]) >= 1 &&
        Number(m[2]) <= daysInMonths[Number(m[1]) - 1]
      )
    },
    { message: 'invalidMonthDay' },
  )

export const cycleItemInput = z
  .object({
    id: id.optional(),
    title: requiredText(200),
    /** The body whose meeting carries the item; null means every body (a shared item). */
    bodyId: id.nullable().default(null),
    category: requiredText(60),
    responsible: optionalText(200),
    timing: z.enum(itemTimings),
    month: z.number().int().min(1).max(12).nullable().default(null),
    /** ISO week (week 1 holds the year's first Thursday). */
    week: z.number().int().min(1).max(53).nullable().default(null),
    anchor: z.enum(itemAnchors).nullable().default(null),
    /** MM-DD: "before 1 December" is 12-01. */
    anchorDate: monthDay.nullable().default(null),
    prerequisiteBodyIds: z.array(id).max(50).default([]),
    notes: optionalText(2000),
  })
  .strict()
  .refine((i) => i.timing !== 'month' || i.month !== null, { message: 'required', path: ['month'] })
  .refine((i) => i.timing !== 'week' || i.week !== null, { message: 'required', path: ['week'] })
  .refine((i) => i.timing !== 'meeting' || i.bodyId !== null, { message: 'required', path: ['bodyId'] })
  .refine((i) => i.timing !== 'meeting' || i.anchor !== null, { message: 'required', path: ['anchor'] })
  .refine((i) => i.timing !== 'meeting' || i.anchorDate !== null, { message: 'required', path: ['anchorDate'] })

export type CycleItemData = z.output<typeof cycleItemInput>

export interface CycleItem {
  id: number
  title: string
  bodyId: number | null
  bodyShortCode: string | null
  category: string
  responsible: string
  timing: (typeof itemTimings)[number]
  month: number | null
  week: number | null
  anchor: (typeof itemAnchors)[number] | null
  anchorDate: string | null
  prerequisiteBodyIds: number[]
  notes: string
  /** Where the item falls in the year asked for; null when no meeting fits the rule. */
  date: string | null
  meetingId: number | null
  /** "RS Lister møtes 19.11.2027, etter OSS 11.11.2027 som saken skal til." */
  warnings: string[]
}
