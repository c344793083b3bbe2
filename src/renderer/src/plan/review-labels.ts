import type { PlanMatrix, Review } from '../../../shared/action-plan'
import { formatDate } from '../../../shared/dates'

/**
 * How a review is named beside a status: its year ("2024: Startet"), or its date when the plan
 * had more than one review that year, so the label always points at one review.
 */
export function shortReviewLabel(review: Review, all: readonly Review[]): string {
  const year = review.date.slice(0, 4)
  const sameYear = all.filter((r) => r.date.slice(0, 4) === year).length
  return sameYear > 1 ? formatDate(review.date) : year
}

export function useReviewLabels(matrix: PlanMatrix) {
  const byId = new Map(matrix.reviews.map((r) => [r.id, r]))
  const previous = matrix.previousReviewId === null ? undefined : byId.get(matrix.previousReviewId)
  const current = matrix.reviewId === null ? undefined : byId.get(matrix.reviewId)
  return {
    current: current ? shortReviewLabel(current, matrix.reviews) : null,
    previous: previous ? shortReviewLabel(previous, matrix.reviews) : null,
    of: (reviewId: number) => {
      const review = byId.get(reviewId)
      return review ? shortReviewLabel(review, matrix.reviews) : ''
    },
    titleOf: (reviewId: number) => byId.get(reviewId)?.title ?? '',
  }
}
