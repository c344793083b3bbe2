import { randomUUID } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { GenerateResult, MeetingKind, Rhythm, RhythmData } from '../../../shared/cycle'
import { samePatternIn } from '../../domain/calendar'
import { datesForRule } from '../../domain/rhythm'
import { notFound } from '../../errors'
import type { Database } from '../schema'

export async function listRhythms(db: Kysely<Database>, bodyId?: number): Promise<Rhythm[]> {
  const rows = await db
    .selectFrom('body_rhythm')
    .selectAll()
    .$if(bodyId !== undefined, (q) => q.where('body_id', '=', bodyId ?? 0))
    .orderBy('id')
    .execute()
  return rows.map((r) => ({
    id: r.id,
    bodyId: r.body_id,
    weekday: r.weekday,
    ordinal: r.ordinal as Rhythm['ordinal'],
    months: JSON.parse(r.months) as number[],
    startTime: r.start_time,
    endTime: r.end_time,
    place: r.place,
    kind: r.kind as MeetingKind,
  }))
}

export async function saveRhythm(db: Kysely<Database>, input: RhythmData): Promise<Rhythm> {
  const body = await db.selectFrom('body').select('id').where('id', '=', input.bodyId).executeTakeFirst()
  if (!body) throw notFound('body', input.bodyId, 'bodyId')
  const values = {
    body_id: input.bodyId,
    weekday: input.weekday,
    ordinal: input.ordinal,
    months: JSON.stringify([...new Set(input.months)].sort((a, b) => a - b)),
    start_time: input.startTime,
    end_time: input.endTime,
    place: input.place,
    kind: input.kind,
  }
  let id = input.id
  if (id === undefined)
    id = (await db.insertInto('body_rhythm').values(values).returning('id').executeTakeFirstOrThrow()).id
  else if (
    (await db.updateTable('body_rhythm').set(values).where('id', '=', id).executeTakeFirst()).numUpdatedRows === 0n
  ) {
    throw notFound('rhythm', id)
  }
  const saved = (await listRhythms(db, input.bodyId)).find((r) => r.id === id)
  if (!saved) throw notFound('rhythm', id)
  return saved
}

export async function deleteRhythm(db: Kysely<Database>, id: number): Promise<void> {
  const result = await db.deleteFrom('body_rhythm').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('rhythm', id)
}

interface NewMeeting {
  /** Identifies what planned it, so running the same plan twice adds nothing. */
  origin: string
  bodyId: number
  date: string
  startTime: string
  endTime: string
  place: string
  videoLink: string
  kind: string
}

/**
 * Inserts the planned meetings a body does not have yet: none from the same plan (even if it has
 * since been moved), and none on the same date; cancelled ones count as had.
 */
async function insertNew(db: Kysely<Database>, planned: NewMeeting[], now: string): Promise<GenerateResult> {
  let created = 0
  for (const m of planned) {
    const exists = await db
      .selectFrom('meeting')
      .select('id')
      .where('body_id', '=', m.bodyId)
      .where((eb) => eb.or([eb('date', '=', m.date), eb('origin', '=', m.origin)]))
      .executeTakeFirst()
    if (exists) continue
    await db
      .insertInto('meeting')
      .values({
        body_id: m.bodyId,
        date: m.date,
        start_time: m.startTime,
        end_time: m.endTime,
        place: m.place,
        video_link: m.videoLink,
        origin: m.origin,
        notes: '',
        kind: m.kind,
        status: 'planned',
        uid: `${randomUUID()}@sekretariat`,
        sequence: 0,
        created_at: now,
        updated_at: now,
      })
      .execute()
    created++
  }
  return { created, skipped: planned.length - created }
}

/** Plans a year from each body's rhythm; running it twice adds nothing the second time. */
export async function generateYear(db: Kysely<Database>, year: number, bodyIds: number[] | undefined, now: string) {
  const rhythms = (await listRhythms(db)).filter((r) => !bodyIds || bodyIds.includes(r.bodyId))
  const planned = rhythms.flatMap((r) =>
    datesForRule(r, year).map((date) => ({
      origin: `rhythm:${r.id}:${date}`,
      bodyId: r.bodyId,
      date,
      startTime: r.startTime,
      endTime: r.endTime,
      place: r.place,
      videoLink: '',
      kind: r.kind,
    })),
  )
  return insertNew(db, planned, now)
}

/** Copies a year's meetings to another year on the same weekday pattern ("second Thursday in March"). */
export async function copyYear(
  db: Kysely<Database>,
  fromYear: number,
  toYear: number,
  bodyIds: number[] | undefined,
  now: string,
) {
  const source = await db
    .selectFrom('meeting')
    .selectAll()
    .where('date', 'like', `${fromYear}-%`)
    .where('status', '!=', 'cancelled')
    .$if(bodyIds !== undefined, (q) => q.where('body_id', 'in', bodyIds?.length ? bodyIds : [0]))
    .orderBy('date')
    .execute()
  return insertNew(
    db,
    source.map((m) => ({
      origin: `copy:${m.id}:${toYear}`,
      bodyId: m.body_id,
      date: samePatternIn(m.date, toYear),
      startTime: m.start_time,
      endTime: m.end_time,
      place: m.place,
      videoLink: m.video_link,
      kind: m.kind,
    })),
    now,
  )
}
