import { z } from 'zod'
import { id, isoDate, optionalId, optionalText, requiredText } from './schema-kit'

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

const time = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'invalidTime' })

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
    /** Must be true to move a meeting whose notice has been sent; the move is then recorded. */
    confirmMove: z.boolean().default(false),
  })
  .strict()
  .refine((m) => m.endTime > m.startTime, { message: 'endBeforeStartTime', path: ['endTime'] })

export const yearInput = z.object({ year: z.number().int().min(2000).max(2100) }).strict()
export const meetingsFilter = z
  .object({ year: z.number().int().min(2000).max(2100), bodyId: id.optional() })
  .strict()

export type MeetingInput = z.input<typeof meetingInput>
export type MeetingData = z.output<typeof meetingInput>

export const meetingsInRange = z.object({ from: isoDate, to: isoDate, bodyId: optionalId }).strict()
export const titleText = requiredText(200)
