import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import type { RichDoc, RichNode } from '../../shared/rich-text'
import type { Context } from '../api/context'
import { makeDocuments, makeMainDocument } from '../documents/make'
import { measure, time, timeEach, type Call, type Figure } from './kit'
import { writer, type Writer } from './words'

/**
 * The meeting package at the size of a full meeting: 15 case documents of realistic length,
 * each with a 5×4 table, a bullet list and a numbered proposal. Timed as the archive makes it
 * (the package, the notice and 15 separate case documents, written to disk) and as a download
 * makes it (the package alone); beside it the same content written by python-docx, the usual
 * yardstick for generating Word files.
 */

const caseCount = 15
const runs = 10
const script = join(process.cwd(), 'src', 'main', 'bench', 'python-docx-package.py')

const text = (t: string): RichNode => ({ type: 'text', text: t })
const para = (t: string): RichNode => ({ type: 'paragraph', content: [text(t)] })
const doc = (...content: RichNode[]): RichDoc => ({ type: 'doc', content })
const list = (type: 'bulletList' | 'orderedList', items: readonly string[]): RichNode => ({
  type,
  content: items.map((t) => ({ type: 'listItem', content: [para(t)] })),
})
const table = (rows: readonly (readonly string[])[]): RichNode => ({
  type: 'table',
  content: rows.map((row, r) => ({
    type: 'tableRow',
    content: row.map((cell) => ({ type: r === 0 ? 'tableHeader' : 'tableCell', content: [para(cell)] })),
  })),
})

/** One case's content, as plain data both writers take. */
interface CaseContent {
  title: string
  background: string[]
  facts: string[]
  assessment: string[]
  table: string[][]
  bullets: string[]
  points: string[]
}

function caseContent(w: Writer, index: number): CaseContent {
  w.startCase()
  const regions = ['Kristiansand og Lindesnes', 'Østre Agder', 'Lister', 'Setesdal']
  return {
    title: `${w.title()} (${index + 1})`,
    background: [w.paragraph(60), w.paragraph(45)],
    facts: [w.paragraph(90), w.paragraph(70)],
    assessment: [w.paragraph(80)],
    table: [
      ['Region', 'Behandlet', 'Status', 'Hovedinnspill'],
      ...regions.map((r, i) => [
        r,
        `${String(10 + i).padStart(2, '0')}/2026`,
        w.pick(['Grønn', 'Gul', 'Rød']),
        w.sentence(),
      ]),
    ],
    bullets: [w.sentence(), w.sentence(), w.sentence()],
    points: [w.sentence(), w.sentence(), w.sentence()],
  }
}

async function build(call: Call, contents: readonly CaseContent[]): Promise<number> {
  await call('workspace.create', { template: 'empty', name: 'Benchmark' })
  const officer = await call('people.save', { name: 'Siri Holmen' })
  const body = await call('bodies.save', {
    name: 'Overordnet strategisk samarbeidsutvalg',
    shortCode: 'OSS',
    level: 'strategisk',
    caseLabelFormat: 'OSS-sak {nr}/{år}',
  })
  const meeting = await call('meetings.save', {
    bodyId: body.id,
    date: '2026-12-02',
    startTime: '09:00',
    endTime: '15:00',
    place: 'Sørlandet sykehus, Kristiansand',
    videoLink: '',
  })
  for (const c of contents) {
    const saved = await call('cases.save', {
      bodyId: body.id,
      title: c.title,
      kind: 'decision',
      officerPersonId: officer.id,
      archiveRef: '',
      background: doc(...c.background.map(para)),
      facts: doc(...c.facts.map(para), table(c.table)),
      assessment: doc(...c.assessment.map(para), list('bulletList', c.bullets)),
      proposal: doc(list('orderedList', c.points)),
    })
    await call('cases.setStatus', { id: saved.id, status: 'ready' })
    await call('agenda.addCase', { meetingId: meeting.id, caseId: saved.id })
  }
  return meeting.id
}

const run = promisify(execFile)

/** python-docx writing the same 15 cases; null when python3 or python-docx is not installed. */
async function pythonDocx(contents: readonly CaseContent[], folder: string): Promise<number[] | null> {
  if (!existsSync(script) || !existsSync('/usr/bin/python3')) return null
  const spec = join(folder, 'spec.json')
  const cases = contents.map((c) => ({
    title: c.title,
    sections: [
      ['Bakgrunn for saken', c.background],
      ['Saksopplysninger', c.facts],
      ['Vurdering', c.assessment],
    ],
    table: c.table,
    bullets: c.bullets,
    points: c.points,
  }))
  writeFileSync(spec, JSON.stringify({ runs, cases }))
  try {
    const { stdout } = await run('/usr/bin/python3', [script, spec, join(folder, 'python-docx.docx')], {
      maxBuffer: 16 * 1024 * 1024,
    })
    return (JSON.parse(stdout) as { samples: number[] }).samples
  } catch {
    return null
  }
}

const median = (samples: readonly number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]
const p95 = (samples: readonly number[]) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))]
}

export interface DocumentFigures {
  figures: Figure[]
  /** Lines printed after the table: python-docx's figure and the ratio. */
  notes: string[]
}

export async function documentFigures(call: Call, ctx: Context): Promise<DocumentFigures> {
  const w = writer(2027)
  const contents = Array.from({ length: caseCount }, (_, i) => caseContent(w, i))
  const meetingId = await build(call, contents)
  const request = { kind: 'package' as const, id: meetingId, year: null }
  const folder = mkdtempSync(join(tmpdir(), 'sekretariat-bench-docx-'))
  try {
    let files = 0
    const all = await timeEach(
      `møtepakke, ${caseCount} saksfremlegg: pakke + innkalling + ${caseCount} enkeltfiler, lag og skriv`,
      runs,
      async (i) =>
        measure(async () => {
          const set = await makeDocuments(ctx, request)
          files = set.files.length
          for (const f of set.files) writeFileSync(join(folder, `${i}-${f.fileName}`), f.bytes)
        }),
      500,
    )
    all.what = all.what.replace('enkeltfiler', `enkeltfiler (${files} .docx)`)
    const main = await timeEach(
      `møtepakken alene (én .docx, ${caseCount} saksfremlegg), lag og skriv`,
      runs,
      async (i) =>
        measure(async () => {
          const made = await makeMainDocument(ctx, request)
          writeFileSync(join(folder, `main-${i}.docx`), made.bytes)
        }),
      500,
    )
    const viaApi = await time('documents.make møtepakke (via invoke, som nedlasting)', runs, () =>
      call('documents.make', request),
    )
    const python = await pythonDocx(contents, folder)
    const notes: string[] = []
    const figures = [all, main, viaApi]
    if (python) {
      figures.push({
        what: `python-docx: samme innhold (${caseCount} seksjoner, overskrifter, avsnitt, lister, 5×4-tabell), lag og lagre`,
        runs: python.length,
        median: median(python),
        p95: p95(python),
      })
      notes.push(
        `Word-dokumenter: møtepakken alene ${main.median.toFixed(0)} ms, python-docx ${median(python).toFixed(0)} ms` +
          ` – forhold ${(main.median / median(python)).toFixed(2)} (under 1 er raskere enn python-docx).` +
          ` Hele settet (${files} filer) ${all.median.toFixed(0)} ms.`,
      )
    } else {
      notes.push('python-docx: ikke målt (/usr/bin/python3 med python-docx finnes ikke, eller skriptet mangler).')
    }
    return { figures, notes }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
