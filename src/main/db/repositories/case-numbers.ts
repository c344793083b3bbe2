import type { Kysely } from 'kysely'
import { caseNumberLabel } from '../../../shared/cases'
import type { MeetingStatus } from '../../../shared/cycle'
import { isPublished } from '../../../shared/meeting-life'
import { seriesNumbers, type Series } from '../../domain/case-numbering'
import type { Database } from '../schema'

/**
 * Case numbers as stored: one series per body and calendar year. The rules are in
 * domain/case-numbering; this loads a series for them and writes what they decide.
 */

export interface SeriesKey {
  bodyId: number
  year: number
}

export const yearOf = (date: string) => Number(date.slice(0, 4))

/** Every meeting of the body's year that can carry an agenda, with its items in order. */
export async function loadSeries(db: Kysely<Database>, { bodyId, year }: SeriesKey): Promise<Series> {
  const meetings = await db
    .selectFrom('meeting')
    .select(['id', 'date', 'start_time', 'status', 'notice_sent_at'])
    .where('body_id', '=', bodyId)
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .execute()
  const items =
    meetings.length === 0
      ? []
      : await db
          .selectFrom('agenda_item')
          .select(['id', 'meeting_id', 'numbered', 'number', 'late'])
          .where(
            'meeting_id',
            'in',
            meetings.map((m) => m.id),
          )
          .orderBy('position')
          .orderBy('id')
          .execute()
  const reserved = await db
    .selectFrom('case_number')
    .select('sequence')
    .where('body_id', '=', bodyId)
    .where('year', '=', year)
    .execute()
  return {
    reserved: reserved.map((r) => r.sequence),
    meetings: meetings.map((m) => ({
      id: m.id,
      date: m.date,
      startTime: m.start_time,
      frozen: isPublished(m.status as MeetingStatus, m.notice_sent_at),
      items: items
        .filter((i) => i.meeting_id === m.id)
        .map((i) => ({ id: i.id, numbered: i.numbered === 1, number: i.number, late: i.late === 1 })),
    })),
  }
}

/** Fixes numbers: on the items, and in the register whose key refuses any second use. */
export async function fixNumbers(
  db: Kysely<Database>,
  key: SeriesKey,
  numbers: readonly { itemId: number; number: number }[],
  now: string,
) {
  for (const { itemId, number } of numbers) {
    await db.updateTable('agenda_item').set({ number }).where('id', '=', itemId).execute()
    await db
      .insertInto('case_number')
      .values({ body_id: key.bodyId, year: key.year, sequence: number, agenda_item_id: itemId, fixed_at: now })
      .execute()
  }
}

export interface ItemNumber {
  label: string
  fixed: boolean
}

/** SQLite binds at most 32 766 values a statement: long id lists go in slices. */
export async function inSlices<T, R>(ids: readonly T[], query: (slice: T[]) => Promise<R[]>): Promise<R[]> {
  const rows: R[] = []
  for (let i = 0; i < ids.length; i += 5000) rows.push(...(await query(ids.slice(i, i + 5000))))
  return rows
}

/**
 * The number each agenda item shows, labelled in its body's format. A fixed number is read
 * from its row; a provisional one depends on the whole body-year, so only those series load.
 */
export async function numberLabels(db: Kysely<Database>, itemIds: readonly number[]) {
  const labels = new Map<number, ItemNumber>()
  const rows = await inSlices([...new Set(itemIds)], (slice) =>
    db
      .selectFrom('agenda_item')
      .innerJoin('meeting', 'meeting.id', 'agenda_item.meeting_id')
      .innerJoin('body', 'body.id', 'meeting.body_id')
      .select([
        'agenda_item.id',
        'agenda_item.numbered',
        'agenda_item.number',
        'meeting.body_id as bodyId',
        'meeting.date',
        'meeting.status',
        'meeting.notice_sent_at as noticeSentAt',
        'body.case_label_format as labelFormat',
      ])
      .where('agenda_item.id', 'in', slice)
      .execute(),
  )
  const provisional = new Map<string, { key: SeriesKey; labelFormat: string }>()
  for (const r of rows) {
    const year = yearOf(r.date)
    if (r.number !== null) labels.set(r.id, { label: caseNumberLabel(r.labelFormat, r.number, year), fixed: true })
    // A numbered item without a number shows one only on an agenda not yet sent.
    else if (r.numbered === 1 && !isPublished(r.status as MeetingStatus, r.noticeSentAt))
      provisional.set(`${r.bodyId}:${year}`, { key: { bodyId: r.bodyId, year }, labelFormat: r.labelFormat })
  }
  for (const { key, labelFormat } of provisional.values()) {
    const numbers = seriesNumbers(await loadSeries(db, key))
    for (const r of rows) {
      const n = numbers.get(r.id)
      if (r.number === null && n !== undefined) {
        labels.set(r.id, { label: caseNumberLabel(labelFormat, n, key.year), fixed: false })
      }
    }
  }
  return labels
}
