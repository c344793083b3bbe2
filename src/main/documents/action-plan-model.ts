import type { Kysely } from 'kysely'
import type { Context } from '../api/context'
import { loadMatrix } from '../db/repositories/plan-matrix'
import type { Database } from '../db/schema'
import { notFound } from '../errors'
import { planActionPlan, type ActionPlanModel } from './action-plan'
import type { MadeDocument } from './make'
import { makerOf } from './meeting-parts'

/** The status report's data from the workspace: the matrix of one review, and the owner body's name. */
export async function actionPlanModel(
  db: Kysely<Database>,
  planId: number,
  reviewId: number | null,
): Promise<ActionPlanModel> {
  const matrix = await loadMatrix(db, planId, reviewId)
  const body = await db.selectFrom('body').select('name').where('id', '=', matrix.plan.ownerBodyId).executeTakeFirst()
  if (!body) throw notFound('body', matrix.plan.ownerBodyId)
  return { matrix, ownerBodyName: body.name }
}

export async function makeActionPlan(ctx: Context, planId: number, reviewId: number | null): Promise<MadeDocument> {
  const maker = await makerOf(ctx)
  return planActionPlan(maker, await actionPlanModel(ctx.db, planId, reviewId)).make()
}
