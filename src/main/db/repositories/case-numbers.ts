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

/**
 * The number each agenda item shows, fixed or provisional, labelled in its body's format.
 * Provisional numbers depend on the whole body-year, so every series touched is loaded.
 */
export async function numberLabels(db: Kysely<Database>, itemIds: readonly number[]) {
  const labels = new Map<number, ItemNumber>()
  if (itemIds.length === 0) return labels
  const keys = await db
    .selectFrom('agenda_item')
    .innerJoin('meeting', 'meeting.id', 'agenda_item.meeting_id')
    .innerJoin('body', 'body.id', 'meeting.body_id')
    .select(['meeting.body_id as bodyId', 'meeting.date', 'body.case_label_format as labelFormat'])
    .where('agenda_item.id', 'in', [...itemIds])
    .groupBy(['meeting.body_id', 'meeting.date'])
    .execute()
  const series = new Map<string, { key: SeriesKey; labelFormat: string }>()
  for (const k of keys) {
    const key = { bodyId: k.bodyId, year: yearOf(k.date) }
    series.set(`${key.bodyId}:${key.year}`, { key, labelFormat: k.labelFormat })
  }
  for (const { key, labelFormat } of series.values()) {
    const loaded = await loadSeries(db, key)
    const numbers = seriesNumbers(loaded)
    for (const meeting of loaded.meetings) {
      for (const item of meeting.items) {
        const n = numbers.get(item.id)
        if (n !== undefined) {
          labels.set(item.id, { label: caseNumberLabel(labelFormat, n, key.year), fixed: item.number !== null })
        }
      }
    }
  }
  return labels
}
