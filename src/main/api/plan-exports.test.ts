import ExcelJS from 'exceljs'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PlanMatrix, PlanSummary } from '../../shared/action-plan'
import { isPng } from '../../shared/documents'
import { readDocxWithPythonDocx, renderPages, toPdfText } from '../documents/verify'
import { openTestWorkspace, type TestWorkspace } from '../test-support/temp-workspace'

/**
 * Vedlegg 1, the status sheet and the overview picture made from the demo workspace (seed 001's
 * plan, clock 23.11.2026), and the sheet changed in Excel and read back through the handlers.
 * SHOW_DOCS=<folder> keeps the files and the Word pages as PNGs.
 */

let ws: TestWorkspace
let plan: PlanSummary
let matrix: PlanMatrix
const folder = mkdtempSync(join(tmpdir(), 'plan-exports-'))

const keep = (name: string, bytes: Buffer) => {
  const show = process.env.SHOW_DOCS
  if (!show) return
  mkdirSync(show, { recursive: true })
  writeFileSync(join(show, name), bytes)
}

async function exportSheet(reviewId: number | null = null): Promise<Buffer> {
  const file = await ws.must('plans.exportXlsx', { planId: plan.id, reviewId })
  return Buffer.from(file.content, 'base64')
}

async function edit(bytes: Buffer, change: (sheet: ExcelJS.Worksheet) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(new Uint8Array(bytes).buffer)
  const sheet = workbook.getWorksheet('Status')
  if (!sheet) throw new Error('no sheet')
  change(sheet)
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

function rowOfNode(sheet: ExcelJS.Worksheet, nodeId: number): ExcelJS.Row {
  for (let r = 3; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === nodeId) return sheet.getRow(r)
  throw new Error(`no row for ${nodeId}`)
}

/** The column of a header, 1-based. */
function columnOf(sheet: ExcelJS.Worksheet, title: string): number {
  const values = sheet.getRow(2).values as unknown[]
  const index = values.indexOf(title)
  if (index < 1) throw new Error(`no column ${title}`)
  return index
}

beforeAll(async () => {
  ws = await openTestWorkspace()
  await ws.must('workspace.create', { template: 'demo', name: 'Demo' })
  const plans = await ws.must('plans.list', { search: '' })
  plan = plans[0]
  matrix = await ws.must('plans.matrix', { planId: plan.id, reviewId: null })
}, 60_000)

afterAll(async () => {
  await ws.close()
  rmSync(folder, { recursive: true, force: true })
})

describe('Vedlegg 1 from the demo plan', () => {
  it('is made by documents.make, filed with the owner body, and reads as the matrix', async () => {
    const file = await ws.must('documents.make', { kind: 'actionPlan', id: plan.id, reviewId: null })
    const review = matrix.reviews.find((r) => r.id === matrix.reviewId)
    expect(file.fileName).toBe(`${plan.ownerBodyShortCode} ${review?.date.slice(0, 4)} Handlingsplan - vedlegg 1.docx`)
    const bytes = Buffer.from(file.content, 'base64')
    keep(file.fileName, bytes)
    const path = join(folder, 'vedlegg1.docx')
    writeFileSync(path, bytes)
    const text = (await toPdfText([path])).get(path) ?? ''
    const flat = text.replace(/\s+/g, ' ')
    expect(flat).toContain(`Vedlegg 1 – Statusrapport ${plan.title}`)
    for (const word of ['Ikke påbegynt', 'Startet/pågående', 'Gjennomført', 'Oppsummering per fokusområde']) {
      expect(flat).toContain(word)
    }
    const measure = matrix.rows.find((r) => r.level === 'measure')
    expect(text).toContain(measure?.number ?? '-')
    const reading = await readDocxWithPythonDocx(path)
    expect(reading.sections.every((s) => s.orientation === 'landscape')).toBe(true)
    expect(reading.custom).toMatchObject({ Dokumenttype: 'Statusrapport handlingsplan' })
    expect(reading.tables.find((t) => t.rows[0]?.[0] === 'Nr')?.headerRow).toBe(true)
    if (process.env.SHOW_DOCS) await renderPages(path, process.env.SHOW_DOCS, 60)
  }, 120_000)
})

describe('the status sheet round trip', () => {
  it('previews every change and writes nothing, then imports them all', async () => {
    const bytes = await exportSheet()
    keep('demo-statusark.xlsx', bytes)
    const red = matrix.rows.find((r) => r.level === 'measure' && r.status === 'red')
    const yellow = matrix.rows.find((r) => r.level === 'measure' && r.status === 'yellow')
    if (!red || !yellow) throw new Error('the demo plan has no red or yellow measure')
    let rsColumn = ''
    const content = await edit(bytes, (sheet) => {
      const redRow = rowOfNode(sheet, red.id)
      redRow.getCell(columnOf(sheet, 'Status')).value = 'Gjennomført'
      redRow.getCell(columnOf(sheet, 'Kommentar')).value = 'Ferdig i 2026.'
      const header = (sheet.getRow(2).values as unknown[]).find((v) => String(v).startsWith('Innspill '))
      rsColumn = String(header)
      rowOfNode(sheet, yellow.id).getCell(columnOf(sheet, rsColumn)).value = 'Regionen vil prioritere dette.'
    })
    const input = { planId: plan.id, reviewId: matrix.reviewId ?? 0, fileName: 'status.xlsx', content }

    const preview = await ws.must('plans.previewXlsx', input)
    expect(preview.changes.map((c) => [c.nodeId, c.field, c.before, c.after])).toEqual([
      ...[
        [red.id, 'status', 'Ikke påbegynt', 'Gjennomført'],
        [red.id, 'comment', red.comment, 'Ferdig i 2026.'],
        [yellow.id, 'input', '', 'Regionen vil prioritere dette.'],
      ].sort((a, b) => matrix.rows.findIndex((r) => r.id === a[0]) - matrix.rows.findIndex((r) => r.id === b[0])),
    ])
    expect(preview.changes.find((c) => c.field === 'input')?.fromBodyShortCode).toBe(rsColumn.replace('Innspill ', ''))
    expect(await ws.must('plans.matrix', { planId: plan.id, reviewId: null })).toEqual(matrix)

    const result = await ws.must('plans.importXlsx', input)
    expect(result.applied).toBe(3)
    const after = await ws.must('plans.matrix', { planId: plan.id, reviewId: null })
    const redAfter = after.rows.find((r) => r.id === red.id)
    expect([redAfter?.status, redAfter?.comment]).toEqual(['green', 'Ferdig i 2026.'])
    const given = after.inputs.find((i) => i.nodeId === yellow.id && i.text === 'Regionen vil prioritere dette.')
    expect(given).toMatchObject({ reviewId: matrix.reviewId, givenOn: '2026-11-23' })
    expect(`Innspill ${given?.fromBodyShortCode}`).toBe(rsColumn)

    // The same file again: nothing left to change.
    const again = await ws.must('plans.previewXlsx', input)
    expect(again.changes).toEqual([])
  }, 60_000)

  it('refuses a sheet for another review, naming it, and writes nothing', async () => {
    const bytes = await exportSheet()
    const before = await ws.must('plans.matrix', { planId: plan.id, reviewId: null })
    const older = before.reviews.find((r) => r.id !== before.reviewId)
    if (!older) throw new Error('the demo plan has one review')
    const content = await edit(bytes, (sheet) => {
      const measure = before.rows.find((r) => r.level === 'measure') ?? before.rows[0]
      rowOfNode(sheet, measure.id).getCell(columnOf(sheet, 'Status')).value = 'Utgår'
    })
    const result = await ws.call('plans.importXlsx', {
      planId: plan.id,
      reviewId: older.id,
      fileName: 'x.xlsx',
      content,
    })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error.code).toBe('import_invalid')
      expect(result.error.message).toContain(`men du importerer til «${older.title}»`)
    }
    expect(await ws.must('plans.matrix', { planId: plan.id, reviewId: null })).toEqual(before)
  }, 60_000)

  it('writes nothing when one row of many is wrong', async () => {
    const bytes = await exportSheet()
    const before = await ws.must('plans.matrix', { planId: plan.id, reviewId: null })
    const measures = before.rows.filter((r) => r.level === 'measure')
    const content = await edit(bytes, (sheet) => {
      for (const m of measures.slice(0, 5)) rowOfNode(sheet, m.id).getCell(columnOf(sheet, 'Status')).value = 'Utgår'
      rowOfNode(sheet, measures[6].id).getCell(columnOf(sheet, 'Status')).value = 'Lilla'
    })
    const result = await ws.call('plans.importXlsx', {
      planId: plan.id,
      reviewId: before.reviewId ?? 0,
      fileName: 'x.xlsx',
      content,
    })
    expect(result.ok ? '' : result.error.message).toMatch(/har status «Lilla», som ikke er en gyldig status/)
    expect(await ws.must('plans.matrix', { planId: plan.id, reviewId: null })).toEqual(before)
  }, 60_000)
})

describe('the overview picture', () => {
  it('is a 1600×900 PNG named by the body and the review', async () => {
    const file = await ws.must('plans.exportOverviewPng', { planId: plan.id, reviewId: null })
    const png = Buffer.from(file.content, 'base64')
    keep('demo-overview.png', png)
    expect(file.mimeType).toBe('image/png')
    expect(file.fileName).toMatch(
      new RegExp(`^${plan.ownerBodyShortCode} Handlingsplan - status \\d{4}-\\d{2}-\\d{2}\\.png$`),
    )
    expect(isPng(png)).toBe(true)
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1600, 900])
  })
})
