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

/** A status as counted: a measure without one counts as `none`. */
export type StatusKey = MeasureStatus | 'none'

/** The order statuses are counted and drawn in, on screen and in files: done first reads as progress. */
export const statusOrder: readonly StatusKey[] = ['green', 'yellow', 'red', 'dropped', 'none']

type StatusOf = (row: MatrixRow) => MeasureStatus | null
const shownStatus: StatusOf = (row) => row.status

export function addStatus(counts: StatusCounts, status: MeasureStatus | null): void {
  counts[status ?? 'none'] += 1
  counts.total += 1
}

/**
 * For every focus area and goal: the statuses of the measures under it, counted, in one pass up
 * each measure's ancestors. `statusOf` picks the status to count (default: the review shown).
 */
export function rollup(rows: readonly MatrixRow[], statusOf: StatusOf = shownStatus): Map<number, StatusCounts> {
  const parentOf = new Map<number, number | null>()
  const out = new Map<number, StatusCounts>()
  for (const row of rows) {
    parentOf.set(row.id, row.parentId)
    if (row.level !== 'measure') out.set(row.id, emptyCounts())
  }
  for (const row of rows) {
    if (row.level !== 'measure') continue
    const status = statusOf(row)
    for (let at = row.parentId; at !== null; at = parentOf.get(at) ?? null) {
      const counts = out.get(at)
      if (counts) addStatus(counts, status)
    }
  }
  return out
}

/** Counts of the measures under each focus area by status, in tree order. */
export function summarise(rows: readonly MatrixRow[], statusOf: StatusOf = shownStatus): FocusAreaSummary[] {
  const counts = rollup(rows, statusOf)
  return rows
    .filter((row) => row.level === 'focusArea')
    .map((row) => ({
      nodeId: row.id,
      number: row.number,
      title: row.title,
      counts: counts.get(row.id) ?? emptyCounts(),
    }))
}

/** The whole plan: the focus areas' counts added up. */
export function totalCounts(areas: readonly FocusAreaSummary[]): StatusCounts {
  const total = emptyCounts()
  for (const area of areas)
    for (const key of Object.keys(total) as (keyof StatusCounts)[]) total[key] += area.counts[key]
  return total
}

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
