import type { Kysely } from 'kysely'
import type {
  CaseData,
  CaseDetail,
  CaseHandling,
  CaseKind,
  CaseSectionKey,
  CaseStatus,
  CaseSummary,
  MatterStep,
} from '../../../shared/cases'
import { caseSectionKeys } from '../../../shared/cases'
import { findCaseReferences, plainText, type RichDoc } from '../../../shared/rich-text'
import { nb } from '../../../shared/strings/nb'
import { foldForSearch, format, matchesQuery } from '../../../shared/text'
import { conflict, notFound } from '../../errors'
import type { Database } from '../schema'
import { listAttachments } from './attachments'
import { inSlices, numberLabels } from './case-numbers'
import { indexCase } from './case-search'
import { refuseWithheld } from './personal-data'

/** Cases: one body's handling of a matter, with its document, status and place on agendas. */

const e = nb.caseErrors

const selectCases = (db: Kysely<Database>) =>
  db
    .selectFrom('case_item')
    .innerJoin('body', 'body.id', 'case_item.body_id')
    .leftJoin('person', 'person.id', 'case_item.officer_person_id')
    .select([
      'case_item.id',
      'case_item.matter_id',
      'case_item.body_id',
      'case_item.title',
      'case_item.kind',
      'case_item.status',
      'case_item.officer_person_id',
      'case_item.archive_ref',
      'case_item.updated_at',
      'body.short_code as bodyShortCode',
      'person.name as officerName',
    ])

type CaseRow = Awaited<ReturnType<ReturnType<typeof selectCases>['execute']>>[number]

/** Every agenda each case has been on, newest last, with the number it had there. */
async function handlingsOf(db: Kysely<Database>, caseIds: readonly number[]) {
  const byCase = new Map<number, CaseHandling[]>()
  if (caseIds.length === 0) return byCase
  const rows = await inSlices(caseIds, (slice) =>
    db
      .selectFrom('agenda_item')
      .innerJoin('meeting', 'meeting.id', 'agenda_item.meeting_id')
      .select([
        'agenda_item.id',
        'agenda_item.case_id',
        'agenda_item.number',
        'agenda_item.withdrawn_at',
        'agenda_item.postponed_at',
        'meeting.id as meetingId',
        'meeting.date',
      ])
      .where('agenda_item.case_id', 'in', slice)
      .orderBy('meeting.date')
      .orderBy('agenda_item.id')
      .execute(),
  )
  const labels = await numberLabels(
    db,
    rows.map((r) => r.id),
  )
  for (const r of rows) {
    if (r.case_id === null) continue
    const handling: CaseHandling = {
      meetingId: r.meetingId,
      meetingDate: r.date,
      agendaItemId: r.id,
      numberLabel: labels.get(r.id)?.label ?? null,
      numberFixed: r.number !== null,
      withdrawn: r.withdrawn_at !== null,
      postponed: r.postponed_at !== null,
    }
    byCase.set(r.case_id, [...(byCase.get(r.case_id) ?? []), handling])
  }
  return byCase
}

async function toSummaries(db: Kysely<Database>, rows: CaseRow[]): Promise<CaseSummary[]> {
  const handlings = await handlingsOf(
    db,
    rows.map((r) => r.id),
  )
  return rows.map((r) => ({
    id: r.id,
    matterId: r.matter_id,
    bodyId: r.body_id,
    bodyShortCode: r.bodyShortCode,
    title: r.title,
    kind: r.kind as CaseKind,
    status: r.status as CaseStatus,
    officerPersonId: r.officer_person_id,
    officerName: r.officerName,
    archiveRef: r.archive_ref,
    handling: handlings.get(r.id)?.at(-1) ?? null,
    updatedAt: r.updated_at,
  }))
}

export async function listCases(
  db: Kysely<Database>,
  filter: { bodyId?: number; statuses?: CaseStatus[]; search: string },
): Promise<CaseSummary[]> {
  const rows = await selectCases(db)
    .$if(filter.bodyId !== undefined, (q) => q.where('case_item.body_id', '=', filter.bodyId ?? 0))
    .$if(filter.statuses !== undefined && filter.statuses.length > 0, (q) =>
      q.where('case_item.status', 'in', filter.statuses ?? []),
    )
    .orderBy('case_item.updated_at', 'desc')
    .orderBy('case_item.id', 'desc')
    .execute()
  const found = filter.search
    ? rows.filter((r) => matchesQuery(filter.search, [r.title, r.bodyShortCode, r.officerName]))
    : rows
  return toSummaries(db, found)
}

export async function getCase(db: Kysely<Database>, id: number): Promise<CaseSummary> {
  const row = await selectCases(db).where('case_item.id', '=', id).executeTakeFirst()
  if (!row) throw notFound('case', id)
  return (await toSummaries(db, [row]))[0]
}

const parse = (json: string) => JSON.parse(json) as RichDoc

export async function getCaseDetail(db: Kysely<Database>, id: number): Promise<CaseDetail> {
  const summary = await getCase(db, id)
  const row = await db
    .selectFrom('case_item')
    .innerJoin('body', 'body.id', 'case_item.body_id')
    .select(['background', 'facts', 'assessment', 'proposal', 'body.assessment_title as assessmentTitle'])
    .where('case_item.id', '=', id)
    .executeTakeFirstOrThrow()
  const sections = Object.fromEntries(caseSectionKeys.map((k) => [k, parse(row[k])])) as Record<CaseSectionKey, RichDoc>
  const links = await linkedCases(db, id)
  const handlings = (await handlingsOf(db, [id])).get(id) ?? []
  return {
    summary,
    sections,
    assessmentTitle: row.assessmentTitle,
    attachments: await listAttachments(db, id),
    links,
    references: await resolveReferences(db, id, sections, new Set(links.map((l) => l.id))),
    matter: await matterSteps(db, summary.matterId),
    handlings,
  }
}

async function linkedCases(db: Kysely<Database>, id: number) {
  const pairs = await db
    .selectFrom('case_link')
    .select(['case_id', 'linked_case_id'])
    .where((eb) => eb.or([eb('case_id', '=', id), eb('linked_case_id', '=', id)]))
    .execute()
  const ids = pairs.map((p) => (p.case_id === id ? p.linked_case_id : p.case_id))
  if (ids.length === 0) return []
  const summaries = await toSummaries(db, await selectCases(db).where('case_item.id', 'in', ids).execute())
  return summaries.map((s) => ({
    id: s.id,
    title: s.title,
    bodyShortCode: s.bodyShortCode,
    numberLabel: s.handling?.numberLabel ?? null,
  }))
}

/**
 * The cases named in the text ("sak 09/2024", "SSU-sak 09/2024"). A reference without a body
 * means the case's own body. Only fixed numbers count: a provisional one may still change.
 */
async function resolveReferences(
  db: Kysely<Database>,
  id: number,
  sections: Record<CaseSectionKey, RichDoc>,
  linked: Set<number>,
) {
  const own = await db.selectFrom('case_item').select('body_id').where('id', '=', id).executeTakeFirstOrThrow()
  const text = caseSectionKeys.map((k) => plainText(sections[k])).join('\n')
  const found = []
  const bodies = await db.selectFrom('body').select(['id', 'short_code']).execute()
  for (const ref of findCaseReferences(text)) {
    const body =
      ref.bodyCode === null
        ? bodies.find((b) => b.id === own.body_id)
        : bodies.find((b) => foldForSearch(b.short_code) === foldForSearch(ref.bodyCode ?? ''))
    const target = body
      ? await db
          .selectFrom('case_number')
          .innerJoin('agenda_item', 'agenda_item.id', 'case_number.agenda_item_id')
          .select('agenda_item.case_id')
          .where('case_number.body_id', '=', body.id)
          .where('case_number.year', '=', ref.year)
          .where('case_number.sequence', '=', ref.sequence)
          .executeTakeFirst()
      : undefined
    const caseId = target?.case_id ?? null
    if (caseId === id) continue
    found.push({ text: ref.text, caseId, linked: caseId !== null && linked.has(caseId) })
  }
  return found
}

/** Every body's handling of the matter, in the order they were made. */
async function matterSteps(db: Kysely<Database>, matterId: number): Promise<MatterStep[]> {
  const rows = await selectCases(db).where('case_item.matter_id', '=', matterId).orderBy('case_item.id').execute()
  const summaries = await toSummaries(db, rows)
  const steps: MatterStep[] = []
  for (const s of summaries) {
    const body = await db.selectFrom('body').select('name').where('id', '=', s.bodyId).executeTakeFirstOrThrow()
    const decided = await db
      .selectFrom('agenda_item')
      .select('decision')
      .where('case_id', '=', s.id)
      .where('decision', 'is not', null)
      .orderBy('id', 'desc')
      .executeTakeFirst()
    steps.push({
      caseId: s.id,
      bodyShortCode: s.bodyShortCode,
      bodyName: body.name,
      title: s.title,
      status: s.status,
      numberLabel: s.handling?.numberLabel ?? null,
      meetingDate: s.handling?.meetingDate ?? null,
      decision: decided?.decision ? parse(decided.decision) : null,
    })
  }
  return steps
}

const sectionValues = (input: CaseData) =>
  Object.fromEntries(caseSectionKeys.map((k) => [k, JSON.stringify(input[k])])) as Record<CaseSectionKey, string>

async function assertExists(db: Kysely<Database>, table: 'body' | 'person', id: number | null, field: string) {
  if (id === null) return
  const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound(table, id, field)
}

export async function saveCase(db: Kysely<Database>, input: CaseData, now: string): Promise<CaseSummary> {
  await assertExists(db, 'body', input.bodyId, 'bodyId')
  await assertExists(db, 'person', input.officerPersonId, 'officerPersonId')
  const before =
    input.id === undefined
      ? undefined
      : await db.selectFrom('case_item').select('officer_person_id').where('id', '=', input.id).executeTakeFirst()
  await refuseWithheld(db, 'officerPersonId', input.officerPersonId, [before?.officer_person_id ?? null])
  const values = {
    body_id: input.bodyId,
    title: input.title,
    kind: input.kind,
    officer_person_id: input.officerPersonId,
    archive_ref: input.archiveRef,
    ...sectionValues(input),
    updated_at: now,
  }
  let id = input.id
  if (id === undefined) {
    const matter = await db.insertInto('matter').values({ created_at: now }).returning('id').executeTakeFirstOrThrow()
    const created = await db
      .insertInto('case_item')
      .values({ ...values, matter_id: matter.id, status: 'draft', created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    id = created.id
  } else {
    const current = await getCase(db, id)
    // On an agenda the case belongs to the meeting's body.
    if (current.bodyId !== input.bodyId && current.handling !== null) throw conflict(e.bodyLocked, 'bodyId')
    await db.updateTable('case_item').set(values).where('id', '=', id).execute()
  }
  await indexCase(db, id)
  return getCase(db, id)
}

export async function setCaseStatus(db: Kysely<Database>, id: number, status: 'draft' | 'ready', now: string) {
  const current = await getCase(db, id)
  if (!['draft', 'ready', 'postponed', 'withdrawn'].includes(current.status)) {
    throw conflict(format(e.statusFromAgenda, { status: nb.cases.status[current.status] }), 'status')
  }
  await db.updateTable('case_item').set({ status, updated_at: now }).where('id', '=', id).execute()
  return getCase(db, id)
}

/** Only a case that never had a number can go: a number, once given, is part of the record. */
export async function deleteCase(db: Kysely<Database>, id: number) {
  const current = await getCase(db, id)
  if (current.handling !== null) throw conflict(e.deleteOnAgenda)
  await db.deleteFrom('case_item').where('id', '=', id).execute()
  await indexCase(db, id)
}

/** The matter goes on to another body: a new case there, starting from this one's document. */
export async function forwardCase(db: Kysely<Database>, id: number, bodyId: number, now: string) {
  const source = await db.selectFrom('case_item').selectAll().where('id', '=', id).executeTakeFirst()
  if (!source) throw notFound('case', id)
  await assertExists(db, 'body', bodyId, 'bodyId')
  if (source.body_id === bodyId) throw conflict(e.forwardSameBody, 'bodyId')
  const { id: created } = await db
    .insertInto('case_item')
    .values({
      matter_id: source.matter_id,
      body_id: bodyId,
      title: source.title,
      kind: source.kind,
      status: 'draft',
      officer_person_id: source.officer_person_id,
      archive_ref: source.archive_ref,
      background: source.background,
      facts: source.facts,
      assessment: source.assessment,
      proposal: source.proposal,
      forwarded_from_id: id,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await indexCase(db, created)
  return getCase(db, created)
}

export async function linkCases(db: Kysely<Database>, a: number, b: number, linked: boolean) {
  if (a === b) throw conflict(e.linkSelf, 'linkedCaseId')
  await getCase(db, a)
  await getCase(db, b).catch(() => {
    throw notFound('case', b, 'linkedCaseId')
  })
  const pair = { case_id: Math.min(a, b), linked_case_id: Math.max(a, b) }
  if (linked)
    await db
      .insertInto('case_link')
      .values(pair)
      .onConflict((oc) => oc.doNothing())
      .execute()
  else
    await db
      .deleteFrom('case_link')
      .where('case_id', '=', pair.case_id)
      .where('linked_case_id', '=', pair.linked_case_id)
      .execute()
}
