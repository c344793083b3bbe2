import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fixtureMatrix } from '../plans/matrix-fixture'
import { cellFill } from '../plans/status-look'
import { actionPlanSections, type ActionPlanModel } from './action-plan'
import { buildDocument, defaultProfile, lookOf, packDocx } from './kit'
import { docxPart, readDocxWithPythonDocx, renderPages, toPdfText, type DocxReading } from './verify'

/**
 * Vedlegg 1 from a hand-made matrix shaped like seed 001's plan, read back by LibreOffice and
 * python-docx. SHOW_DOCS=<folder> keeps the file and its pages as PNGs there, to look at.
 */

const run = promisify(execFile)
const folder = mkdtempSync(join(tmpdir(), 'action-plan-doc-'))
const path = join(folder, 'vedlegg1.docx')
let bytes: Buffer
let text: string
let reading: DocxReading

const model: ActionPlanModel = { matrix: fixtureMatrix(), ownerBodyName: 'Strategisk samarbeidsutvalg' }

/** python-docx: per table the fill of every cell and whether each section is landscape. */
const shadingScript = `
import docx, json, sys
from docx.oxml.ns import qn
d = docx.Document(sys.argv[1])
out = {'sections': [s.orientation == docx.enum.section.WD_ORIENT.LANDSCAPE for s in d.sections], 'tables': []}
for t in d.tables:
    rows = []
    for r in t.rows:
        cells = []
        for tc in r._tr.tc_lst:
            tcpr = tc.tcPr
            shd = tcpr.find(qn('w:shd')) if tcpr is not None else None
            text = ''.join(x.text or '' for x in tc.iter(qn('w:t')))
            cells.append([text, shd.get(qn('w:fill')) if shd is not None else None])
        rows.append(cells)
    out['tables'].append(rows)
print(json.dumps(out))
`

beforeAll(async () => {
  const profile = defaultProfile('Helsefellesskapet Agder')
  bytes = await packDocx(
    buildDocument({
      profile,
      meta: {
        title: 'Vedlegg 1',
        subject: 'Vedlegg 1',
        keywords: [],
        reference: 'SSU',
        documentType: 'Statusrapport handlingsplan',
        body: model.ownerBodyName,
        meetingDate: null,
        caseNumber: null,
        created: new Date('2026-11-23T10:00:00Z'),
      },
      sections: [{ orientation: 'landscape', children: actionPlanSections(model, lookOf(profile)) }],
    }),
  )
  writeFileSync(path, bytes)
  text = (await toPdfText([path])).get(path) ?? ''
  reading = await readDocxWithPythonDocx(path)
  const keep = process.env.SHOW_DOCS
  if (keep) {
    mkdirSync(keep, { recursive: true })
    writeFileSync(join(keep, 'vedlegg1-fixture.docx'), bytes)
    await renderPages(path, keep, 70)
  }
}, 120_000)

afterAll(() => rmSync(folder, { recursive: true, force: true }))

const flat = () => text.replace(/\s+/g, ' ')

describe('Vedlegg 1 (statusrapport) from a matrix', () => {
  it('opens in LibreOffice with the title, the review, the numbers and the status words', () => {
    expect(flat()).toContain('Vedlegg 1 – Statusrapport Handlingsplan SSU 2023–2026')
    expect(flat()).toContain('Årlig gjennomgang 2025, 19.11.2025')
    for (const n of ['1.1.1.1', '1.2.1.1', '2.1.1.2', '3.1.1.2']) expect(text).toContain(n)
    for (const word of ['Ikke påbegynt', 'Startet/pågående', 'Gjennomført', 'Utgår', 'Ingen status']) {
      expect(text).toContain(word)
    }
    expect(flat()).toContain('Rød = Ikke påbegynt')
    expect(flat()).toContain('Oppsummering per fokusområde')
    expect(flat()).toContain('Hele planen')
    expect(flat()).toContain('1 tiltak står uten status i denne gjennomgangen.')
  })

  it('is landscape, with a repeating header row and the matrix columns', () => {
    expect(reading.sections.map((s) => s.orientation)).toEqual(['landscape'])
    const matrix = reading.tables.find((t) => t.rows[0]?.[0] === 'Nr')
    expect(matrix?.headerRow).toBe(true)
    expect(matrix?.rows[0]).toEqual(['Nr', 'Fokusområde/mål/tiltak', 'Ansvarlig', 'Tidsramme', 'Status', 'Kommentar'])
    // A focus area is one row: its number, then its title across the rest.
    expect(matrix?.rows[1][0]).toBe('1')
    expect(matrix?.rows[1][1]).toMatch(/^Fokusområde 1: Tjenesteinnovasjon/)
    const red = matrix?.rows.find((r) => r[0] === '1.2.1.1')
    expect(red?.[4]).toBe('Ikke påbegynt')
    expect(red?.[2]).toBe('RS Lister')
    const noResponsible = matrix?.rows.find((r) => r[0] === '1.2.1.2')
    expect(noResponsible?.[2]).toBe('Ikke satt')
  })

  it('shades the status cells in the status colour, beside the word', async () => {
    const { stdout } = await run('/usr/bin/python3', ['-c', shadingScript, path])
    const found = JSON.parse(stdout) as { sections: boolean[]; tables: [string, string | null][][][] }
    expect(found.sections).toEqual([true])
    const matrix = found.tables.find((t) => t[0]?.[0]?.[0] === 'Nr')
    const cellOf = (number: string) => matrix?.find((r) => r[0][0] === number)?.[4]
    expect(cellOf('1.2.1.1')).toEqual(['Ikke påbegynt', cellFill.red])
    expect(cellOf('1.1.1.1')).toEqual(['Startet/pågående', cellFill.yellow])
    expect(cellOf('1.1.1.2')).toEqual(['Gjennomført', cellFill.green])
    expect(cellOf('2.1.1.2')).toEqual(['Utgår', cellFill.dropped])
    expect(cellOf('3.1.1.2')?.[1]).toBeNull()
  })

  it('counts per focus area with shares that add up', () => {
    const summary = reading.tables.find((t) => t.rows[0]?.[0] === 'Fokusområde')
    expect(summary?.headerRow).toBe(true)
    expect(summary?.rows[0]).toEqual([
      'Fokusområde',
      'Gjennomført',
      'Startet/pågående',
      'Ikke påbegynt',
      'Utgår',
      'Ingen status',
      'Tiltak',
    ])
    expect(summary?.rows[1]).toEqual([
      expect.stringMatching(/^1 Tjenesteinnovasjon/),
      '2 (50 %)',
      '1 (25 %)',
      '1 (25 %)',
      '0 (0 %)',
      '0 (0 %)',
      '4',
    ])
    expect(summary?.rows.at(-1)?.[0]).toBe('Hele planen')
    expect(summary?.rows.at(-1)?.at(-1)).toBe('8')
  })

  it('writes no run without its language', async () => {
    expect(reading.runsWithoutLanguage).toBe(0)
    expect(await docxPart(bytes, 'word/document.xml')).toContain('w:orient="landscape"')
  })
})
