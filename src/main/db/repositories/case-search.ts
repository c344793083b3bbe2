import { sql, type Kysely } from 'kysely'
import type { CaseStatus, SearchHit } from '../../../shared/cases'
import { plainText, type RichDoc } from '../../../shared/rich-text'
import { foldForSearch } from '../../../shared/text'
import type { Database } from '../schema'
import { numberLabels } from './case-numbers'

/**
 * Full-text search over cases with SQLite's FTS5. The index holds text folded the way
 * `foldForSearch` folds queries (accents off, æ, ø and å kept), so "kafe" finds "kafé" and
 * "år" does not find "ar". Results are ranked by bm25, title first.
 */

const docText = (json: string) => plainText(JSON.parse(json) as RichDoc)

/** The case's searchable text: title, sections and the decisions made on it. */
async function caseText(db: Kysely<Database>, caseId: number) {
  const row = await db
    .selectFrom('case_item')
    .select(['title', 'background', 'facts', 'assessment', 'proposal'])
    .where('id', '=', caseId)
    .executeTakeFirst()
  if (!row) return null
  const decisions = await db
    .selectFrom('agenda_item')
    .select('decision')
    .where('case_id', '=', caseId)
    .where('decision', 'is not', null)
    .execute()
  return {
    title: row.title,
    body: [row.background, row.facts, row.assessment, row.proposal].map(docText).join('\n'),
    decisions: decisions.map((d) => docText(d.decision ?? '{"type":"doc","content":[]}')).join('\n'),
  }
}

/** Brings the index up to date for one case (or removes it, when the case is gone). */
export async function indexCase(db: Kysely<Database>, caseId: number) {
  await sql`delete from case_search where rowid = ${caseId}`.execute(db)
  const text = await caseText(db, caseId)
  if (!text) return
  await sql`insert into case_search (rowid, title, body, decisions) values (${caseId}, ${foldForSearch(
    text.title,
  )}, ${foldForSearch(text.body)}, ${foldForSearch(text.decisions)})`.execute(db)
}

/** Each word as a prefix term, quoted so FTS5 syntax in the query is just text. */
export function ftsQuery(query: string): string | null {
  const words = foldForSearch(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .slice(0, 12)
  return words.length === 0 ? null : words.map((w) => `"${w}"*`).join(' ')
}

const snippetWidth = 160

/**
 * The passage around the first matched word, cut from the original text and split into
 * marked and plain parts. Folding keeps the length of Norwegian text, so positions carry over.
 */
export function snippetOf(text: string, query: string): SearchHit['snippet'] {
  const words = foldForSearch(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  const folded = foldForSearch(text)
  const hits = words.map((w) => folded.indexOf(w)).filter((i) => i >= 0)
  const first = hits.length > 0 ? Math.min(...hits) : 0
  let from = Math.max(0, first - 50)
  // Start at a word, not in the middle of one.
  const space = text.indexOf(' ', from)
  if (from > 0 && space >= 0 && space < first) from = space + 1
  // End at a word too.
  let to = Math.min(text.length, from + snippetWidth)
  const lastSpace = text.lastIndexOf(' ', to)
  if (to < text.length && lastSpace > first) to = lastSpace
  const piece = text.slice(from, to).replace(/\s+/g, ' ')
  const foldedPiece = foldForSearch(piece)
  const parts: SearchHit['snippet'] = []
  let at = 0
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\p{L}\\p{N}]*`,
    'gu',
  )
  for (const m of foldedPiece.matchAll(pattern)) {
    if (m.index > at) parts.push({ text: piece.slice(at, m.index), hit: false })
    parts.push({ text: piece.slice(m.index, m.index + m[0].length), hit: true })
    at = m.index + m[0].length
  }
  if (at < piece.length) parts.push({ text: piece.slice(at), hit: false })
  if (from > 0) parts.unshift({ text: '… ', hit: false })
  if (to < text.length) parts.push({ text: ' …', hit: false })
  return parts
}

export async function searchCases(db: Kysely<Database>, query: string, limit: number): Promise<SearchHit[]> {
  const match = ftsQuery(query)
  if (match === null) return []
  // bm25 weights: a hit in the title counts most, then decisions, then the sections.
  const { rows } = await sql<{ id: number }>`
    select rowid as id from case_search where case_search match ${match}
    order by bm25(case_search, 10.0, 1.0, 3.0) limit ${limit}`.execute(db)
  if (rows.length === 0) return []
  const ids = rows.map((r) => r.id)
  const cases = await db
    .selectFrom('case_item')
    .innerJoin('body', 'body.id', 'case_item.body_id')
    .select([
      'case_item.id',
      'case_item.title',
      'case_item.status',
      'case_item.background',
      'case_item.facts',
      'case_item.assessment',
      'case_item.proposal',
      'body.short_code as bodyShortCode',
    ])
    .where('case_item.id', 'in', ids)
    .execute()
  const items = await db
    .selectFrom('agenda_item')
    .select(['id', 'case_id', 'decision'])
    .where('case_id', 'in', ids)
    .orderBy('id', 'desc')
    .execute()
  const labels = await numberLabels(
    db,
    items.map((i) => i.id),
  )
  const byId = new Map(cases.map((c) => [c.id, c]))
  return ids.flatMap((id) => {
    const c = byId.get(id)
    if (!c) return []
    const latest = items.find((i) => i.case_id === id)
    const decisions = items.filter((i) => i.case_id === id && i.decision).map((i) => docText(i.decision ?? ''))
    const text = [c.background, c.facts, c.assessment, c.proposal].map(docText).concat(decisions).join(' ')
    return [
      {
        caseId: id,
        title: c.title,
        bodyShortCode: c.bodyShortCode,
        numberLabel: latest ? (labels.get(latest.id)?.label ?? null) : null,
        status: c.status as CaseStatus,
        snippet: snippetOf(text || c.title, query),
      },
    ]
  })
}
