import type { Kysely } from 'kysely'
import type { FollowUp, FollowUpData } from '../../../shared/cases'
import { notFound } from '../../errors'
import type { Database } from '../schema'
import { numberLabels } from './case-numbers'

/** Follow-up actions from decisions: what, who, by when; open until marked done. */

const selectFollowUps = (db: Kysely<Database>) =>
  db
    .selectFrom('follow_up')
    .innerJoin('agenda_item', 'agenda_item.id', 'follow_up.agenda_item_id')
    .innerJoin('meeting', 'meeting.id', 'agenda_item.meeting_id')
    .innerJoin('body', 'body.id', 'meeting.body_id')
    .leftJoin('case_item', 'case_item.id', 'agenda_item.case_id')
    .selectAll('follow_up')
    .select([
      'meeting.id as meetingId',
      'meeting.date as meetingDate',
      'body.short_code as bodyShortCode',
      'agenda_item.case_id as caseId',
      'agenda_item.title as itemTitle',
      'case_item.title as caseTitle',
    ])

type Row = Awaited<ReturnType<ReturnType<typeof selectFollowUps>['execute']>>[number]

async function toFollowUps(db: Kysely<Database>, rows: Row[]): Promise<FollowUp[]> {
  const labels = await numberLabels(db, [...new Set(rows.map((r) => r.agenda_item_id))])
  return rows.map((r) => ({
    id: r.id,
    agendaItemId: r.agenda_item_id,
    what: r.what,
    responsible: r.responsible,
    dueDate: r.due_date,
    doneAt: r.done_at,
    meetingId: r.meetingId,
    meetingDate: r.meetingDate,
    bodyShortCode: r.bodyShortCode,
    caseId: r.caseId,
    itemTitle: r.caseTitle ?? r.itemTitle,
    numberLabel: labels.get(r.agenda_item_id)?.label ?? null,
  }))
}

/** Open actions first, by due date (those without one last), then done ones; every body unless one is asked for. */
export async function listFollowUps(db: Kysely<Database>, filter: { bodyId?: number; includeDone: boolean }) {
  const rows = await selectFollowUps(db)
    .$if(filter.bodyId !== undefined, (q) => q.where('meeting.body_id', '=', filter.bodyId ?? 0))
    .$if(!filter.includeDone, (q) => q.where('follow_up.done_at', 'is', null))
    .orderBy((eb) => eb.case().when('follow_up.done_at', 'is', null).then(0).else(1).end())
    .orderBy((eb) => eb.case().when('follow_up.due_date', 'is', null).then(1).else(0).end())
    .orderBy('follow_up.due_date')
    .orderBy('follow_up.id')
    .execute()
  return toFollowUps(db, rows)
}

export async function listFollowUpsOfItems(db: Kysely<Database>, itemIds: readonly number[]) {
  const byItem = new Map<number, FollowUp[]>()
  if (itemIds.length === 0) return byItem
  const rows = await selectFollowUps(db)
    .where('follow_up.agenda_item_id', 'in', [...itemIds])
    .orderBy('follow_up.id')
    .execute()
  for (const f of await toFollowUps(db, rows)) byItem.set(f.agendaItemId, [...(byItem.get(f.agendaItemId) ?? []), f])
  return byItem
}

export async function getFollowUp(db: Kysely<Database>, id: number): Promise<FollowUp> {
  const row = await selectFollowUps(db).where('follow_up.id', '=', id).executeTakeFirst()
  if (!row) throw notFound('followUp', id)
  return (await toFollowUps(db, [row]))[0]
}

export async function saveFollowUp(db: Kysely<Database>, input: FollowUpData, now: string): Promise<FollowUp> {
  const item = await db.selectFrom('agenda_item').select('id').where('id', '=', input.agendaItemId).executeTakeFirst()
  if (!item) throw notFound('agendaItem', input.agendaItemId, 'agendaItemId')
  const values = {
    agenda_item_id: input.agendaItemId,
    what: input.what,
    responsible: input.responsible,
    due_date: input.dueDate,
  }
  if (input.id === undefined) {
    const { id } = await db
      .insertInto('follow_up')
      .values({ ...values, done_at: input.done ? now : null, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    return getFollowUp(db, id)
  }
  const current = await getFollowUp(db, input.id)
  // Done keeps the day it was done; undone clears it.
  const doneAt = input.done ? (current.doneAt ?? now) : null
  await db
    .updateTable('follow_up')
    .set({ ...values, done_at: doneAt })
    .where('id', '=', input.id)
    .execute()
  return getFollowUp(db, input.id)
}

export async function deleteFollowUp(db: Kysely<Database>, id: number) {
  await getFollowUp(db, id)
  await db.deleteFrom('follow_up').where('id', '=', id).execute()
}
