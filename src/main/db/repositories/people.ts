import type { Kysely } from 'kysely'
import type { ListFilter, Person, PersonData } from '../../../shared/register'
import { matchesQuery, sortByNb } from '../../../shared/text'
import { nb } from '../../../shared/strings/nb'
import { conflict, describeReferences, inUse, notFound } from '../../errors'
import type { Database } from '../schema'
import { countReferences } from './references'

const selectPeople = (db: Kysely<Database>) =>
  db
    .selectFrom('person')
    .leftJoin('organisation', 'organisation.id', 'person.organisation_id')
    .select([
      'person.id',
      'person.name',
      'person.title',
      'person.organisation_id as organisationId',
      'person.email',
      'person.phone',
      'person.notes',
      'organisation.name as organisationName',
      'person.restricted_at as restrictedAt',
      'person.restriction_reason as restrictionReason',
      'person.erased_at as erasedAt',
    ])

export async function listPeople(db: Kysely<Database>, filter: Partial<ListFilter> = {}): Promise<Person[]> {
  const people = await selectPeople(db)
    .$if(filter.organisationId !== undefined, (q) => q.where('person.organisation_id', '=', filter.organisationId ?? 0))
    .$if(filter.regionId !== undefined, (q) => q.where('organisation.region_id', '=', filter.regionId ?? 0))
    .execute()
  return sortByNb(
    people.filter((p) => matchesQuery(filter.search ?? '', [p.name, p.title, p.organisationName, p.email, p.phone])),
    (p) => p.name,
  )
}

export async function getPerson(db: Kysely<Database>, id: number): Promise<Person> {
  const person = await selectPeople(db).where('person.id', '=', id).executeTakeFirst()
  if (!person) throw notFound('person', id)
  return person
}

export async function savePerson(db: Kysely<Database>, input: PersonData, now: string): Promise<Person> {
  if (input.organisationId !== null) {
    const org = await db
      .selectFrom('organisation')
      .select('id')
      .where('id', '=', input.organisationId)
      .executeTakeFirst()
    if (!org) throw notFound('organisation', input.organisationId, 'organisationId')
  }
  const values = {
    name: input.name,
    title: input.title,
    organisation_id: input.organisationId,
    email: input.email,
    phone: input.phone,
    notes: input.notes,
    updated_at: now,
  }
  if (input.id === undefined) {
    const { id } = await db
      .insertInto('person')
      .values({ ...values, created_at: now })
      .returning('id')
      .executeTakeFirstOrThrow()
    return getPerson(db, id)
  }
  // An erased person's row is the pseudonymised history: new details belong to a new person.
  const existing = await db.selectFrom('person').select('erased_at').where('id', '=', input.id).executeTakeFirst()
  if (!existing) throw notFound('person', input.id)
  if (existing.erased_at !== null) throw conflict(nb.personalData.refusal.erasedCannotChange)
  const result = await db.updateTable('person').set(values).where('id', '=', input.id).executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('person', input.id)
  return getPerson(db, input.id)
}

export async function deletePerson(db: Kysely<Database>, id: number): Promise<void> {
  const person = await getPerson(db, id)
  const refs = describeReferences([
    ['refHoldings', await countReferences(db, ['role_holding', 'person_id'], id)],
    ['refMemberships', await countReferences(db, ['membership', 'person_id'], id)],
    ['refDeputies', await countReferences(db, ['membership_deputy', 'person_id'], id)],
    ['refSecretary', await countReferences(db, ['body', 'secretary_person_id'], id)],
    // Who was invited to and attended a meeting is part of its record (and its minutes); a rule
    // that names the person would stop resolving.
    ['refAttendance', await countReferences(db, ['invitation', 'person_id'], id)],
    [
      'refInvitationRules',
      (await countReferences(db, ['invitation_rule', 'person_id'], id)) +
        (await countReferences(db, ['substitute_rule', 'substitute_person_id'], id)),
    ],
    [
      'refPlanEntries',
      (await countReferences(db, ['plan_node', 'responsible_person_id'], id)) +
        (await countReferences(db, ['plan_input', 'person_id'], id)),
    ],
    ['refCases', await countReferences(db, ['case_item', 'officer_person_id'], id)],
  ])
  if (refs.length > 0) throw inUse(person.name, refs)
  await db.deleteFrom('person').where('id', '=', id).execute()
}
