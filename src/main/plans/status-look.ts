import type { FocusAreaSummary, MeasureStatus, StatusCounts } from '../../shared/action-plan'
import { emptyCounts } from '../../shared/plan-summary'
import { nb } from '../../shared/strings/nb'

/**
 * How a status looks outside the app (Word, Excel, the overview picture): the same colours
 * everywhere, and always the word beside the colour, so a grey print or a colour-blind reader
 * loses nothing.
 */

export type StatusKey = MeasureStatus | 'none'

/** The order statuses are counted and drawn in: done first reads as progress from the left. */
export const statusKeys: readonly StatusKey[] = ['green', 'yellow', 'red', 'dropped', 'none']

/** Light fills for table cells: black text on them keeps at least 7:1 contrast. */
export const cellFill: Record<StatusKey, string> = {
  red: 'F4A6A3',
  yellow: 'FFE38A',
  green: 'A8D5A2',
  dropped: 'D9D9D9',
  none: 'FFFFFF',
}

/** Strong fills for the overview's bars, with the text colour that reads on each. */
export const barFill: Record<StatusKey, { fill: string; text: string }> = {
  red: { fill: 'C4314B', text: 'FFFFFF' },
  yellow: { fill: 'F2C811', text: '000000' },
  green: { fill: '2E7D32', text: 'FFFFFF' },
  dropped: { fill: '8A8886', text: 'FFFFFF' },
  none: { fill: 'EDEBE9', text: '323130' },
}

export const statusWord = (status: MeasureStatus | null): string => nb.planText.status[status ?? 'none']

/**
 * Whole percentages, each rounded on its own: the same count always shows the same share, which
 * readers check more often than that a row adds up to exactly 100.
 */
export function percentages(counts: StatusCounts): Record<StatusKey, number> {
  const share = (key: StatusKey) => (counts.total === 0 ? 0 : Math.round((counts[key] / counts.total) * 100))
  return {
    red: share('red'),
    yellow: share('yellow'),
    green: share('green'),
    dropped: share('dropped'),
    none: share('none'),
  }
}

/** The whole plan: the focus areas' counts added up. */
export function totalCounts(areas: readonly FocusAreaSummary[]): StatusCounts {
  const total = emptyCounts()
  for (const area of areas) for (const key of [...statusKeys, 'total'] as const) total[key] += area.counts[key]
  return total
}
