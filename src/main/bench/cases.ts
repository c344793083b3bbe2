import { sql, type Insertable } from 'kysely'
import { statSync } from 'node:fs'
import { caseNumberLabel } from '../../shared/cases'
import { plainText, type RichDoc } from '../../shared/rich-text'
import { foldForSearch } from '../../shared/text'
import type { Context } from '../api/context'
import type { Database } from '../db/schema'
import { measure, once, time, timeEach, type Call, type Figure } from './kit'
import { writer, type Writer } from './words'

/**
 * Cases at the size of a long-lived secretariat: 15 bodies, 10 years (2017–2026), eight
 * meetings a body a year with 12–13 cases each, about 15 000 cases of a few hundred words, every
 * one numbered, handled and decided. Built directly with Kysely in one transaction (through the
 * API it would take minutes), then indexed for search the way `indexCase` does it. The last
 * meeting of the first body is still being prepared: 19 items, numbers provisional.
 */

const bodyCount = 15
const firstYear = 2017
const years = 10
const lastYear = firstYear + years - 1
const months = [1, 2, 3, 4, 5, 9, 10, 11]
const runs = 30
const openItems = 19

type Rows<T extends keyof Database> = Insertable<Database[T]>[]

const doc = (...content: RichDoc['content']): RichDoc => ({ type: 'doc', content })
const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })
const list = (type: 'bulletList' | 'orderedList', items: string[]) => ({
  type,
  content: items.map((text) => ({ type: 'listItem', content: [para(text)] })),
})

/** A case document of about 330 words: background, facts with a list, assessment, a numbered proposal. */
function caseDocument(w: Writer, reference: string | null) {
  return {
    background: doc(para(`${w.paragraph(45)}${reference ? ` Det vises til ${reference}.` : ''}`)),
    facts: doc(
      para(w.paragraph(80)),
      list('bulletList', [w.sentence(), w.sentence(), w.sentence()]),
      para(w.paragraph(60)),
    ),
    assessment: doc(para(w.paragraph(70))),
    proposal: doc(list('orderedList', [w.sentence(), w.sentence()])),
  }
}

const text = (d: RichDoc) => plainText(d)

interface Built {
  cases: number
  handled: number[]
  openMeetingId: number
  ready: number[]
  megabytes: number
}

async function build(call: Call, ctx: Context): Promise<Built> {
  await call('workspace.create', { template: 'empty', name: 'Benchmark' })
  const officer = await call('people.save', { name: 'Siri Holmen' })
  const bodies: { id: number; code: string; format: string }[] = []
  for (let i = 0; i < bodyCount; i++) {
    const code = `U${i + 1}`
    const format = `${code}-sak {nr}/{år}`
    const body = await call('bodies.save', {
      name: `Utvalg ${i + 1}`,
      shortCode: code,
      level: 'fagrad',
      caseLabelFormat: format,
    })
    bodies.push({ id: body.id, code, format })
  }
  const w = writer(2026)
  const meetings: Rows<'meeting'> = []
  const items: Rows<'agenda_item'> = []
  const cases: Rows<'case_item'> = []
  const numbers: Rows<'case_number'> = []
  const search: Rows<'case_search'> = []
  const handled: number[] = []
  const ready: number[] = []
  let openMeetingId = 0
  const stamp = '2026-11-23T10:00:00.000Z'

  const addCase = (bodyId: number, status: string, at: string, reference: string | null) => {
    const id = cases.length + 1
    w.startCase()
    const title = w.title()
    const sections = caseDocument(w, reference)
    cases.push({
      id,
      matter_id: id,
      body_id: bodyId,
      title,
      kind: w.pick(['decision', 'decision', 'discussion', 'information']),
      status,
      officer_person_id: officer.id,
      archive_ref: '',
      background: JSON.stringify(sections.background),
      facts: JSON.stringify(sections.facts),
      assessment: JSON.stringify(sections.assessment),
      proposal: JSON.stringify(sections.proposal),
      forwarded_from_id: null,
      created_at: at,
      updated_at: at,
    })
    return { id, title, sections }
  }
  // Every column given: a multi-row insert fills a missing one with null, not the column's default.
  const item = (meetingId: number, position: number, extra: Partial<Rows<'agenda_item'>[number]>) => {
    const id = items.length + 1
    items.push({
      id,
      meeting_id: meetingId,
      position,
      kind: 'case',
      case_id: null,
      standard_key: null,
      title: '',
      numbered: 1,
      number: null,
      late: 0,
      withdrawn_at: null,
      postponed_at: null,
      postponed_to_meeting_id: null,
      programme_kind: null,
      duration_minutes: null,
      speaker: '',
      presenter: '',
      summary: '',
      decision: null,
      ...extra,
    })
    return id
  }
  const standard = ['approveNotice', 'approveMinutes'] as const

  for (let year = firstYear; year <= lastYear; year++) {
    for (const [b, body] of bodies.entries()) {
      let sequence = 0
      const dates = months.map(
        (m) => `${year}-${String(m).padStart(2, '0')}-${String(8 + ((b * 3 + m) % 20)).padStart(2, '0')}`,
      )
      // The first body's last meeting is the one being prepared.
      if (b === 0 && year === lastYear) dates.push(`${year}-12-16`)
      for (const [k, date] of dates.entries()) {
        const id = meetings.length + 1
        const open = b === 0 && year === lastYear && k === dates.length - 1
        meetings.push({
          id,
          body_id: body.id,
          date,
          start_time: '09:00',
          end_time: '12:00',
          place: '',
          video_link: '',
          kind: 'ordinary',
          status: open ? 'agenda' : 'minutes_approved',
          notes: '',
          notice_sent_at: open ? null : `${date}T08:00:00.000Z`,
          uid: `bench-${id}@sekretariat`,
          sequence: 0,
          case_deadline_working_days: null,
          notice_days: null,
          minutes_working_days: null,
          origin: null,
          number: open ? null : k + 1,
          minutes_approved_at: open ? null : `${date}T12:00:00.000Z`,
          created_at: stamp,
          updated_at: stamp,
        })
        let position = 0
        const numbered = (itemId: number) => {
          sequence += 1
          items[itemId - 1].number = sequence
          numbers.push({ body_id: body.id, year, sequence, agenda_item_id: itemId, fixed_at: `${date}T08:00:00.000Z` })
        }
        for (const key of standard) {
          const itemId = item(id, ++position, { kind: 'standard', standard_key: key, title: key })
          if (!open) numbered(itemId)
        }
        const count = open ? openItems - 3 : 12 + (k % 2)
        for (let c = 0; c < count; c++) {
          // Now and then a case cites an earlier one of its body: "sak 04/2021".
          const reference =
            sequence > 5 && c % 9 === 4 ? caseNumberLabel('sak {nr}/{år}', 1 + (sequence % (sequence - 2)), year) : null
          const made = addCase(body.id, open ? 'on_agenda' : 'handled', `${date}T07:00:00.000Z`, reference)
          const decision = open ? null : JSON.stringify(made.sections.proposal)
          const itemId = item(id, ++position, { case_id: made.id, decision, presenter: open ? '' : 'Siri Holmen' })
          if (!open) {
            numbered(itemId)
            handled.push(made.id)
          }
          search.push({
            rowid: made.id,
            title: foldForSearch(made.title),
            body: foldForSearch(
              [made.sections.background, made.sections.facts, made.sections.assessment, made.sections.proposal]
                .map(text)
                .join('\n'),
            ),
            decisions: open ? '' : foldForSearch(text(made.sections.proposal)),
          })
        }
        item(id, position + 1, { kind: 'standard', standard_key: 'anyOther', title: 'anyOther', numbered: 0 })
        if (open) openMeetingId = id
      }
    }
  }
  // Ready in the first body's queue, for the agenda to take.
  for (let i = 0; i < runs + 5; i++) {
    const made = addCase(bodies[0].id, 'ready', stamp, null)
    ready.push(made.id)
    search.push({ rowid: made.id, title: foldForSearch(made.title), body: '', decisions: '' })
  }

  await ctx.db.transaction().execute(async (trx) => {
    const insert = async <T extends keyof Database>(table: T, rows: Rows<T>, size: number) => {
      for (let i = 0; i < rows.length; i += size) {
        // The rows match the table's shape by construction; Kysely's generic insert wants it spelled out.
        await trx
          .insertInto(table)
          .values(rows.slice(i, i + size) as never)
          .execute()
      }
    }
    await insert('meeting', meetings, 500)
    await insert(
      'matter',
      cases.map((c) => ({ id: c.id, created_at: c.created_at })),
      2000,
    )
    await insert('case_item', cases, 500)
    await insert('agenda_item', items, 400)
    await insert('case_number', numbers, 1000)
    await insert('case_search', search, 1000)
  })
  await sql`pragma wal_checkpoint(truncate)`.execute(ctx.db)
  return {
    cases: cases.length,
    handled,
    openMeetingId,
    ready,
    megabytes: statSync(ctx.databaseFile).size / 1_000_000,
  }
}

/** One- and two-word queries: a common word, topics of varying rarity, a prefix, a place. */
const queries = [
  'legevakt',
  'kompetanseplan',
  'utskrivningsklare pasienter',
  'samhandlingen',
  'rehab',
  'Sirdal',
  'palliasjon kommunene',
]

export async function caseFigures(call: Call, ctx: Context): Promise<Figure[]> {
  const [built, data] = await once('oppbygging: 15 utvalg, 10 år, saker, FTS-indeks (direkte, én transaksjon)', () =>
    build(call, ctx),
  )
  const figures: Figure[] = [{ ...built, what: `${built.what} – ${data.cases} saker, ${data.megabytes.toFixed(0)} MB` }]

  // A few passes first: straight after writing 150 MB the index pages are not in memory yet (as
  // they are in an app that has been open a while), and the build's garbage is still to collect.
  for (let pass = 0; pass < 3; pass++) for (const query of queries) await call('cases.search', { query, limit: 20 })
  for (const query of queries) {
    const hits = await call('cases.search', { query, limit: 20 })
    figures.push(
      await time(
        `cases.search «${query}» (${hits.length} treff vist)`,
        runs,
        () => call('cases.search', { query, limit: 20 }),
        20,
      ),
    )
  }

  let next = 0
  const spread = Math.floor(data.handled.length / (runs + 1))
  figures.push(
    await time(
      'cases.get (behandlet sak, vedtak og nummer)',
      runs,
      () => call('cases.get', { id: data.handled[(next++ * spread) % data.handled.length] }),
      20,
    ),
  )

  // Not in the issue's targets, but what the cases page asks for: every case, and one body's queue.
  const all = await call('cases.list', {})
  figures.push(await time(`cases.list (alle ${all.length} saker, med nummer)`, 5, () => call('cases.list', {})))
  figures.push(
    await time('cases.list (ett utvalgs kø: klar)', runs, () =>
      call('cases.list', { bodyId: all[0].bodyId, statuses: ['ready'] }),
    ),
  )

  const meetingId = data.openMeetingId
  figures.push(
    await timeEach(
      `agenda.addCase på saksliste med ${openItems} punkter (ikke sendt), svar med omnummerert saksliste`,
      runs,
      async (run) => {
        let agenda: Awaited<ReturnType<typeof call<'agenda.addCase'>>> | undefined
        const ms = await measure(async () => {
          agenda = await call('agenda.addCase', { meetingId, caseId: data.ready[run] })
        })
        // Untimed: back to 19 items for the next run.
        const added = agenda?.items.find((i) => i.caseId === data.ready[run])
        if (added) await call('agenda.removeItem', { id: added.id })
        return ms
      },
      10,
    ),
  )

  // One more case makes the agenda 20 items; then two cases change places, and back.
  const agenda = await call('agenda.addCase', { meetingId, caseId: data.ready[runs + 1] })
  const ids = agenda.items.map((i) => i.id)
  const swapped = [...ids]
  ;[swapped[3], swapped[4]] = [swapped[4], swapped[3]]
  let turn = 0
  figures.push(
    await time(
      `agenda.reorder av ${ids.length} punkter (ikke sendt)`,
      runs,
      () => call('agenda.reorder', { meetingId, itemIds: turn++ % 2 === 0 ? swapped : ids }),
      10,
    ),
  )
  return figures
}
