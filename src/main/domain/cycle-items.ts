import { formatDate } from '../../shared/dates'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import { mondayOfIsoWeek } from './calendar'
import { addDays } from './dates'

export interface ItemRule {
  timing: 'month' | 'week' | 'meeting'
  month: number | null
  week: number | null
  bodyId: number | null
  anchor: 'last_before' | 'first_after' | null
  anchorDate: string | null
  prerequisiteBodyIds: number[]
}

export interface YearMeeting {
  id: number
  bodyId: number
  date: string
  cancelled: boolean
}

/** How far back a prerequisite body's meeting may lie and still feed the meeting it precedes. */
const feedWindowDays = 120

/**
 * Where a yearly item falls in a year: the first of its month, the Monday of its week, or the meeting its rule picks
 * ("OSS' last meeting before 1 December"). Null when no meeting fits.
 */
export function placeItem(rule: ItemRule, year: number, meetings: readonly YearMeeting[]) {
  if (rule.timing === 'month') {
    return { date: `${year}-${String(rule.month ?? 1).padStart(2, '0')}-01`, meetingId: null }
  }
  if (rule.timing === 'week') return { date: mondayOfIsoWeek(year, rule.week ?? 1), meetingId: null }
  const limit = `${year}-${rule.anchorDate ?? '01-01'}`
  const candidates = meetings
    .filter((m) => m.bodyId === rule.bodyId && !m.cancelled && m.date.startsWith(String(year)))
    .sort((a, b) => a.date.localeCompare(b.date))
  const found =
    rule.anchor === 'last_before'
      ? candidates.filter((m) => m.date < limit).at(-1)
      : candidates.find((m) => m.date > limit)
  return found ? { date: found.date, meetingId: found.id } : { date: null, meetingId: null }
}

/**
 * Bottom-up processes: every prerequisite body (each RS) must handle the matter before the
 * target meeting (OSS). Names each body whose nearest meeting comes too late, or not at all.
 */
export function chainWarnings(
  targetDate: string,
  targetCode: string,
  prerequisites: readonly { id: number; shortCode: string }[],
  meetings: readonly YearMeeting[],
): string[] {
  const from = addDays(targetDate, -feedWindowDays)
  return prerequisites.flatMap((body) => {
    const own = meetings
      .filter((m) => m.bodyId === body.id && !m.cancelled)
      .sort((a, b) => a.date.localeCompare(b.date))
    if (own.some((m) => m.date >= from && m.date < targetDate)) return []
    const after = own.find((m) => m.date >= targetDate)
    const values = { body: body.shortCode, target: targetCode, targetDate: formatDate(targetDate) }
    return after
      ? [format(nb.cycle.chainAfter, { ...values, date: formatDate(after.date) })]
      : [format(nb.cycle.chainMissing, values)]
  })
}
