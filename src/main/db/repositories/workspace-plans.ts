import type { Kysely } from 'kysely'
import type { Database } from '../schema'
import type { ParsedWorkspaceFile } from '../../workspace-file/format'

// 500 rows of at most 16 columns stay well below SQLite's 32 766 bound values a statement.
const chunkSize = 500

async function inChunks<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += chunkSize) await insert(rows.slice(i, i + chunkSize))
}

/** Empties the plan tables, children first. */
export async function clearPlanTables(trx: Kysely<Database>): Promise<void> {
  for (const table of ['plan_link', 'plan_input', 'measure_status', 'plan_review'] as const) {
    await trx.deleteFrom(table).execute()
  }
  // Nodes refer to their parents; foreign keys are deferred in the replace, so one delete does.
  await trx.deleteFrom('plan_node').execute()
  await trx.deleteFrom('action_plan').execute()
}

/** Writes the file's plan lists; the checks have made sure every reference holds. */
export async function insertPlanLists(trx: Kysely<Database>, file: ParsedWorkspaceFile): Promise<void> {
  await inChunks(file.plans, (chunk) =>
    trx
      .insertInto('action_plan')
      .values(
        chunk.map((p) => ({
          id: p.id,
          title: p.title,
          period_from: p.periodFrom,
          period_to: p.periodTo,
          owner_body_id: p.ownerBodyId,
          strategy: p.strategy,
          notes: p.notes,
          created_at: p.createdAt,
          updated_at: p.updatedAt,
        })),
      )
      .execute(),
  )
  await inChunks(file.planNodes, (chunk) =>
    trx
      .insertInto('plan_node')
      .values(
        chunk.map((n) => ({
          id: n.id,
          plan_id: n.planId,
          parent_id: n.parentId,
          level: n.level,
          position: n.position,
          title: n.title,
          responsible_organisation_id: n.responsibleOrganisationId,
          responsible_body_id: n.responsibleBodyId,
          responsible_person_id: n.responsiblePersonId,
          time_frame: n.timeFrame,
          resources: n.resources,
          indicator: n.indicator,
          notes: n.notes,
          created_at: n.createdAt,
          updated_at: n.updatedAt,
        })),
      )
      .execute(),
  )
  await inChunks(file.planReviews, (chunk) =>
    trx
      .insertInto('plan_review')
      .values(
        chunk.map((r) => ({
          id: r.id,
          plan_id: r.planId,
          title: r.title,
          review_date: r.date,
          notes: r.notes,
          created_at: r.createdAt,
        })),
      )
      .execute(),
  )
  await inChunks(file.measureStatuses, (chunk) =>
    trx
      .insertInto('measure_status')
      .values(
        chunk.map((s) => ({
          review_id: s.reviewId,
          node_id: s.nodeId,
          status: s.status,
          comment: s.comment,
          set_at: s.setAt,
        })),
      )
      .execute(),
  )
  await inChunks(file.planInputs, (chunk) =>
    trx
      .insertInto('plan_input')
      .values(
        chunk.map((i) => ({
          id: i.id,
          plan_id: i.planId,
          node_id: i.nodeId,
          review_id: i.reviewId,
          from_body_id: i.fromBodyId,
          person_id: i.personId,
          given_on: i.givenOn,
          text: i.text,
          created_at: i.createdAt,
        })),
      )
      .execute(),
  )
  await inChunks(file.planLinks, (chunk) =>
    trx
      .insertInto('plan_link')
      .values(
        chunk.map((l) => ({
          id: l.id,
          node_id: l.nodeId,
          case_id: l.caseId,
          follow_up_id: l.followUpId,
          status: l.status,
          created_at: l.createdAt,
        })),
      )
      .execute(),
  )
}
