import type { Kysely } from 'kysely'
import type { CycleItem, CycleItemData } from '../../../shared/cycle'
import { nb } from '../../../shared/strings/nb'
import { format } from '../../../shared/text'
import { chainWarnings, placeItem, type YearMeeting } from '../../domain/cycle-items'
import { notFound } from '../../errors'
import type { Database } from '../schema'

async function yearMeetings(db: Kysely<Database>, year: number): Promise<YearMeeting[]> {
  // The year before counts too: an RS in December can feed OSS in January.
  const rows = await db
    .selectFrom('meeting')
    .select(['id', 'body_id as bodyId', 'date', 'status'])
    .where('date', '>=', `${year - 1}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .execute()
  return rows.map((r) => ({ id: r.id, bodyId: r.bodyId, date: r.date, cancelled: r.status === 'cancelled' }))
}

/** The yearly items, each placed in `year` with the warnings its chain raises. */
export async function listCycleItems(db: Kysely<Database>, year: number): Promise<CycleItem[]> {
  const [rows, bodies, meetings] = await Promise.all([
    db.selectFrom('cycle_item').selectAll().orderBy('id').execute(),
    db.selectFrom('body').select(['id', 'short_code as shortCode']).execute(),
    yearMeetings(db, year),
  ])
  const code = new Map(bodies.map((b) => [b.id, b.shortCode]))
  return rows
    .map((r): CycleItem => {
      const rule = {
        timing: r.timing as CycleItem['timing'],
        month: r.month,
        week: r.week,
        bodyId: r.body_id,
        anchor: r.anchor as CycleItem['anchor'],
        anchorDate: r.anchor_date,
        prerequisiteBodyIds: JSON.parse(r.prerequisite_body_ids) as number[],
      }
      const placed = placeItem(rule, year, meetings)
      const target = r.body_id === null ? '' : (code.get(r.body_id) ?? '')
      const warnings =
        placed.date === null
          ? rule.timing === 'meeting'
            ? [format(nb.cycle.noMeetingFits, { body: target, year })]
            : []
          : chainWarnings(
              placed.date,
              target,
              rule.prerequisiteBodyIds.map((id) => ({ id, shortCode: code.get(id) ?? `#${id}` })),
              meetings,
            )
      return {
        id: r.id,
        title: r.title,
        bodyShortCode: r.body_id === null ? null : (code.get(r.body_id) ?? null),
        category: r.category,
        responsible: r.responsible,
        notes: r.notes,
        ...rule,
        ...placed,
        warnings,
      }
    })
    .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999'))
}

export async function saveCycleItem(db: Kysely<Database>, input: CycleItemData): Promise<number> {
  for (const [field, bodyId] of [
    ['bodyId', input.bodyId] as const,
    ...input.prerequisiteBodyIds.map((id) => ['prerequisiteBodyIds', id] as const),
  ]) {
    if (bodyId === null) continue
    const body = await db.selectFrom('body').select('id').where('id', '=', bodyId).executeTakeFirst()
    if (!body) throw notFound('body', bodyId, field)
  }
  const meetingTimed = input.timing === 'meeting'
  const values = {
    title: input.title,
    body_id: input.bodyId,
    category: input.category,
    responsible: input.responsible,
    timing: input.timing,
    month: input.timing === 'month' ? input.month : null,
    week: input.timing === 'week' ? input.week : null,
    anchor: meetingTimed ? input.anchor : null,
    anchor_date: meetingTimed ? input.anchorDate : null,
    prerequisite_body_ids: JSON.stringify([...new Set(input.prerequisiteBodyIds)]),
    notes: input.notes,
  }
  if (input.id === undefined) {
    return (await db.insertInto('cycle_item').values(values).returning('id').executeTakeFirstOrThrow()).id
  }
  const result = await db.updateTable('cycle_item').set(values).where('id', '=', input.id).executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('cycleItem', input.id)
  return input.id
}

export async function deleteCycleItem(db: Kysely<Database>, id: number): Promise<void> {
  const result = await db.deleteFrom('cycle_item').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('cycleItem', id)
}
