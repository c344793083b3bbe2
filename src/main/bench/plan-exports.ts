import ExcelJS from 'exceljs'
import { measure, time, timeEach, type Call, type Figure } from './kit'
import { buildBenchPlan } from './plans'

/**
 * The action plan out of the app, at the size issue 7 names (300 measures, 5 reviews, 4 regions'
 * input columns): Vedlegg 1 as Word (target 500 ms), the overview picture, and the Excel round
 * trip a region's answer takes: export, preview and import (target 1 s together). Between the
 * timed steps the sheet is changed as a region would (30 statuses, 10 inputs), untimed.
 */

const runs = 10

/** The exported sheet with 30 statuses turned and 10 inputs written; each run changes them anew. */
async function regionEdits(content: string, run: number): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(new Uint8Array(Buffer.from(content, 'base64')).buffer)
  const sheet = workbook.getWorksheet('Status')
  if (!sheet) throw new Error('no status sheet')
  let statuses = 0
  let inputs = 0
  sheet.eachRow((row, n) => {
    if (n < 3 || row.getCell(3).value !== 'Tiltak') return
    if (statuses < 30 && n % 7 === 0) {
      row.getCell(7).value = row.getCell(7).value === 'Gjennomført' ? 'Startet/pågående' : 'Gjennomført'
      statuses += 1
    }
    if (inputs < 10 && n % 11 === 0) {
      row.getCell(9).value = `Innspill ${run} fra regionen: tiltaket bør prioriteres i ${2026 + (run % 3)}.`
      inputs += 1
    }
  })
  return Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64')
}

export async function planExportFigures(call: Call): Promise<Figure[]> {
  const { planId, reviewIds } = await buildBenchPlan(call)
  const reviewId = reviewIds[reviewIds.length - 1]
  const parts = { exported: [] as number[], preview: [] as number[], imported: [] as number[] }
  const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[Math.floor(samples.length / 2)]

  const word = await time(
    'documents.make Vedlegg 1 (378 rader, Word)',
    runs,
    () => call('documents.make', { kind: 'actionPlan', id: planId, reviewId: null }),
    500,
  )
  const png = await time('plans.exportOverviewPng (1600×900)', runs, () =>
    call('plans.exportOverviewPng', { planId, reviewId: null }),
  )
  const roundTrip = await timeEach(
    'Excel rundtur: eksport + forhåndsvisning + import (30 statuser, 10 innspill)',
    runs,
    async (run) => {
      let file = { content: '' }
      const exported = await measure(async () => {
        file = await call('plans.exportXlsx', { planId, reviewId })
      })
      const input = { planId, reviewId, fileName: 'statusark.xlsx', content: await regionEdits(file.content, run) }
      const preview = await measure(() => call('plans.previewXlsx', input))
      const imported = await measure(async () => {
        const result = await call('plans.importXlsx', input)
        if (result.applied < 40) throw new Error(`only ${result.applied} changes applied`)
      })
      if (run > 0) {
        parts.exported.push(exported)
        parts.preview.push(preview)
        parts.imported.push(imported)
      }
      return exported + preview + imported
    },
    1000,
  )
  const part = (what: string, samples: number[]): Figure => ({
    what,
    runs: samples.length,
    median: median(samples),
    p95: Math.max(...samples),
  })
  return [
    word,
    png,
    part('  plans.exportXlsx', parts.exported),
    part('  plans.previewXlsx', parts.preview),
    part('  plans.importXlsx (én transaksjon)', parts.imported),
    roundTrip,
  ]
}
