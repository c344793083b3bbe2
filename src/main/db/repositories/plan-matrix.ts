import type { Kysely } from 'kysely'
import type {
  MatrixRow,
  MeasureStatus,
  PlanInputEntry,
  PlanLevel,
  PlanLink,
  PlanMatrix,
  PlanSummary,
  Review,
  StatusEntry,
} from '../../../shared/action-plan'
import { numberTree } from '../../../shared/plan-numbering'
import { nb } from '../../../shared/strings/nb'
import { format } from '../../../shared/text'
import { AppError } from '../../errors'
import type { Database } from '../schema'
import { numberLabels } from './case-numbers'

/**
 * The status matrix in a fixed handful of queries (plan, reviews, nodes, statuses, the
 * register names they point at, input, links), joined in maps: no query per row, so 300
 * measures with 5 reviews load in a few milliseconds. Word, Excel and the screens all read it.
 */

const t = nb.planText

export type PlanThing = keyof typeof t.what

/** "Statusgjennomgangen finnes ikke (id 7)." */
export function planNotFound(what: PlanThing, id: number, field?: string): AppError {
  return new AppError({
    code: 'not_found',
    message: format(nb.errors.notFound, { what: t.what[what], id }),
    ...(field ? { field } : {}),
  })
}

/** A plan with its counts; null when it does not exist. */
export async function planSummaries(db: Kysely<Database>, ids?: readonly number[]): Promise<PlanSummary[]> {
  const [plans, measures, reviews] = await Promise.all([
    db
      .selectFrom('action_plan')
      .innerJoin('body', 'body.id', 'action_plan.owner_body_id')
      .selectAll('action_plan')
      .select('body.short_code as ownerShortCode')
      .$if(ids !== undefined, (q) => q.where('action_plan.id', 'in', ids?.length ? ids : [0]))
      .orderBy('action_plan.period_from', 'desc')
      .orderBy('action_plan.id')
      .execute(),
    db
      .selectFrom('plan_node')
      .select((eb) => ['plan_id', eb.fn.countAll<number>().as('count')])
      .where('level', '=', 'measure')
      .groupBy('plan_id')
      .execute(),
    db
      .selectFrom('plan_review')
      .select(['id', 'plan_id', 'review_date'])
      .orderBy('review_date')
      .orderBy('id')
      .execute(),
  ])
  const measureCount = new Map(measures.map((m) => [m.plan_id, Number(m.count)]))
  const reviewsOf = new Map<number, number[]>()
  for (const r of reviews) reviewsOf.set(r.plan_id, [...(reviewsOf.get(r.plan_id) ?? []), r.id])
  return plans.map((p) => {
    const planReviews = reviewsOf.get(p.id) ?? []
    return {
      id: p.id,
      title: p.title,
      periodFrom: p.period_from,
      periodTo: p.period_to,
      ownerBodyId: p.owner_body_id,
      ownerBodyShortCode: p.ownerShortCode,
      strategy: p.strategy,
      notes: p.notes,
      measureCount: measureCount.get(p.id) ?? 0,
      reviewCount: planReviews.length,
      latestReviewId: planReviews.at(-1) ?? null,
    }
  })
}

export async function planSummary(db: Kysely<Database>, id: number, field?: string): Promise<PlanSummary> {
  const [plan] = await planSummaries(db, [id])
  if (!plan) throw planNotFound('plan', id, field)
  return plan
}

/** The plan's reviews oldest first (by date, then as entered), with how many measures have a status. */
export async function listReviews(db: Kysely<Database>, planId: number): Promise<Review[]> {
  const [reviews, measureCount] = await Promise.all([
    db
      .selectFrom('plan_review')
      .leftJoin('measure_status', 'measure_status.review_id', 'plan_review.id')
      .selectAll('plan_review')
      .select((eb) => eb.fn.count<number>('measure_status.node_id').as('statusCount'))
      .where('plan_review.plan_id', '=', planId)
      .groupBy('plan_review.id')
      .orderBy('plan_review.review_date')
      .orderBy('plan_review.id')
      .execute(),
    db
      .selectFrom('plan_node')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .where('plan_id', '=', planId)
      .where('level', '=', 'measure')
      .executeTakeFirstOrThrow(),
  ])
  return reviews.map((r) => ({
    id: r.id,
    planId: r.plan_id,
    title: r.title,
    date: r.review_date,
    notes: r.notes,
    statusCount: Number(r.statusCount),
    measureCount: Number(measureCount.count),
  }))
}

/** Input on the plan, newest first; `ids` limits it to those. */
export async function loadInputs(
  db: Kysely<Database>,
  planId: number,
  ids?: readonly number[],
): Promise<PlanInputEntry[]> {
  const rows = await db
    .selectFrom('plan_input')
    .innerJoin('body', 'body.id', 'plan_input.from_body_id')
    .leftJoin('person', 'person.id', 'plan_input.person_id')
    .selectAll('plan_input')
    .select(['body.short_code as bodyCode', 'body.name as bodyName', 'person.name as personName'])
    .where('plan_input.plan_id', '=', planId)
    .$if(ids !== undefined, (q) => q.where('plan_input.id', 'in', ids?.length ? ids : [0]))
    .orderBy('plan_input.given_on', 'desc')
    .orderBy('plan_input.id', 'desc')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    planId: r.plan_id,
    nodeId: r.node_id,
    reviewId: r.review_id,
    fromBodyId: r.from_body_id,
    fromBodyShortCode: r.bodyCode,
    fromBodyName: r.bodyName,
    personId: r.person_id,
    personName: r.personName ?? '',
    givenOn: r.given_on,
    text: r.text,
  }))
}

/**
 * Links of the plan's nodes with labels: a case by its number and title, decided when the
 * meeting that handled it was held; a follow-up by its text, decided when done.
 */
export async function loadLinks(db: Kysely<Database>, planId: number, ids?: readonly number[]): Promise<PlanLink[]> {
  return (await linksWithNumbers(db, planId, ids)).map((l) => l.link)
}

interface NumberedLink {
  link: PlanLink
  /** The case's number alone ("OSS-sak 12/2026"), for a suggestion's label; null for a follow-up or an unnumbered case. */
  number: string | null
}

async function linksWithNumbers(
  db: Kysely<Database>,
  planId: number,
  ids?: readonly number[],
): Promise<NumberedLink[]> {
  const rows = await db
    .selectFrom('plan_link')
    .innerJoin('plan_node', 'plan_node.id', 'plan_link.node_id')
    .leftJoin('case_item', 'case_item.id', 'plan_link.case_id')
    .leftJoin('follow_up', 'follow_up.id', 'plan_link.follow_up_id')
    .selectAll('plan_link')
    .select([
      'case_item.title as caseTitle',
      'case_item.status as caseStatus',
      'follow_up.what as followUpWhat',
      'follow_up.done_at as followUpDoneAt',
    ])
    .where('plan_node.plan_id', '=', planId)
    .$if(ids !== undefined, (q) => q.where('plan_link.id', 'in', ids?.length ? ids : [0]))
    .orderBy('plan_link.id')
    .execute()
  const caseIds = [...new Set(rows.flatMap((r) => (r.case_id === null ? [] : [r.case_id])))]
  // The agenda item that carries the case now: the latest one it was not withdrawn or moved from.
  const items =
    caseIds.length === 0
      ? []
      : await db
          .selectFrom('agenda_item')
          .innerJoin('meeting', 'meeting.id', 'agenda_item.meeting_id')
          .select(['agenda_item.id', 'agenda_item.case_id', 'meeting.date', 'meeting.status'])
          .where('agenda_item.case_id', 'in', caseIds)
          .where('agenda_item.withdrawn_at', 'is', null)
          .where('agenda_item.postponed_at', 'is', null)
          .orderBy('meeting.date')
          .orderBy('agenda_item.id')
          .execute()
  const itemOf = new Map<number, (typeof items)[number]>()
  for (const item of items) if (item.case_id !== null) itemOf.set(item.case_id, item)
  const labels = await numberLabels(
    db,
    items.map((i) => i.id),
  )
  return rows.map((r): NumberedLink => {
    if (r.case_id !== null) {
      const item = itemOf.get(r.case_id)
      const number = item ? (labels.get(item.id)?.label ?? null) : null
      const title = r.caseTitle ?? ''
      return {
        number,
        link: {
          id: r.id,
          nodeId: r.node_id,
          caseId: r.case_id,
          followUpId: null,
          label: number ? `${number} ${title}` : format(t.caseWithoutNumber, { title }),
          status: r.status as MeasureStatus | null,
          decidedOn: r.caseStatus === 'handled' && item ? item.date : null,
        },
      }
    }
    return {
      number: null,
      link: {
        id: r.id,
        nodeId: r.node_id,
        caseId: null,
        followUpId: r.follow_up_id,
        label: r.followUpWhat ?? '',
        status: r.status as MeasureStatus | null,
        decidedOn: r.followUpDoneAt ? r.followUpDoneAt.slice(0, 10) : null,
      },
    }
  })
}

/**
 * The matrix of a plan as shown in a review (null: the latest): every node in tree order with
 * its number, depth and responsible, measures with their status, the previous review's, and
 * their history. The export to Word and Excel reads exactly this.
 */
export async function loadMatrix(db: Kysely<Database>, planId: number, reviewId: number | null): Promise<PlanMatrix> {
  const plan = await planSummary(db, planId, 'planId')
  const [reviews, nodes, statuses, inputs, links] = await Promise.all([
    listReviews(db, planId),
    db.selectFrom('plan_node').selectAll().where('plan_id', '=', planId).execute(),
    db
      .selectFrom('measure_status')
      .innerJoin('plan_review', 'plan_review.id', 'measure_status.review_id')
      .select([
        'measure_status.review_id',
        'measure_status.node_id',
        'measure_status.status',
        'measure_status.comment',
        'measure_status.set_at',
      ])
      .where('plan_review.plan_id', '=', planId)
      .execute(),
    loadInputs(db, planId),
    linksWithNumbers(db, planId),
  ])

  const chosenIndex = reviewId === null ? reviews.length - 1 : reviews.findIndex((r) => r.id === reviewId)
  if (reviewId !== null && chosenIndex < 0) throw planNotFound('review', reviewId, 'reviewId')
  const chosen = chosenIndex >= 0 ? reviews[chosenIndex] : null
  const previous = chosenIndex > 0 ? reviews[chosenIndex - 1] : null

  const [organisations, bodies, people] = await Promise.all([
    db
      .selectFrom('organisation')
      .select(['id', 'name', 'region_id'])
      .where('id', 'in', idsOf(nodes, 'responsible_organisation_id'))
      .execute(),
    db
      .selectFrom('body')
      .select(['id', 'short_code', 'region_id'])
      .where('id', 'in', idsOf(nodes, 'responsible_body_id'))
      .execute(),
    db.selectFrom('person').select(['id', 'name']).where('id', 'in', idsOf(nodes, 'responsible_person_id')).execute(),
  ])
  const organisationOf = new Map(organisations.map((o) => [o.id, o]))
  const bodyOf = new Map(bodies.map((b) => [b.id, b]))
  const personOf = new Map(people.map((p) => [p.id, p.name]))

  const reviewOrder = new Map(reviews.map((r, i) => [r.id, i]))
  const historyOf = new Map<number, StatusEntry[]>()
  for (const s of statuses) {
    const entry: StatusEntry = {
      reviewId: s.review_id,
      status: s.status as MeasureStatus,
      comment: s.comment,
      setAt: s.set_at,
    }
    const list = historyOf.get(s.node_id)
    if (list) list.push(entry)
    else historyOf.set(s.node_id, [entry])
  }
  for (const list of historyOf.values()) {
    list.sort((a, b) => (reviewOrder.get(a.reviewId) ?? 0) - (reviewOrder.get(b.reviewId) ?? 0))
  }
  const count = (ids: (number | null)[]) => {
    const counts = new Map<number, number>()
    for (const id of ids) if (id !== null) counts.set(id, (counts.get(id) ?? 0) + 1)
    return counts
  }
  const inputCount = count(inputs.map((i) => i.nodeId))
  const linkCount = count(links.map((l) => l.link.nodeId))
  const suggestions = suggestedStatuses(links, previous?.date ?? null)

  const rows: MatrixRow[] = numberTree(nodes.map((n) => ({ ...n, parentId: n.parent_id }))).map(
    ({ node: n, number, depth }) => {
      const organisation =
        n.responsible_organisation_id === null ? undefined : organisationOf.get(n.responsible_organisation_id)
      const body = n.responsible_body_id === null ? undefined : bodyOf.get(n.responsible_body_id)
      const personName = n.responsible_person_id === null ? '' : (personOf.get(n.responsible_person_id) ?? '')
      const regionIds = [...new Set([organisation?.region_id ?? null, body?.region_id ?? null])].filter(
        (r): r is number => r !== null,
      )
      const history = historyOf.get(n.id) ?? []
      const current = chosen ? history.find((h) => h.reviewId === chosen.id) : undefined
      const before = previous ? history.find((h) => h.reviewId === previous.id) : undefined
      const status = current?.status ?? null
      const suggestion = n.level === 'measure' ? suggestions.get(n.id) : undefined
      return {
        id: n.id,
        parentId: n.parent_id,
        level: n.level as PlanLevel,
        number,
        depth,
        position: n.position,
        title: n.title,
        responsibleOrganisationId: n.responsible_organisation_id,
        responsibleBodyId: n.responsible_body_id,
        responsiblePersonId: n.responsible_person_id,
        responsibleLabel: [organisation?.name, body?.short_code, personName].filter(Boolean).join(' · '),
        responsiblePersonName: personName,
        regionIds,
        timeFrame: n.time_frame,
        resources: n.resources,
        indicator: n.indicator,
        notes: n.notes,
        status,
        comment: current?.comment ?? '',
        previousStatus: before?.status ?? null,
        history,
        inputCount: inputCount.get(n.id) ?? 0,
        linkCount: linkCount.get(n.id) ?? 0,
        suggestedStatus: suggestion && suggestion.status !== status ? suggestion : null,
      }
    },
  )

  return {
    plan,
    reviews,
    reviewId: chosen?.id ?? null,
    previousReviewId: previous?.id ?? null,
    rows,
    inputs,
    links: links.map((l) => l.link),
  }
}

type ResponsibleKey = 'responsible_organisation_id' | 'responsible_body_id' | 'responsible_person_id'

/** The distinct ids a column holds; [0] (no row) when none, since `in ()` is not valid SQL. */
function idsOf(nodes: readonly Record<ResponsibleKey, number | null>[], key: ResponsibleKey): number[] {
  const ids = new Set<number>()
  for (const n of nodes) {
    const value = n[key]
    if (value !== null) ids.add(value)
  }
  return ids.size === 0 ? [0] : [...ids]
}

/**
 * The status a decided case (or a done follow-up) says a measure should have: links with a
 * status, decided after the previous review (any time when there is none), the latest first.
 */
function suggestedStatuses(links: NumberedLink[], after: string | null) {
  const suggestions = new Map<number, { status: MeasureStatus; label: string; decidedOn: string }>()
  for (const { link, number } of links) {
    if (link.status === null || link.decidedOn === null) continue
    if (after !== null && link.decidedOn <= after) continue
    const existing = suggestions.get(link.nodeId)
    if (existing && existing.decidedOn > link.decidedOn) continue
    suggestions.set(link.nodeId, {
      status: link.status,
      decidedOn: link.decidedOn,
      label: format(t.suggested, { case: number ?? link.label, status: t.status[link.status] }),
    })
  }
  const out = new Map<number, { status: MeasureStatus; label: string }>()
  for (const [nodeId, s] of suggestions) out.set(nodeId, { status: s.status, label: s.label })
  return out
}
