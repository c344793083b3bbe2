import ExcelJS from 'exceljs'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { execFile } from 'node:child_process'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { beforeAll, describe, expect, it } from 'vitest'
import type { PlanInputEntry, PlanMatrix } from '../../shared/action-plan'
import { AppError } from '../errors'
import { fixtureMatrix } from './matrix-fixture'
import { buildStatusWorkbook } from './xlsx-export'
import { analyseStatusFile, readStatusFile, type Analysis } from './xlsx-import'
import type { InputBody } from './xlsx-layout'

const run = promisify(execFile)

/** The status sheet written with exceljs, changed as a region would (or should not), and read back. */

const bodies: InputBody[] = [
  { id: 11, shortCode: 'RS-KL', name: 'RS Kristiansand og Lindesnes' },
  { id: 12, shortCode: 'RS-L', name: 'RS Lister' },
]
const bodyMap = new Map(bodies.map((b) => [b.id, b]))

function matrixWithInput(): PlanMatrix {
  const matrix = fixtureMatrix()
  const measure = matrix.rows.find((r) => r.number === '1.1.1.1')
  const input: PlanInputEntry = {
    id: 900,
    planId: 7,
    nodeId: measure?.id ?? 0,
    reviewId: 31,
    fromBodyId: 11,
    fromBodyShortCode: 'RS-KL',
    fromBodyName: 'RS Kristiansand og Lindesnes',
    personId: null,
    personName: '',
    givenOn: '2025-10-01',
    text: 'Viktig for regionen.',
  }
  return { ...matrix, inputs: [input] }
}

let matrix: PlanMatrix
let exported: Buffer
const review = () => matrix.reviews[1]

const rowOf = (number: string) => matrix.rows.find((r) => r.number === number) ?? matrix.rows[0]

async function load(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(new Uint8Array(bytes).buffer)
  return workbook
}

/** The exported file changed by `change`, saved again as Excel would. */
async function edited(change: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = await load(exported)
  const sheet = workbook.getWorksheet('Status')
  if (!sheet) throw new Error('no sheet')
  change(sheet, workbook)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** The Excel row of a node, by its number in column B. */
function excelRow(sheet: ExcelJS.Worksheet, number: string): ExcelJS.Row {
  for (let r = 3; r <= sheet.rowCount; r++) if (sheet.getCell(r, 2).value === number) return sheet.getRow(r)
  throw new Error(`no row ${number}`)
}

async function analyse(bytes: Buffer, against: PlanMatrix = matrix, name = 'SSU 2025 Handlingsplan - statusark.xlsx') {
  return analyseStatusFile(await readStatusFile(bytes, name), against, bodyMap)
}

async function refusal(bytes: Buffer, against: PlanMatrix = matrix): Promise<string> {
  try {
    await analyse(bytes, against)
  } catch (error) {
    if (error instanceof AppError) {
      expect(error.error.code).toBe('import_invalid')
      return error.error.message
    }
    throw error
  }
  throw new Error('the file was not refused')
}

beforeAll(async () => {
  matrix = matrixWithInput()
  exported = await buildStatusWorkbook({ matrix, review: review(), bodies, today: '2026-11-23' })
})

describe('the status sheet export', () => {
  it('has the columns, the plan and review on "Om", and a frozen header', async () => {
    const workbook = await load(exported)
    const sheet = workbook.getWorksheet('Status')
    expect(sheet).toBeDefined()
    if (!sheet) return
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      'Id',
      'Nr',
      'Nivå',
      'Tekst',
      'Ansvarlig',
      'Tidsramme',
      'Status',
      'Kommentar',
      'Innspill RS-KL',
      'Innspill RS-L',
    ])
    expect(String(sheet.getCell('A1').value)).toContain('Årlig gjennomgang 2025')
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2, xSplit: 2 })
    const about = workbook.getWorksheet('Om')
    const values = new Map<string, unknown>()
    about?.eachRow((row) => values.set(String(row.getCell(1).value), row.getCell(2).value))
    expect(values.get('Plan-id')).toBe(7)
    expect(values.get('Gjennomgang-id')).toBe(31)
    expect(values.get('Format')).toBe('sekretariat.handlingsplan.status/1')
  })

  it('writes measures with their status word, a drop-down list, and only the fill-in cells unlocked', async () => {
    const sheet = (await load(exported)).getWorksheet('Status')
    if (!sheet) throw new Error('no sheet')
    const red = excelRow(sheet, '1.2.1.1')
    expect(red.getCell(1).value).toBe(rowOf('1.2.1.1').id)
    expect(red.getCell(3).value).toBe('Tiltak')
    expect(red.getCell(7).value).toBe('Ikke påbegynt')
    expect(red.getCell(7).dataValidation).toMatchObject({ type: 'list', formulae: [expect.stringContaining('Utgår')] })
    expect(red.getCell(7).protection).toMatchObject({ locked: false })
    expect(red.getCell(1).protection?.locked).not.toBe(false)
    const withInput = excelRow(sheet, '1.1.1.1')
    expect(withInput.getCell(9).value).toBe('Viktig for regionen.')
    const goal = excelRow(sheet, '1.1')
    expect(goal.font?.bold).toBe(true)
    expect(goal.getCell(7).protection?.locked).not.toBe(false)
    expect(goal.getCell(7).dataValidation).toBeUndefined()
  })
})

/** An independent reader (Python's zip and XML, no exceljs): what Excel will find in the sheet's XML. */
const xmlScript = `
import json, sys, zipfile
import xml.etree.ElementTree as ET
ns = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
z = zipfile.ZipFile(sys.argv[1])
wb = ET.fromstring(z.read('xl/workbook.xml'))
sheet = ET.fromstring(z.read('xl/worksheets/sheet1.xml'))
pane = sheet.find('.//m:pane', ns)
prot = sheet.find('m:sheetProtection', ns)
print(json.dumps({
  'sheets': [s.get('name') for s in wb.find('m:sheets', ns)],
  'pane': dict(pane.attrib) if pane is not None else None,
  'protection': dict(prot.attrib) if prot is not None else None,
  'validations': len(sheet.findall('.//m:dataValidation', ns)),
  'conditional': len(sheet.findall('.//m:conditionalFormatting/m:cfRule', ns)),
  'autoFilter': sheet.find('m:autoFilter', ns).get('ref'),
}))
`

describe('as Excel reads it', () => {
  it('is well-formed XML with a frozen pane, protection, lists and conditional colours', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'status-xlsx-'))
    try {
      const path = join(folder, 'statusark.xlsx')
      writeFileSync(path, exported)
      const { stdout } = await run('/usr/bin/python3', ['-c', xmlScript, path])
      const found = JSON.parse(stdout) as Record<string, unknown>
      expect(found.sheets).toEqual(['Status', 'Om'])
      expect(found.pane).toMatchObject({ state: 'frozen', ySplit: '2', xSplit: '2', topLeftCell: 'C3' })
      expect(found.protection).toMatchObject({ sheet: '1', autoFilter: '0', sort: '0' })
      const measures = matrix.rows.filter((r) => r.level === 'measure').length
      expect(found.validations).toBeGreaterThanOrEqual(1)
      expect(found.validations).toBeLessThanOrEqual(measures)
      expect(found.conditional).toBe(4)
      expect(found.autoFilter).toBe('A2:J2')
      if (process.env.SHOW_DOCS) {
        mkdirSync(process.env.SHOW_DOCS, { recursive: true })
        writeFileSync(join(process.env.SHOW_DOCS, 'statusark.xlsx'), exported)
      }
    } finally {
      rmSync(folder, { recursive: true, force: true })
    }
  })
})

describe('reading it back', () => {
  it('finds nothing to change in the file as exported', async () => {
    const { preview, writes } = await analyse(exported)
    expect(preview.changes).toEqual([])
    expect(preview.notes).toContain('Filen har ingen endringer mot det som er lagret.')
    expect(preview.rowsRead).toBe(matrix.rows.length)
    expect(writes).toEqual({ statuses: [], inputs: [] })
  })

  it('shows every change with before and after: status, comment, input per body', async () => {
    const bytes = await edited((sheet) => {
      const red = excelRow(sheet, '1.2.1.1')
      red.getCell(7).value = 'Startet/pågående'
      red.getCell(8).value = 'Arbeidsgruppe nedsatt.'
      excelRow(sheet, '3.1.1.2').getCell(7).value = 'grønn'
      excelRow(sheet, '1.1.1.1').getCell(9).value = 'Viktig for regionen.\n\nOgså for Lindesnes.'
      excelRow(sheet, '2.1').getCell(10).value = 'Lister ønsker felles lederutvikling.'
      excelRow(sheet, '1.1.1.2').getCell(4).value = 'Omskrevet tekst'
    })
    const { preview, writes }: Analysis = await analyse(bytes)
    const red = rowOf('1.2.1.1')
    expect(preview.changes).toEqual([
      expect.objectContaining({ number: '1.1.1.1', field: 'input', fromBodyShortCode: 'RS-KL' }),
      {
        nodeId: red.id,
        number: '1.2.1.1',
        title: red.title,
        field: 'status',
        fromBodyShortCode: null,
        before: 'Ikke påbegynt',
        after: 'Startet/pågående',
      },
      expect.objectContaining({
        number: '1.2.1.1',
        field: 'comment',
        before: 'Ikke startet.',
        after: 'Arbeidsgruppe nedsatt.',
      }),
      expect.objectContaining({ number: '2.1', field: 'input', fromBodyShortCode: 'RS-L', before: '' }),
      expect.objectContaining({ number: '3.1.1.2', field: 'status', before: 'Ingen status', after: 'Gjennomført' }),
    ])
    expect(writes.statuses).toEqual([
      { nodeId: red.id, status: 'yellow', comment: 'Arbeidsgruppe nedsatt.' },
      { nodeId: rowOf('3.1.1.2').id, status: 'green', comment: '' },
    ])
    expect(writes.inputs.map((i) => [i.bodyId, i.existing.length])).toEqual([
      [11, 1],
      [12, 0],
    ])
    expect(preview.notes.join(' ')).toContain('endret i 1 rad')
  })

  it('reads rows sorted or filtered in Excel by their Id', async () => {
    const bytes = await edited((sheet) => {
      // Swap two measure rows' whole content, as sorting does.
      const a = excelRow(sheet, '1.1.1.1')
      const b = excelRow(sheet, '1.1.1.2')
      const av = a.values
      a.values = b.values
      b.values = av
    })
    expect((await analyse(bytes)).preview.changes).toEqual([])
  })
})

describe('refusals, with nothing written', () => {
  it('refuses what is not an .xlsx, an old .xls, and a truncated file', async () => {
    expect(await refusal(Buffer.from('Id;Nr;Status\n1;1;Gjennomført\n'))).toMatch(/ikke en Excel-fil \(\.xlsx\)/)
    expect(await refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]))).toMatch(/\.xls\)/)
    expect(await refusal(exported.subarray(0, Math.floor(exported.length / 2)))).toMatch(/skadet eller ufullstendig/)
  })

  it('refuses a workbook that is not a status sheet', async () => {
    const workbook = new ExcelJS.Workbook()
    workbook.addWorksheet('Ark1').getCell('A1').value = 'Hei'
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
    expect(await refusal(bytes)).toMatch(/ikke et statusark fra Sekretariat: arket «Status» mangler/)
  })

  it('refuses a file from another plan, and from another review, saying which', async () => {
    const other = { ...matrix, plan: { ...matrix.plan, id: 8, title: 'Handlingsplan OSS 2027' } }
    expect(await refusal(exported, other)).toBe(
      'Filen gjelder handlingsplanen «Handlingsplan SSU 2023–2026» (id 7), ikke «Handlingsplan OSS 2027». Ingenting er lest inn.',
    )
    const older = { ...matrix, reviewId: 30, previousReviewId: null }
    expect(await refusal(exported, older)).toMatch(
      /eksportert for statusgjennomgangen «Årlig gjennomgang 2025», men du importerer til «Årlig gjennomgang 2024»/,
    )
  })

  it('refuses an edited id: unknown, duplicated, not a number, or pointing at another node', async () => {
    const unknown = await edited((sheet) => (excelRow(sheet, '1.2.1.1').getCell(1).value = 99999))
    expect(await refusal(unknown)).toMatch(/Id 99999, som ikke finnes i handlingsplanen/)
    const duplicate = await edited((sheet) => (excelRow(sheet, '1.2.1.1').getCell(1).value = rowOf('1.1.1.1').id))
    expect(await refusal(duplicate)).toMatch(new RegExp(`Id ${rowOf('1.1.1.1').id} står både i rad \\d+ og rad \\d+`))
    const text = await edited((sheet) => (excelRow(sheet, '1.2.1.1').getCell(1).value = 'abc'))
    expect(await refusal(text)).toMatch(/Id «abc», som ikke er en gyldig Id/)
    const goal = await edited((sheet) => {
      // The measure row now claims the id of a main goal that is not elsewhere in the sheet.
      const target = excelRow(sheet, '1.2')
      const id = target.getCell(1).value
      target.getCell(1).value = null
      target.values = []
      excelRow(sheet, '1.2.1.1').getCell(1).value = id
    })
    expect(await refusal(goal)).toMatch(/den Id-en hører til hovedmål «Forebygge og utsette skrøpelighet/)
    const missing = await edited((sheet) => (excelRow(sheet, '1.2.1.1').getCell(1).value = null))
    expect(await refusal(missing)).toMatch(/har innhold, men ingen Id/)
  })

  it('refuses merged cells, naming them', async () => {
    const bytes = await edited((sheet) => {
      const row = excelRow(sheet, '1.2.1.1').number
      sheet.mergeCells(row, 7, row, 8)
    })
    expect(await refusal(bytes)).toMatch(/sammenslåtte celler \(G\d+:H\d+\)/)
  })

  it('refuses an invalid status word, naming the row and the word', async () => {
    const bytes = await edited((sheet) => (excelRow(sheet, '1.2.1.1').getCell(7).value = 'Nesten ferdig'))
    const row = (await load(bytes)).getWorksheet('Status')
    const rowNumber = row ? excelRow(row, '1.2.1.1').number : 0
    expect(await refusal(bytes)).toBe(
      `Rad ${rowNumber} (1.2.1.1) har status «Nesten ferdig», som ikke er en gyldig status. Bruk «Ikke påbegynt», «Startet/pågående», «Gjennomført», «Utgår», eller la cellen stå tom. Ingenting er lest inn.`,
    )
  })

  it('refuses a status or comment on a goal row, and a comment without status', async () => {
    const goal = await edited((sheet) => (excelRow(sheet, '2.1').getCell(7).value = 'Gjennomført'))
    expect(await refusal(goal)).toMatch(/er et hovedmål \(2\.1\) og kan ikke ha status/)
    const comment = await edited((sheet) => (excelRow(sheet, '3.1.1.2').getCell(8).value = 'Ny sak til SSU'))
    expect(await refusal(comment)).toMatch(/\(3\.1\.1\.2\) har en kommentar, men ingen status/)
  })

  it('refuses a restructured sheet: a column deleted, renamed, moved or added', async () => {
    const deleted = await edited((sheet) => sheet.spliceColumns(5, 1))
    expect(await refusal(deleted)).toMatch(/Kolonne E heter «Tidsramme», men skal hete «Ansvarlig»/)
    const renamed = await edited((sheet) => (sheet.getCell('H2').value = 'Merknad'))
    expect(await refusal(renamed)).toMatch(/Kolonne H heter «Merknad», men skal hete «Kommentar»/)
    const moved = await edited((sheet) => {
      sheet.getCell('G2').value = 'Kommentar'
      sheet.getCell('H2').value = 'Status'
    })
    expect(await refusal(moved)).toMatch(/Kolonnen «Status» er flyttet fra kolonne G til H/)
    const added = await edited((sheet) => (sheet.getCell('K2').value = 'Egen merknad'))
    expect(await refusal(added)).toMatch(/Kolonne K \(«Egen merknad»\) hører ikke til statusarket/)
    const inserted = await edited((sheet) => sheet.spliceColumns(3, 0, []))
    expect(await refusal(inserted)).toMatch(/Kolonnen «Nr» er flyttet|Kolonnen «Nivå» er flyttet/)
    const blankHeader = await edited((sheet) => (sheet.getCell('E2').value = null))
    expect(await refusal(blankHeader)).toMatch(/Kolonnen «Ansvarlig» mangler \(ventet i kolonne E\)/)
  })

  it('refuses when "Om" was tampered with', async () => {
    const bytes = await edited((_, workbook) => {
      workbook.getWorksheet('Om')?.eachRow((row) => {
        if (row.getCell(1).value === 'Plan-id') row.getCell(2).value = 'sju'
      })
    })
    expect(await refusal(bytes)).toMatch(/Arket «Om» i filen er endret/)
  })
})
