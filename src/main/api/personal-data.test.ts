import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { indexCase } from '../db/repositories/case-search'
import { readDocxWithPythonDocx } from '../documents/verify'
import { openTestWorkspace, type TestWorkspace } from '../test-support/temp-workspace'

/**
 * Personal data on the demo workspace: erasure keeps the history and removes the bytes from the
 * file (read raw), restriction keeps people out of new work, the access report lists it all.
 */

let ws: TestWorkspace
beforeAll(async () => {
  ws = await openTestWorkspace()
  await ws.must('workspace.create', { template: 'demo' })
})
afterAll(() => ws.close())

const rows = async <T>(text: string) => (await sql.raw<T>(text).execute(ws.ctx.db)).rows
const one = async (text: string) => Number(Object.values((await rows<Record<string, unknown>>(text))[0] ?? {})[0])

/** The database file and its WAL as the disk holds them, after the WAL is folded into the file. */
function fileBytes(): Buffer {
  ws.ctx.sqlite.pragma('wal_checkpoint(TRUNCATE)')
  const wal = `${ws.ctx.databaseFile}-wal`
  return Buffer.concat([readFileSync(ws.ctx.databaseFile), existsSync(wal) ? readFileSync(wal) : Buffer.alloc(0)])
}
const inFile = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'utf8'))

/** The demo person who presents most cases in minutes: their name is copied into text. */
async function presenter() {
  const [p] = await rows<{ id: number; name: string }>(`
    select person.id, person.name from agenda_item join person on person.name = agenda_item.presenter
    group by person.id order by count(*) desc limit 1`)
  return p
}

describe('erasure', () => {
  it('refuses a wrong confirmation and changes nothing', async () => {
    const p = await presenter()
    const result = await ws.call('people.erase', { id: p.id, confirmName: 'Noen Annen' })
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', field: 'confirmName' } })
    expect((await ws.must('people.get', { id: p.id })).person.name).toBe(p.name)
  })

  it('keeps the history, pseudonymises copies of the name and removes the bytes from the file', async () => {
    const p = await presenter()
    // Details that leave traces, written the way a version without secure_delete wrote them:
    // an earlier e-mail address overwritten before the erasure (its bytes stay in free space
    // until the file is rewritten), notes, a reason for an apology, a follow-up naming the person.
    ws.ctx.sqlite.pragma('secure_delete = OFF')
    const before = (await ws.must('people.get', { id: p.id })).person
    const { id, name, title, organisationId } = before
    const edit = { id, name, title, organisationId }
    const oldEmail = 'gammel.adresse.zq@example.no'
    const email = 'slett.meg.zq@example.no'
    const phone = '+47 912 34 987'
    const notes = 'Privat notat om allergi zq'
    await ws.must('people.save', { ...edit, email: oldEmail, notes: 'Første notat zq' })
    await ws.must('people.save', { ...edit, email, phone, notes })
    const invitedTo = await one(`select meeting_id from invitation where person_id = ${p.id} limit 1`)
    await sql`update invitation set decline_reason = ${'Sykehusopphold zq'}
      where person_id = ${p.id} and meeting_id = ${invitedTo}`.execute(ws.ctx.db)
    const itemId = await one('select id from agenda_item where case_id is not null limit 1')
    await sql`insert into follow_up (agenda_item_id, what, responsible, due_date, done_at, created_at)
      values (${itemId}, 'Sende brev', ${`${p.name} og Sekretariatet`}, null, null, '2026-11-01T10:00:00Z')`.execute(
      ws.ctx.db,
    )
    ws.ctx.sqlite.pragma('secure_delete = ON')

    const counts = async () => ({
      holdings: await one(`select count(*) from role_holding where person_id = ${p.id}`),
      memberships: await one(`select count(*) from membership where person_id = ${p.id}`),
      invitations: await one(`select count(*) from invitation where person_id = ${p.id}`),
      attended: await one(`select count(*) from invitation where person_id = ${p.id} and attendance = 'present'`),
      cases: await one(`select count(*) from case_item where officer_person_id = ${p.id}`),
    })
    const history = await counts()
    const presented = await one(`select count(*) from agenda_item where presenter = '${p.name}'`)
    expect(presented).toBeGreaterThan(0)
    expect(inFile(fileBytes(), email)).toBe(true)

    const preview = await ws.must('people.erasurePreview', { id: p.id })
    expect(preview).toMatchObject({ name: p.name, pseudonym: `Slettet person #${p.id}`, alreadyErased: false })
    expect(preview.kept.invitations).toBe(history.invitations)
    expect(preview.nameCopies.map((c) => c.place)).toEqual(expect.arrayContaining(['minutes', 'followUps']))

    // Typed with other case and spacing: still the same name.
    const result = await ws.must('people.erase', { id: p.id, confirmName: ` ${p.name.toUpperCase()} ` })
    expect(result).toMatchObject({ pseudonym: `Slettet person #${p.id}`, fileRewritten: true })

    const after = (await ws.must('people.get', { id: p.id })).person
    expect(after).toMatchObject({ name: `Slettet person #${p.id}`, title: '', email: '', phone: '', notes: '' })
    expect(after.erasedAt).not.toBeNull()
    // The record stays: roles, seats, invitations, attendance, cases point at the same row.
    expect(await counts()).toEqual(history)
    expect(await one(`select count(*) from agenda_item where presenter = 'Slettet person #${p.id}'`)).toBe(presented)
    expect(
      await one(`select count(*) from follow_up where responsible = 'Slettet person #${p.id} og Sekretariatet'`),
    ).toBe(1)
    expect(await one(`select count(*) from invitation where person_id = ${p.id} and decline_reason != ''`)).toBe(0)

    // The bytes are gone from the file and the WAL: current and earlier values alike.
    const bytes = fileBytes()
    for (const gone of [p.name, email, oldEmail, phone, notes, 'Første notat zq', 'Sykehusopphold zq', before.email]) {
      expect(inFile(bytes, gone), gone).toBe(false)
    }

    // An erased row is history: no new details, no second erasure, no restriction.
    expect(await ws.call('people.save', { ...edit, name: after.name, email })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    })
    expect(await ws.call('people.erase', { id: p.id, confirmName: after.name })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    })
    expect(await ws.call('people.restrict', { id: p.id, restricted: true, restrictionReason: 'Krav' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    })
  })

  it('lists the cases whose text names the person, and leaves that text to the user', async () => {
    const [p] = await rows<{ id: number; name: string }>(
      `select id, name from person where erased_at is null and length(name) > 8 order by id desc limit 1`,
    )
    const caseId = await one('select id from case_item order by id limit 1')
    const paragraph = { type: 'paragraph', content: [{ type: 'text', text: `Innledet av ${p.name}.` }] }
    await sql`update case_item set facts = ${JSON.stringify({ type: 'doc', content: [paragraph] })}
      where id = ${caseId}`.execute(ws.ctx.db)
    await indexCase(ws.ctx.db, caseId)
    const preview = await ws.must('people.erasurePreview', { id: p.id })
    expect(preview.manualChecks.map((c) => c.caseId)).toEqual([caseId])
    const result = await ws.must('people.erase', { id: p.id, confirmName: p.name })
    expect(result.manualChecks.map((c) => c.caseId)).toEqual([caseId])
    expect(await one(`select instr(facts, '${p.name}') from case_item where id = ${caseId}`)).toBeGreaterThan(0)
  })
})

describe('restriction', () => {
  /** A meeting after "today" whose list is still worked out from the rules. */
  async function openMeeting() {
    const meetings = await rows<{ id: number }>(
      `select id from meeting where date > '2026-11-23' and notice_sent_at is null order by date`,
    )
    for (const m of meetings) {
      const list = await ws.must('invitations.get', { meetingId: m.id })
      const fresh = list.invitees.filter((i) => i.source === 'rule' && i.status === 'invited' && i.email !== '')
      if (fresh.length >= 2) return { meetingId: m.id, fresh }
    }
    throw new Error('no open meeting with invitees in the demo')
  }

  it('asks for a reason', async () => {
    const id = await one('select id from person where erased_at is null limit 1')
    expect(await ws.call('people.restrict', { id, restricted: true, restrictionReason: '' })).toMatchObject({
      ok: false,
      error: { field: 'restrictionReason' },
    })
  })

  it('keeps a restricted person off new lists and out of contact exports, and keeps existing rows', async () => {
    const { meetingId, fresh } = await openMeeting()
    const [untouched, answered] = fresh
    await ws.must('invitations.respond', { meetingId, personId: answered.personId, status: 'accepted' })
    for (const p of [untouched, answered]) {
      const person = await ws.must('people.restrict', {
        id: p.personId,
        restricted: true,
        restrictionReason: 'Krav om begrensning, brev 12.11.2026',
      })
      expect(person.restrictedAt).not.toBeNull()
    }
    const list = await ws.must('invitations.get', { meetingId })
    expect(list.invitees.some((i) => i.personId === untouched.personId)).toBe(false)
    const kept = list.invitees.find((i) => i.personId === answered.personId)
    expect(kept).toMatchObject({ status: 'accepted', email: '', phone: '' })
    const csv = await ws.must('invitations.exportCsv', { meetingId })
    const text = csv.encoding === 'base64' ? Buffer.from(csv.content, 'base64').toString('utf8') : csv.content
    expect(text).not.toContain(answered.email)
    expect(text).not.toContain(untouched.email)

    const listed = await ws.must('people.list', {})
    expect(listed.find((p) => p.id === untouched.personId)?.restrictionReason).toContain('brev')

    await ws.must('people.restrict', { id: untouched.personId, restricted: false })
    const again = await ws.must('invitations.get', { meetingId })
    expect(again.invitees.find((i) => i.personId === untouched.personId)?.email).toBe(untouched.email)
  })
})

describe('access report', () => {
  const folder = mkdtempSync(join(tmpdir(), 'access-report-'))
  afterAll(() => rmSync(folder, { recursive: true, force: true }))

  it('lists what is stored about the person in a readable Word document', async () => {
    const [p] = await rows<{ id: number; name: string; email: string }>(`
      select person.id, person.name, person.email from person join case_item on case_item.officer_person_id = person.id
      where person.erased_at is null group by person.id order by count(*) desc limit 1`)
    const file = await ws.must('people.accessReport', { id: p.id })
    expect(file.fileName).toMatch(/\.docx$/)
    const path = join(folder, 'innsyn.docx')
    writeFileSync(path, Buffer.from(file.content, 'base64'))
    const doc = await readDocxWithPythonDocx(path)
    const text = [...doc.paragraphs.map((x) => x.text), ...doc.tables.flatMap((t) => t.rows.flat())].join('\n')
    expect(text).toContain(`Innsyn: opplysninger om ${p.name}`)
    expect(text).toContain(p.email)
    for (const h of ['Registeropplysninger', 'Verv', 'Invitasjoner, svar og oppmøte', 'Saker som saksbehandler']) {
      expect(doc.paragraphs.some((x) => x.text === h && x.style?.startsWith('Heading'))).toBe(true)
    }
    const officerOf = await rows<{ title: string }>(`select title from case_item where officer_person_id = ${p.id}`)
    expect(text).toContain(officerOf[0].title)
    expect(doc.core.language).toBe('nb-NO')
  })
})

describe('the workspace file', () => {
  it('carries restriction and erasure, so an import does not bring erased data back', async () => {
    const exported = await ws.must('workspace.export', {})
    const document: unknown = JSON.parse(JSON.stringify(exported.document))
    const fresh = await openTestWorkspace()
    try {
      await fresh.must('workspace.import', { document })
      const before = await ws.must('people.list', {})
      const after = await fresh.must('people.list', {})
      const marked = (list: typeof before) =>
        list
          .filter((p) => p.restrictedAt !== null || p.erasedAt !== null)
          .map((p) => [p.id, p.name, p.restrictedAt, p.restrictionReason, p.erasedAt])
      expect(marked(after)).toEqual(marked(before))
      expect(marked(before).length).toBeGreaterThan(0)
    } finally {
      await fresh.close()
    }
  })
})
