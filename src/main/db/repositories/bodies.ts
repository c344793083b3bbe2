import type { Kysely } from 'kysely'
import { standardItemKeys, type StandardItemSetting } from '../../../shared/cases'
import type { Body, BodyData, ListFilter } from '../../../shared/register'
import { nb } from '../../../shared/strings/nb'
import { format, matchesQuery, sortByNb } from '../../../shared/text'
import type { BodyLevel } from '../../../shared/vocabulary'
import { conflict, describeReferences, inUse, notFound } from '../../errors'
import type { Database } from '../schema'
import { countPrerequisiteUses, countReferences } from './references'
import { refuseWithheld } from './personal-data'

export async function listBodies(db: Kysely<Database>, filter: Partial<ListFilter>, today: string): Promise<Body[]> {
  const rows = await db
    .selectFrom('body')
    .leftJoin('body as parent', 'parent.id', 'body.parent_body_id')
    .leftJoin('region', 'region.id', 'body.region_id')
    .leftJoin('person as secretary', 'secretary.id', 'body.secretary_person_id')
    .select((eb) => [
      'body.id',
      'body.name',
      'body.short_code as shortCode',
      'body.level',
      'body.parent_body_id as parentBodyId',
      'parent.name as parentName',
      'body.region_id as regionId',
      'region.name as regionName',
      'body.case_label_format as caseLabelFormat',
      'body.default_place as defaultPlace',
      'body.default_duration_minutes as defaultDurationMinutes',
      'body.secretary_person_id as secretaryPersonId',
      'secretary.name as secretaryName',
      'body.notes',
      'body.case_deadline_working_days as caseDeadlineWorkingDays',
      'body.notice_days as noticeDays',
      'body.minutes_working_days as minutesWorkingDays',
      'body.assessment_title as assessmentTitle',
      'body.standard_items as standardItems',
      'body.postponed_keeps_number as postponedKeepsNumber',
      eb
        .selectFrom('membership')
        .select((m) => m.fn.countAll<number>().as('n'))
        .whereRef('membership.body_id', '=', 'body.id')
        .where('membership.from_date', '<=', today)
        .where((m) => m.or([m('membership.to_date', 'is', null), m('membership.to_date', '>=', today)]))
        .as('memberCount'),
    ])
    .$if(filter.regionId !== undefined, (q) => q.where('body.region_id', '=', filter.regionId ?? 0))
    .$if(filter.kind !== undefined, (q) => q.where('body.level', '=', filter.kind ?? ''))
    .execute()
  const bodies: Body[] = rows.map((r) => ({
    ...r,
    level: r.level as BodyLevel,
    standardItems: readStandardItems(r.standardItems),
    postponedKeepsNumber: r.postponedKeepsNumber === 1,
    memberCount: Number(r.memberCount ?? 0),
  }))
  return sortByNb(
    bodies.filter((b) => matchesQuery(filter.search ?? '', [b.name, b.shortCode, b.regionName])),
    (b) => b.name,
  )
}

/** One setting per key, in the order of `standardItemKeys`, so equal settings are equal text. */
function normalised(items: readonly { key: unknown; numbered: unknown }[]): StandardItemSetting[] {
  return standardItemKeys.flatMap((key) => {
    const found = items.find((i) => i.key === key)
    return found ? [{ key, numbered: found.numbered === true }] : []
  })
}

export const writeStandardItems = (items: readonly StandardItemSetting[]) => JSON.stringify(normalised(items))

/** The stored JSON, keeping only keys this version knows. */
export const readStandardItems = (json: string) => normalised(JSON.parse(json) as { key: unknown; numbered: unknown }[])

export async function getBody(db: Kysely<Database>, id: number, today: string): Promise<Body> {
  const body = (await listBodies(db, {}, today)).find((b) => b.id === id)
  if (!body) throw notFound('body', id)
  return body
}

/** True when making `parentId` the parent of `bodyId` would close a loop. */
async function wouldCycle(db: Kysely<Database>, bodyId: number, parentId: number): Promise<boolean> {
  let current: number | null = parentId
  const seen = new Set<number>()
  while (current !== null && !seen.has(current)) {
    if (current === bodyId) return true
    seen.add(current)
    const row: { parent_body_id: number | null } | undefined = await db
      .selectFrom('body')
      .select('parent_body_id')
      .where('id', '=', current)
      .executeTakeFirst()
    current = row?.parent_body_id ?? null
  }
  return false
}

export async function saveBody(db: Kysely<Database>, input: BodyData, now: string, today: string): Promise<Body> {
  const clash = await db
    .selectFrom('body')
    .select(['id', 'name'])
    .where('short_code', '=', input.shortCode)
    .$if(input.id !== undefined, (q) => q.where('id', '!=', input.id ?? 0))
    .executeTakeFirst()
  if (clash)
    throw conflict(format(nb.errors.duplicateShortCode, { value: input.shortCode, name: clash.name }), 'shortCode')
  if (input.parentBodyId !== null) {
    const parent = await db.selectFrom('body').select('id').where('id', '=', input.parentBodyId).executeTakeFirst()
    if (!parent) throw notFound('body', input.parentBodyId, 'parentBodyId')
    if (input.id !== undefined && (await wouldCycle(db, input.id, input.parentBodyId))) {
      throw conflict(nb.errors.parentCycle, 'parentBodyId')
    }
  }
  if (input.regionId !== null) {
    const region = await db.selectFrom('region').select('id').where('id', '=', input.regionId).executeTakeFirst()
    if (!region) throw notFound('region', input.regionId, 'regionId')
  }
  if (input.secretaryPersonId !== null) {
    const person = await db
      .selectFrom('person')
      .select('id')
      .where('id', '=', input.secretaryPersonId)
      .executeTakeFirst()
    if (!person) throw notFound('person', input.secretaryPersonId, 'secretaryPersonId')
    const before =
      input.id === undefined
        ? undefined
        : await db.selectFrom('body').select('secretary_person_id').where('id', '=', input.id).executeTakeFirst()
    await refuseWithheld(db, 'secretaryPersonId', input.secretaryPersonId, [before?.secretary_person_id ?? null])
  }
  const values = {
    name: input.name,
    short_code: input.shortCode,
    level: input.level,
    parent_body_id: input.parentBodyId,
    region_id: input.regionId,
    case_label_format: input.caseLabelFormat,
    default_place: input.defaultPlace,
    default_duration_minutes: input.defaultDurationMinutes,
    secretary_person_id: input.secretaryPersonId,
    notes: input.notes,
    case_deadline_working_days: input.caseDeadlineWorkingDays,
    notice_days: input.noticeDays,
    minutes_working_days: input.minutesWorkingDays,
    assessment_title: input.assessmentTitle,
    standard_items: writeStandardItems(input.standardItems),
    postponed_keeps_number: input.postponedKeepsNumber ? 1 : 0,
    updated_at: now,
  }
  if (input.id === undefined) {
    const { id } = await db
      .insertInto('body')
      .values({ ...values, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    return getBody(db, id, today)
  }
  const result = await db.updateTable('body').set(values).where('id', '=', input.id).executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('body', input.id)
  return getBody(db, input.id, today)
}

export async function childBodies(db: Kysely<Database>, id: number) {
  const rows = await db.selectFrom('body').select(['id', 'name']).where('parent_body_id', '=', id).execute()
  return sortByNb(rows, (b) => b.name)
}

export async function deleteBody(db: Kysely<Database>, id: number, today: string): Promise<void> {
  const body = await getBody(db, id, today)
  const refs = describeReferences([
    ['refMemberships', await countReferences(db, ['membership', 'body_id'], id)],
    ['refChildBodies', await countReferences(db, ['body', 'parent_body_id'], id)],
    ['refMeetings', await countReferences(db, ['meeting', 'body_id'], id)],
    ['refItems', (await countReferences(db, ['cycle_item', 'body_id'], id)) + (await countPrerequisiteUses(db, id))],
    ['refCases', await countReferences(db, ['case_item', 'body_id'], id)],
    // A body's own rules go with it; another body's rule that invites its members would not.
    ['refInvitationRules', await countReferences(db, ['invitation_rule', 'member_body_id'], id)],
    ['refPlans', await countReferences(db, ['action_plan', 'owner_body_id'], id)],
    [
      'refPlanEntries',
      (await countReferences(db, ['plan_node', 'responsible_body_id'], id)) +
        (await countReferences(db, ['plan_input', 'from_body_id'], id)),
    ],
  ])
  if (refs.length > 0) throw inUse(body.name, refs)
  await db.deleteFrom('body').where('id', '=', id).execute()
}
