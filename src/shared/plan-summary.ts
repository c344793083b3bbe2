import type { FocusAreaSummary, MatrixRow, MeasureStatus, ReviewComparison, StatusCounts } from './action-plan'

/**
 * The overview per focus area (counts and shares of red, yellow and green, as the seed's
 * "kort oppsummering status" does in words) and the comparison of two reviews. Pure: main
 * serves `plans.compare` with it and the renderer draws the summary bars from the same rows.
 */

export const emptyCounts = (): StatusCounts => ({ red: 0, yellow: 0, green: 0, dropped: 0, none: 0, total: 0 })

/** A measure's status in a given review, read from its history. */
export function statusIn(row: MatrixRow, reviewId: number): MeasureStatus | null {
  for (const entry of row.history) if (entry.reviewId === reviewId) return entry.status
  return null
}

/** Share of the counted measures, 0..1; measures that are dropped still count as measures. */
export function share(counts: StatusCounts, status: keyof Omit<StatusCounts, 'total'>): number {
  return counts.total === 0 ? 0 : counts[status] / counts.total
}

/**
 * Counts of the measures under each focus area by status, in tree order. `statusOf` picks the
 * status to count (default: the row's status in the review the matrix shows).
 */
export function summarise(
  rows: readonly MatrixRow[],
  statusOf: (row: MatrixRow) => MeasureStatus | null = (row) => row.status,
): FocusAreaSummary[] {
  const focusOf = new Map<number, number>()
  const summaries = new Map<number, FocusAreaSummary>()
  for (const row of rows) {
    const parentFocus = row.parentId === null ? undefined : focusOf.get(row.parentId)
    const focus = parentFocus ?? row.id
    focusOf.set(row.id, focus)
    if (row.level === 'focusArea') {
      summaries.set(row.id, { nodeId: row.id, number: row.number, title: row.title, counts: emptyCounts() })
    }
    if (row.level !== 'measure') continue
    const summary = summaries.get(focus)
    if (!summary) continue
    const status = statusOf(row)
    summary.counts[status ?? 'none'] += 1
    summary.counts.total += 1
  }
  return [...summaries.values()]
}

/**
 * What changed between two reviews, by the measures' history: which changed colour (or lost
 * their status), which got a status for the first time (new measures, or left out before), and
 * which stayed red. Works on the rows of one matrix, since every row carries its history.
 */
export function compareReviews(rows: readonly MatrixRow[], fromReviewId: number, toReviewId: number): ReviewComparison {
  const comparison: ReviewComparison = {
    fromReviewId,
    toReviewId,
    changed: [],
    added: [],
    stalledRed: [],
    before: summarise(rows, (row) => statusIn(row, fromReviewId)),
    after: summarise(rows, (row) => statusIn(row, toReviewId)),
  }
  for (const row of rows) {
    if (row.level !== 'measure') continue
    const from = statusIn(row, fromReviewId)
    const to = statusIn(row, toReviewId)
    const ref = { nodeId: row.id, number: row.number, title: row.title }
    if (from === null && to !== null) comparison.added.push({ ...ref, to })
    else if (from !== null && from !== to) comparison.changed.push({ ...ref, from, to })
    else if (from === 'red' && to === 'red') comparison.stalledRed.push(ref)
  }
  return comparison
}
