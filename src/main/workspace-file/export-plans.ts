import type { Kysely } from 'kysely'
import type { MeasureStatus, PlanLevel } from '../../shared/action-plan'
import type { Database } from '../db/schema'

/** Reads the plan tables into the file format, ordered so two exports of one state are equal. */
export async function exportPlanLists(db: Kysely<Database>) {
  const [plans, nodes, reviews, statuses, inputs, links] = await Promise.all([
    db.selectFrom('action_plan').selectAll().orderBy('id').execute(),
    db.selectFrom('plan_node').selectAll().orderBy('id').execute(),
    db.selectFrom('plan_review').selectAll().orderBy('id').execute(),
    db.selectFrom('measure_status').selectAll().orderBy('review_id').orderBy('node_id').execute(),
    db.selectFrom('plan_input').selectAll().orderBy('id').execute(),
    db.selectFrom('plan_link').selectAll().orderBy('id').execute(),
  ])
  return {
    plans: plans.map((p) => ({
      id: p.id,
      title: p.title,
      periodFrom: p.period_from,
      periodTo: p.period_to,
      ownerBodyId: p.owner_body_id,
      strategy: p.strategy,
      notes: p.notes,
      createdAt: p.created_at,
      updatedAt: p.updated_at,
    })),
    planNodes: nodes.map((n) => ({
      id: n.id,
      planId: n.plan_id,
      parentId: n.parent_id,
      level: n.level as PlanLevel,
      position: n.position,
      title: n.title,
      responsibleOrganisationId: n.responsible_organisation_id,
      responsibleBodyId: n.responsible_body_id,
      responsiblePersonId: n.responsible_person_id,
      timeFrame: n.time_frame,
      resources: n.resources,
      indicator: n.indicator,
      notes: n.notes,
      createdAt: n.created_at,
      updatedAt: n.updated_at,
    })),
    planReviews: reviews.map((r) => ({
      id: r.id,
      planId: r.plan_id,
      title: r.title,
      date: r.review_date,
      notes: r.notes,
      createdAt: r.created_at,
    })),
    measureStatuses: statuses.map((s) => ({
      reviewId: s.review_id,
      nodeId: s.node_id,
      status: s.status as MeasureStatus,
      comment: s.comment,
      setAt: s.set_at,
    })),
    planInputs: inputs.map((i) => ({
      id: i.id,
      planId: i.plan_id,
      nodeId: i.node_id,
      reviewId: i.review_id,
      fromBodyId: i.from_body_id,
      personId: i.person_id,
      givenOn: i.given_on,
      text: i.text,
      createdAt: i.created_at,
    })),
    planLinks: links.map((l) => ({
      id: l.id,
      nodeId: l.node_id,
      caseId: l.case_id,
      followUpId: l.follow_up_id,
      status: l.status as MeasureStatus | null,
      createdAt: l.created_at,
    })),
  }
}
