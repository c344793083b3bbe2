import type { Kysely } from 'kysely'
import type { WheelData } from '../../shared/cycle'
import { listBodies } from '../db/repositories/bodies'
import { listCycleItems } from '../db/repositories/cycle-items'
import { listMeetings } from '../db/repositories/meetings'
import type { Database } from '../db/schema'
import { wheelData } from '../domain/wheel-data'

/** The first and last day of a year, as the meeting queries take them. */
export const yearRange = (year: number) => ({ from: `${year}-01-01`, to: `${year}-12-31` })

/**
 * The year's wheel as the screen and the Word year plan draw it. With `bodyId`, only that body's
 * ring, with its meetings and its own yearly items beside the ones shared by every body.
 */
export async function yearWheel(
  db: Kysely<Database>,
  today: string,
  year: number,
  ringBy: 'body' | 'level',
  bodyId?: number,
): Promise<WheelData> {
  const bodies = await listBodies(db, {}, today)
  const meetings = await listMeetings(db, { ...yearRange(year), bodyId })
  const items = await listCycleItems(db, year)
  if (bodyId === undefined) return wheelData(year, today, bodies, meetings, items, ringBy)
  return wheelData(
    year,
    today,
    bodies.filter((b) => b.id === bodyId),
    meetings,
    items.filter((i) => i.bodyId === null || i.bodyId === bodyId),
    ringBy,
  )
}
