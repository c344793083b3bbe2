import type { Kysely } from 'kysely'
import type { z } from 'zod'
import type {
  PlanData,
  PlanInputEntry,
  PlanLevel,
  PlanLink,
  PlanNodeData,
  PlanSummary,
  Review,
  planInputInput,
  planLinkInput,
  planNodeMoveInput,
  reviewInput,
  statusInput,
} from '../../../shared/action-plan'
import { allowedParents } from '../../../shared/action-plan'
import { placeAt } from '../../../shared/plan-numbering'
import { nb } from '../../../shared/strings/nb'
import { format, matchesQuery, plural } from '../../../shared/text'
import { AppError, conflict, notFound } from '../../errors'
import type { Database } from '../schema'
import { listReviews, loadInputs, loadLinks, planNotFound, planSummaries, planSummary } from './plan-matrix'
import { refuseWithheld } from './personal-data'

/**
 * Plans, their tree of focus areas, goals and measures, reviews with statuses, input and links.
 * Every rule is checked before anything is written; callers run each use case in one
 * transaction, so a refusal leaves the workspace as it was.
 */

const t = nb.planText
const e = t.errors

type NodeRow = Omit<Database['plan_node'], 'id'> & { id: number }

/** A refusal to delete, in a sentence of its own (the catalog's `inUse` frames only register things). */
const inUseMessage = (message: string) => new AppError({ code: 'in_use', message })

// ---- plans ---------------------------------------------------------------------------------

export async function listPlans(db: Kysely<Database>, search: string): Promise<PlanSummary[]> {
  const plans = await planSummaries(db)
  return plans.filter((p) => matchesQuery(search, [p.title, p.ownerBodyShortCode, p.strategy, String(p.periodFrom)]))
}

export async function savePlan(db: Kysely<Database>, input: PlanData, now: string): Promise<PlanSummary> {
  await mustExist(db, 'body', input.ownerBodyId, 'ownerBodyId')
  const values = {
    title: input.title,
    period_from: input.periodFrom,
    period_to: input.periodTo,
    owner_body_id: input.ownerBodyId,
    strategy: input.strategy,
    notes: input.notes,
    updated_at: now,
  }
  if (input.id === undefined) {
    const row = await db
      .insertInto('action_plan')
      .values({ ...values, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    return planSummary(db, row.id)
  }
  await planSummary(db, input.id, 'id')
  await db.updateTable('action_plan').set(values).where('id', '=', input.id).execute()
  return planSummary(db, input.id)
}

/** A plan with reviews holds the status record; those go first, deliberately. */
export async function deletePlan(db: Kysely<Database>, id: number): Promise<void> {
  const plan = await planSummary(db, id, 'id')
  if (plan.reviewCount > 0) {
    throw inUseMessage(format(e.planHolds, { title: plan.title, refs: plural(e, 'refReviews', plan.reviewCount) }))
  }
  await db.deleteFrom('action_plan').where('id', '=', id).execute()
}

// ---- nodes ---------------------------------------------------------------------------------

async function getNode(db: Kysely<Database>, id: number, field?: string): Promise<NodeRow> {
  const row = await db.selectFrom('plan_node').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw planNotFound('node', id, field)
  return row
}

function toNodeData(row: NodeRow): PlanNodeData & { id: number } {
  return {
    id: row.id,
    planId: row.plan_id,
    parentId: row.parent_id,
    level: row.level as PlanLevel,
    title: row.title,
    responsibleOrganisationId: row.responsible_organisation_id,
    responsibleBodyId: row.responsible_body_id,
    responsiblePersonId: row.responsible_person_id,
    timeFrame: row.time_frame,
    resources: row.resources,
    indicator: row.indicator,
    notes: row.notes,
  }
}

const allowedText = (level: PlanLevel) => allowedParents[level].map((l) => `et ${t.levelLower[l]}`).join(e.or)

/**
 * Checks that a node of `level` may sit under `parentId` in `planId`: the right level above,
 * the same plan, and (for a node that exists) not under itself or its own descendants.
 */
async function checkParent(
  db: Kysely<Database>,
  planId: number,
  level: PlanLevel,
  parentId: number | null,
  selfId: number | null,
): Promise<void> {
  if (parentId === null) {
    if (level !== 'focusArea') {
      throw conflict(format(e.parentRequired, { level: t.levelLower[level], allowed: allowedText(level) }), 'parentId')
    }
    return
  }
  if (level === 'focusArea') throw conflict(e.focusAreaNoParent, 'parentId')
  const parent = await getNode(db, parentId, 'parentId')
  if (parent.plan_id !== planId) throw conflict(e.parentOtherPlan, 'parentId')
  if (selfId !== null) {
    // Walk up from the new parent: meeting the node itself would make a cycle.
    let at: NodeRow | undefined = parent
    while (at) {
      if (at.id === selfId) throw conflict(e.underItself, 'parentId')
      at = at.parent_id === null ? undefined : await getNode(db, at.parent_id)
    }
  }
  const parentLevel = parent.level as PlanLevel
  if (!allowedParents[level].includes(parentLevel)) {
    throw conflict(
      format(e.wrongParent, {
        level: t.levelLower[level],
        parent: t.levelLower[parentLevel],
        allowed: allowedText(level),
      }),
      'parentId',
    )
  }
}

async function siblingIds(db: Kysely<Database>, planId: number, parentId: number | null): Promise<number[]> {
  const rows = await db
    .selectFrom('plan_node')
    .select('id')
    .where('plan_id', '=', planId)
    .$if(parentId === null, (q) => q.where('parent_id', 'is', null))
    .$if(parentId !== null, (q) => q.where('parent_id', '=', parentId ?? 0))
    .orderBy('position')
    .orderBy('id')
    .execute()
  return rows.map((r) => r.id)
}

/** Positions 1..n in the given order; only rows whose position changes are written. */
async function writePositions(db: Kysely<Database>, ids: readonly number[], parentId: number | null, now: string) {
  const current = await db
    .selectFrom('plan_node')
    .select(['id', 'position', 'parent_id'])
    .where('id', 'in', ids.length ? ids : [0])
    .execute()
  const byId = new Map(current.map((r) => [r.id, r]))
  for (const [i, id] of ids.entries()) {
    const row = byId.get(id)
    if (row && row.position === i + 1 && row.parent_id === parentId) continue
    await db
      .updateTable('plan_node')
      .set({ position: i + 1, parent_id: parentId, updated_at: now })
      .where('id', '=', id)
      .execute()
  }
}

async function checkResponsible(db: Kysely<Database>, input: PlanNodeData) {
  await mustExist(db, 'organisation', input.responsibleOrganisationId, 'responsibleOrganisationId')
  await mustExist(db, 'body', input.responsibleBodyId, 'responsibleBodyId')
  await mustExist(db, 'person', input.responsiblePersonId, 'responsiblePersonId')
  const before =
    input.id === undefined
      ? undefined
      : await db.selectFrom('plan_node').select('responsible_person_id').where('id', '=', input.id).executeTakeFirst()
  await refuseWithheld(db, 'responsiblePersonId', input.responsiblePersonId, [before?.responsible_person_id ?? null])
}

async function mustExist(
  db: Kysely<Database>,
  table: 'organisation' | 'body' | 'person',
  id: number | null,
  field: string,
) {
  if (id === null) return
  const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound(table, id, field)
}

/** What a node and its descendants hold: statuses, input, links, children. */
async function holdings(db: Kysely<Database>, node: NodeRow) {
  const all = await db.selectFrom('plan_node').select(['id', 'parent_id']).where('plan_id', '=', node.plan_id).execute()
  const childrenOf = new Map<number, number[]>()
  for (const n of all) {
    if (n.parent_id === null) continue
    childrenOf.set(n.parent_id, [...(childrenOf.get(n.parent_id) ?? []), n.id])
  }
  const subtree = [node.id]
  for (let i = 0; i < subtree.length; i++) subtree.push(...(childrenOf.get(subtree[i]) ?? []))
  const [statuses, inputs, links] = await Promise.all([
    db
      .selectFrom('measure_status')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('node_id', 'in', subtree)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('plan_input')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('node_id', 'in', subtree)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('plan_link')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('node_id', 'in', subtree)
      .executeTakeFirstOrThrow(),
  ])
  return {
    statuses: Number(statuses.n),
    inputs: Number(inputs.n),
    links: Number(links.n),
    children: (childrenOf.get(node.id) ?? []).length,
  }
}

export async function saveNode(
  db: Kysely<Database>,
  input: PlanNodeData,
  now: string,
): Promise<PlanNodeData & { id: number }> {
  await planSummary(db, input.planId, 'planId')
  await checkResponsible(db, input)
  const values = {
    title: input.title,
    responsible_organisation_id: input.responsibleOrganisationId,
    responsible_body_id: input.responsibleBodyId,
    responsible_person_id: input.responsiblePersonId,
    time_frame: input.timeFrame,
    resources: input.resources,
    indicator: input.indicator,
    notes: input.notes,
    updated_at: now,
  }

  if (input.id === undefined) {
    await checkParent(db, input.planId, input.level, input.parentId, null)
    const position = (await siblingIds(db, input.planId, input.parentId)).length + 1
    const row = await db
      .insertInto('plan_node')
      .values({
        ...values,
        plan_id: input.planId,
        parent_id: input.parentId,
        level: input.level,
        position,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    return toNodeData(await getNode(db, row.id))
  }

  const current = await getNode(db, input.id, 'id')
  if (current.plan_id !== input.planId) throw conflict(e.planChanged, 'planId')
  if (current.level !== input.level) {
    const held = await holdings(db, current)
    if (held.children > 0 || held.statuses > 0) {
      throw conflict(
        format(e.levelLocked, {
          from: t.levelLower[current.level as PlanLevel],
          to: t.levelLower[input.level],
        }),
        'level',
      )
    }
  }
  await checkParent(db, input.planId, input.level, input.parentId, input.id)
  await db
    .updateTable('plan_node')
    .set({ ...values, level: input.level })
    .where('id', '=', input.id)
    .execute()
  if (current.parent_id !== input.parentId) {
    // Under a new parent it goes last; the old siblings close the gap.
    await moveTo(db, current, input.parentId, Number.MAX_SAFE_INTEGER, now)
  }
  return toNodeData(await getNode(db, input.id))
}

async function moveTo(db: Kysely<Database>, node: NodeRow, parentId: number | null, position: number, now: string) {
  const target = placeAt(await siblingIds(db, node.plan_id, parentId), node.id, position)
  if (node.parent_id !== parentId) {
    const old = (await siblingIds(db, node.plan_id, node.parent_id)).filter((id) => id !== node.id)
    await writePositions(db, old, node.parent_id, now)
  }
  await writePositions(db, target, parentId, now)
}

export async function moveNode(
  db: Kysely<Database>,
  input: z.output<typeof planNodeMoveInput>,
  now: string,
): Promise<void> {
  const node = await getNode(db, input.id, 'id')
  await checkParent(db, node.plan_id, node.level as PlanLevel, input.parentId, node.id)
  await moveTo(db, node, input.parentId, input.position, now)
}

/** A node that holds statuses or input is kept: the message says what, so the user can decide. */
export async function deleteNode(db: Kysely<Database>, id: number, now: string): Promise<void> {
  const node = await getNode(db, id, 'id')
  const held = await holdings(db, node)
  const refs = [
    ...(held.statuses > 0 ? [plural(e, 'refStatuses', held.statuses)] : []),
    ...(held.inputs > 0 ? [plural(e, 'refInputs', held.inputs)] : []),
  ]
  if (refs.length > 0) {
    throw inUseMessage(
      format(e.nodeHolds, { level: t.levelLower[node.level as PlanLevel], title: node.title, refs: refs.join(', ') }),
    )
  }
  await db.deleteFrom('plan_node').where('id', '=', id).execute()
  await writePositions(db, await siblingIds(db, node.plan_id, node.parent_id), node.parent_id, now)
}

// ---- reviews and statuses ------------------------------------------------------------------

async function getReview(db: Kysely<Database>, id: number, field?: string) {
  const row = await db.selectFrom('plan_review').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw planNotFound('review', id, field)
  return row
}

export async function saveReview(
  db: Kysely<Database>,
  input: z.output<typeof reviewInput>,
  now: string,
): Promise<Review> {
  await planSummary(db, input.planId, 'planId')
  const values = { title: input.title, review_date: input.date, notes: input.notes }
  let id = input.id
  if (id === undefined) {
    const row = await db
      .insertInto('plan_review')
      .values({ ...values, plan_id: input.planId, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    id = row.id
  } else {
    const current = await getReview(db, id, 'id')
    if (current.plan_id !== input.planId) throw conflict(e.planChanged, 'planId')
    await db.updateTable('plan_review').set(values).where('id', '=', id).execute()
  }
  return reviewById(db, input.planId, id)
}

async function reviewById(db: Kysely<Database>, planId: number, id: number): Promise<Review> {
  const found = (await listReviews(db, planId)).find((r) => r.id === id)
  if (!found) throw planNotFound('review', id)
  return found
}

/** Its statuses go with it; input given in it stays, no longer tied to a review. */
export async function deleteReview(db: Kysely<Database>, id: number): Promise<void> {
  await getReview(db, id, 'id')
  await db.deleteFrom('plan_review').where('id', '=', id).execute()
}

export async function setStatus(db: Kysely<Database>, input: z.output<typeof statusInput>, now: string): Promise<void> {
  const review = await getReview(db, input.reviewId, 'reviewId')
  const node = await getNode(db, input.nodeId, 'nodeId')
  if (node.plan_id !== review.plan_id) throw conflict(e.reviewOtherPlan, 'reviewId')
  if (node.level !== 'measure') {
    throw conflict(
      format(e.statusOnlyMeasures, { title: node.title, level: t.levelLower[node.level as PlanLevel] }),
      'nodeId',
    )
  }
  if (input.status === null) {
    await db
      .deleteFrom('measure_status')
      .where('review_id', '=', input.reviewId)
      .where('node_id', '=', input.nodeId)
      .execute()
    return
  }
  const status = input.status
  await db
    .insertInto('measure_status')
    .values({
      review_id: input.reviewId,
      node_id: input.nodeId,
      status,
      comment: input.comment,
      set_at: now,
    })
    .onConflict((oc) =>
      oc.columns(['review_id', 'node_id']).doUpdateSet({ status, comment: input.comment, set_at: now }),
    )
    .execute()
}

// ---- input and links -----------------------------------------------------------------------

export async function saveInput(
  db: Kysely<Database>,
  input: z.output<typeof planInputInput>,
  now: string,
): Promise<PlanInputEntry> {
  await planSummary(db, input.planId, 'planId')
  if (input.nodeId !== null) {
    const node = await getNode(db, input.nodeId, 'nodeId')
    if (node.plan_id !== input.planId) throw conflict(e.nodeOtherPlan, 'nodeId')
  }
  if (input.reviewId !== null) {
    const review = await getReview(db, input.reviewId, 'reviewId')
    if (review.plan_id !== input.planId) throw conflict(e.reviewOtherPlan, 'reviewId')
  }
  await mustExist(db, 'body', input.fromBodyId, 'fromBodyId')
  await mustExist(db, 'person', input.personId, 'personId')
  const before =
    input.id === undefined
      ? undefined
      : await db.selectFrom('plan_input').select('person_id').where('id', '=', input.id).executeTakeFirst()
  await refuseWithheld(db, 'personId', input.personId, [before?.person_id ?? null])
  const values = {
    node_id: input.nodeId,
    review_id: input.reviewId,
    from_body_id: input.fromBodyId,
    person_id: input.personId,
    given_on: input.givenOn,
    text: input.text,
  }
  let id = input.id
  if (id === undefined) {
    const row = await db
      .insertInto('plan_input')
      .values({ ...values, plan_id: input.planId, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    id = row.id
  } else {
    const current = await db.selectFrom('plan_input').select('plan_id').where('id', '=', id).executeTakeFirst()
    if (!current) throw planNotFound('input', id, 'id')
    if (current.plan_id !== input.planId) throw conflict(e.planChanged, 'planId')
    await db.updateTable('plan_input').set(values).where('id', '=', id).execute()
  }
  const [entry] = await loadInputs(db, input.planId, [id])
  return entry
}

export async function deleteInput(db: Kysely<Database>, id: number): Promise<void> {
  const row = await db.selectFrom('plan_input').select('id').where('id', '=', id).executeTakeFirst()
  if (!row) throw planNotFound('input', id, 'id')
  await db.deleteFrom('plan_input').where('id', '=', id).execute()
}

export async function saveLink(
  db: Kysely<Database>,
  input: z.output<typeof planLinkInput>,
  now: string,
): Promise<PlanLink> {
  const node = await getNode(db, input.nodeId, 'nodeId')
  if (input.status !== null && node.level !== 'measure') {
    throw conflict(
      format(e.linkStatusOnlyMeasures, { title: node.title, level: t.levelLower[node.level as PlanLevel] }),
      'status',
    )
  }
  if (input.caseId !== null) {
    const found = await db.selectFrom('case_item').select('id').where('id', '=', input.caseId).executeTakeFirst()
    if (!found) throw notFound('case', input.caseId, 'caseId')
  }
  if (input.followUpId !== null) {
    const found = await db.selectFrom('follow_up').select('id').where('id', '=', input.followUpId).executeTakeFirst()
    if (!found) throw planNotFound('followUp', input.followUpId, 'followUpId')
  }
  const existing = await db
    .selectFrom('plan_link')
    .select('id')
    .where('node_id', '=', input.nodeId)
    .$if(input.caseId !== null, (q) => q.where('case_id', '=', input.caseId ?? 0))
    .$if(input.followUpId !== null, (q) => q.where('follow_up_id', '=', input.followUpId ?? 0))
    .executeTakeFirst()
  if (existing) throw conflict(e.linkTwice, input.caseId !== null ? 'caseId' : 'followUpId')
  const row = await db
    .insertInto('plan_link')
    .values({
      node_id: input.nodeId,
      case_id: input.caseId,
      follow_up_id: input.followUpId,
      status: input.status,
      created_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const [link] = await loadLinks(db, node.plan_id, [row.id])
  return link
}

export async function deleteLink(db: Kysely<Database>, id: number): Promise<void> {
  const row = await db.selectFrom('plan_link').select('id').where('id', '=', id).executeTakeFirst()
  if (!row) throw planNotFound('link', id, 'id')
  await db.deleteFrom('plan_link').where('id', '=', id).execute()
}
