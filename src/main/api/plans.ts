import { compareReviews } from '../../shared/plan-summary'
import { nb } from '../../shared/strings/nb'
import { loadMatrix, planNotFound } from '../db/repositories/plan-matrix'
import * as plans from '../db/repositories/plans'
import { conflict } from '../errors'
import { inTransaction, stamp, type Handler, type HandlersOf } from './handler'

/** The action plan and its status matrix (issue 7); Word, Excel and the overview image live with the documents. */

type Exported = 'plans.exportXlsx' | 'plans.previewXlsx' | 'plans.importXlsx' | 'plans.exportOverviewPng'

const compare: Handler<'plans.compare'> = async (ctx, { planId, fromReviewId, toReviewId }) => {
  if (fromReviewId === toReviewId) throw conflict(nb.planText.errors.compareSame, 'toReviewId')
  const matrix = await loadMatrix(ctx.db, planId, toReviewId)
  if (!matrix.reviews.some((r) => r.id === fromReviewId)) throw planNotFound('review', fromReviewId, 'fromReviewId')
  return compareReviews(matrix.rows, fromReviewId, toReviewId)
}

export const planHandlers: Omit<HandlersOf<'plans'>, Exported> = {
  'plans.list': (ctx, { search }) => plans.listPlans(ctx.db, search),
  'plans.save': (ctx, input) => inTransaction(ctx, (trx) => plans.savePlan(trx, input, stamp(ctx))),
  'plans.delete': async (ctx, { id }) => {
    await inTransaction(ctx, (trx) => plans.deletePlan(trx, id))
    return null
  },
  'plans.matrix': (ctx, { planId, reviewId }) => loadMatrix(ctx.db, planId, reviewId),
  'plans.compare': compare,
}

export const planNodeHandlers: HandlersOf<'planNodes'> = {
  'planNodes.save': (ctx, input) => inTransaction(ctx, (trx) => plans.saveNode(trx, input, stamp(ctx))),
  'planNodes.move': async (ctx, input) => {
    await inTransaction(ctx, (trx) => plans.moveNode(trx, input, stamp(ctx)))
    return null
  },
  'planNodes.delete': async (ctx, { id }) => {
    await inTransaction(ctx, (trx) => plans.deleteNode(trx, id, stamp(ctx)))
    return null
  },
}

export const reviewHandlers: HandlersOf<'reviews'> = {
  'reviews.save': (ctx, input) => inTransaction(ctx, (trx) => plans.saveReview(trx, input, stamp(ctx))),
  'reviews.delete': async (ctx, { id }) => {
    await inTransaction(ctx, (trx) => plans.deleteReview(trx, id))
    return null
  },
  'reviews.setStatus': async (ctx, input) => {
    await inTransaction(ctx, (trx) => plans.setStatus(trx, input, stamp(ctx)))
    return null
  },
}

export const planInputHandlers: HandlersOf<'planInputs'> = {
  'planInputs.save': (ctx, input) => inTransaction(ctx, (trx) => plans.saveInput(trx, input, stamp(ctx))),
  'planInputs.delete': async (ctx, { id }) => {
    await inTransaction(ctx, (trx) => plans.deleteInput(trx, id))
    return null
  },
}

export const planLinkHandlers: HandlersOf<'planLinks'> = {
  'planLinks.save': (ctx, input) => inTransaction(ctx, (trx) => plans.saveLink(trx, input, stamp(ctx))),
  'planLinks.delete': async (ctx, { id }) => {
    await inTransaction(ctx, (trx) => plans.deleteLink(trx, id))
    return null
  },
}
