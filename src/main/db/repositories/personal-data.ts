import { sql, type Kysely } from 'kysely'
import type { ErasurePreview, ManualCheck, NameCopy, NameCopyPlace } from '../../../shared/personal-data'
import type { Person } from '../../../shared/register'
import { nb } from '../../../shared/strings/nb'
import { format } from '../../../shared/text'
import { fieldLabel } from '../../../shared/validation'
import { AppError, conflict, notFound } from '../../errors'
import type { Database } from '../schema'
import { searchCases } from './case-search'
import { getPerson } from './people'

/**
 * Erasure and restriction of one person's personal data. The register row is never deleted:
 * holdings, memberships, invitations, attendance, cases and plan entries point at it and are the
 * body's history. Erasure blanks the contact details and replaces the name by a pseudonym, here
 * and wherever the name was copied into plain text; prose (case documents, decisions) is listed
 * for the user to read, because a name inside a sentence cannot be found reliably by a machine.
 */

const s = nb.personalData

/** "Slettet person #17": stable per row, so documents made later still tell two erased people apart. */
export const pseudonymOf = (personId: number) => format(s.pseudonym, { id: personId })

interface TextCopy {
  place: NameCopyPlace
  table: keyof Database
  column: string
  /** The column holds JSON: the name is searched and replaced in its JSON-escaped form. */
  json?: boolean
}

/** Plain-text columns that may hold a copy of a person's name (typed in, or copied when saved). */
const textCopies: TextCopy[] = [
  { place: 'followUps', table: 'follow_up', column: 'responsible' },
  { place: 'minutes', table: 'agenda_item', column: 'presenter' },
  { place: 'minutes', table: 'agenda_item', column: 'summary' },
  { place: 'programme', table: 'agenda_item', column: 'speaker' },
  { place: 'invitationLog', table: 'invitation_change', column: 'description' },
  { place: 'corrections', table: 'minutes_correction', column: 'before' },
  { place: 'corrections', table: 'minutes_correction', column: 'after' },
  { place: 'cycle', table: 'cycle_item', column: 'responsible' },
  { place: 'plan', table: 'plan_node', column: 'notes' },
  { place: 'plan', table: 'plan_input', column: 'text' },
  { place: 'plan', table: 'measure_status', column: 'comment' },
  { place: 'meetingNotes', table: 'meeting', column: 'notes' },
  { place: 'archiveLog', table: 'archive_record', column: 'title' },
  { place: 'archiveLog', table: 'archive_record', column: 'files', json: true },
  { place: 'noticeLog', table: 'notice_record', column: 'agenda', json: true },
]

/**
 * Shorter names than this are not replaced automatically: "Per" would hit "Perspektiv" only
 * at a word boundary, but "Ali" inside a sentence about someone else is just as likely.
 */
const shortestReplaceableName = 4

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const jsonInner = (text: string) => JSON.stringify(text).slice(1, -1)

/** The name as a whole word (not inside a longer word), in the column's own encoding. */
function namePattern(name: string, json: boolean): { needle: string; pattern: RegExp } {
  const needle = json ? jsonInner(name) : name
  return { needle, pattern: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}(?![\\p{L}\\p{N}])`, 'gu') }
}

/** Finds (and with `replacement`, replaces) copies of `name` in every plain-text column. */
async function nameCopies(db: Kysely<Database>, name: string, replacement: string | null): Promise<NameCopy[]> {
  if (name.length < shortestReplaceableName) return []
  const counts = new Map<NameCopyPlace, number>()
  for (const copy of textCopies) {
    const { needle, pattern } = namePattern(name, copy.json === true)
    const column = sql.ref(copy.column)
    const { rows } = await sql<{ rid: number; text: string }>`
      select rowid as rid, ${column} as text from ${sql.table(copy.table)} where instr(${column}, ${needle}) > 0
    `.execute(db)
    let changed = 0
    for (const row of rows) {
      pattern.lastIndex = 0
      if (!pattern.test(row.text)) continue
      changed++
      if (replacement === null) continue
      const value = copy.json ? jsonInner(replacement) : replacement
      const next = row.text.replace(pattern, () => value)
      await sql`update ${sql.table(copy.table)} set ${column} = ${next} where rowid = ${row.rid}`.execute(db)
    }
    if (changed > 0) counts.set(copy.place, (counts.get(copy.place) ?? 0) + changed)
  }
  return [...counts].map(([place, count]) => ({ place, count }))
}

/** Where the name is written as text today (nothing is changed). */
export const findNameCopies = (db: Kysely<Database>, name: string) => nameCopies(db, name, null)

/** Cases whose title, sections or decisions contain the name: the user reads those. */
export async function casesNaming(db: Kysely<Database>, name: string): Promise<ManualCheck[]> {
  const hits = await searchCases(db, name, 200)
  return hits.map((h) => ({
    caseId: h.caseId,
    title: h.title,
    bodyShortCode: h.bodyShortCode,
    numberLabel: h.numberLabel,
  }))
}

const count = async (db: Kysely<Database>, table: keyof Database, column: string, personId: number) => {
  const { rows } = await sql<{ n: number }>`
    select count(*) as n from ${sql.table(table)} where ${sql.ref(column)} = ${personId}
  `.execute(db)
  return Number(rows[0]?.n ?? 0)
}

async function personRow(db: Kysely<Database>, id: number) {
  const row = await db.selectFrom('person').selectAll().where('id', '=', id).executeTakeFirst()
  if (!row) throw notFound('person', id)
  return row
}

export async function erasurePreview(db: Kysely<Database>, id: number): Promise<ErasurePreview> {
  const row = await personRow(db, id)
  const erased = row.erased_at !== null
  return {
    personId: id,
    name: row.name,
    pseudonym: pseudonymOf(id),
    alreadyErased: erased,
    kept: {
      holdings: await count(db, 'role_holding', 'person_id', id),
      memberships:
        (await count(db, 'membership', 'person_id', id)) + (await count(db, 'membership_deputy', 'person_id', id)),
      invitations: await count(db, 'invitation', 'person_id', id),
      cases: await count(db, 'case_item', 'officer_person_id', id),
      plan:
        (await count(db, 'plan_node', 'responsible_person_id', id)) + (await count(db, 'plan_input', 'person_id', id)),
      rules:
        (await count(db, 'invitation_rule', 'person_id', id)) +
        (await count(db, 'substitute_rule', 'substitute_person_id', id)) +
        (await count(db, 'body', 'secretary_person_id', id)),
    },
    nameCopies: erased ? [] : await nameCopies(db, row.name, null),
    manualChecks: erased ? [] : await casesNaming(db, row.name),
  }
}

/** Typed names match when they differ only in case and spacing. */
const sameName = (a: string, b: string) =>
  a.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb') === b.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb')

/**
 * Erases the person's personal data; runs inside the caller's transaction. Returns what was
 * replaced and the cases to check by hand (found before the name is gone).
 */
export async function erasePerson(db: Kysely<Database>, id: number, confirmName: string, now: string) {
  const row = await personRow(db, id)
  if (row.erased_at !== null) throw conflict(s.refusal.alreadyErased)
  if (!sameName(confirmName, row.name)) {
    throw new AppError({ code: 'validation', message: s.refusal.nameMismatch, field: 'confirmName' })
  }
  const pseudonym = pseudonymOf(id)
  const manualChecks = await casesNaming(db, row.name)
  const copies = await nameCopies(db, row.name, pseudonym)
  // Why someone could not come can be about their health: not part of the record that stays.
  await db.updateTable('invitation').set({ decline_reason: '' }).where('person_id', '=', id).execute()
  await db
    .updateTable('person')
    .set({
      name: pseudonym,
      // The job title is the person's own entry; the roles they held stay as holdings.
      title: '',
      email: '',
      phone: '',
      notes: '',
      restriction_reason: '',
      erased_at: now,
      updated_at: now,
    })
    .where('id', '=', id)
    .execute()
  return { pseudonym, erasedAt: now, nameCopies: copies, manualChecks }
}

export async function restrictPerson(
  db: Kysely<Database>,
  input: { id: number; restricted: boolean; restrictionReason: string },
  now: string,
): Promise<Person> {
  const row = await personRow(db, input.id)
  if (row.erased_at !== null) throw conflict(s.refusal.erasedCannotChange)
  await db
    .updateTable('person')
    .set({
      // Restricting again keeps the first date: the restriction has lasted since then.
      restricted_at: input.restricted ? (row.restricted_at ?? now) : null,
      restriction_reason: input.restricted ? input.restrictionReason : '',
      updated_at: now,
    })
    .where('id', '=', input.id)
    .execute()
  return getPerson(db, input.id)
}

/** People not to be used for new work (rules, pickers, contact exports): restricted or erased. */
export async function withheldPeople(db: Kysely<Database>): Promise<Set<number>> {
  const rows = await db
    .selectFrom('person')
    .select('id')
    .where((eb) => eb.or([eb('restricted_at', 'is not', null), eb('erased_at', 'is not', null)]))
    .execute()
  return new Set(rows.map((r) => r.id))
}

/**
 * Refuses to put a restricted or erased person to new work (a seat, a case, a rule, an invitation,
 * a plan). A record that already names them (`before`) saves unchanged: a restriction stops new
 * use, it does not rewrite what happened. `field` is the input's path, for the message and the form.
 */
export async function refuseWithheld(
  db: Kysely<Database>,
  field: string,
  personId: number | null,
  before: readonly (number | null)[] = [],
): Promise<void> {
  if (personId === null || before.includes(personId)) return
  const row = await db
    .selectFrom('person')
    .select(['name', 'restricted_at as restrictedAt', 'erased_at as erasedAt'])
    .where('id', '=', personId)
    .executeTakeFirst()
  if (!row || (row.restrictedAt === null && row.erasedAt === null)) return
  throw new AppError({
    code: 'validation',
    field,
    message: format(s.refusal.withheld, { name: row.name, field: fieldLabel(field.split('.')) }),
  })
}
