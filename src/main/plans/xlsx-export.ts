import ExcelJS from 'exceljs'
import type { PlanMatrix, Review } from '../../shared/action-plan'
import { formatDate } from '../../shared/dates'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import { cellFill } from './status-look'
import {
  aboutKeys,
  columnOf,
  firstDataRow,
  fixedColumns,
  formatTag,
  headerRow,
  inputCellText,
  inputsByCell,
  inputTitle,
  inputWidth,
  letterOf,
  statusWords,
  titleRow,
  cellKey,
  type InputBody,
} from './xlsx-layout'

/**
 * The status matrix as an Excel workbook the regions fill in: sheet "Status" with one row per
 * focus area, goal and measure, the status as a drop-down list of the Norwegian words (coloured
 * by conditional formatting, so the colour follows the word as it is changed), a comment, and an
 * input column per regional body. Only those cells are unlocked; the sheet is protected without a
 * password, so nobody is stopped, only kept from changing the Id or the structure by accident.
 */

const x = nb.planText.excel

const argb = (hex: string) => `FF${hex}`
const solid = (hex: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb: argb(hex) } })
const thin: ExcelJS.Border = { style: 'thin', color: { argb: 'FFBFBFBF' } }
const borders: Partial<ExcelJS.Borders> = { top: thin, bottom: thin, left: thin, right: thin }

/** Every font names its face: one without a name is drawn in the reader's default, a serif in LibreOffice. */
const font: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11 }

const goalFill: Record<string, string> = { focusArea: 'BDD7EE', mainGoal: 'DDEBF7', subGoal: 'F2F2F2' }

export interface XlsxExportInput {
  matrix: PlanMatrix
  review: Review
  bodies: readonly InputBody[]
  /** ISO date the file is made. */
  today: string
}

function statusSheet(workbook: ExcelJS.Workbook, input: XlsxExportInput): void {
  const { matrix, review, bodies } = input
  const sheet = workbook.addWorksheet(x.sheet, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: headerRow }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  })
  const columnCount = fixedColumns.length + bodies.length
  sheet.columns = [
    ...fixedColumns.map((c) => ({ key: c.key, width: c.width })),
    ...bodies.map((b) => ({ key: `input-${b.id}`, width: inputWidth })),
  ]

  const title = sheet.getCell(titleRow, 1)
  title.value = `${matrix.plan.title} – ${review.title} (${formatDate(review.date)})`
  title.font = { ...font, bold: true, size: 13 }
  sheet.getRow(titleRow).height = 22

  const header = sheet.getRow(headerRow)
  header.values = [...fixedColumns.map((c) => c.title), ...bodies.map((b) => inputTitle(b.shortCode))]
  header.font = { ...font, bold: true }
  header.alignment = { vertical: 'middle', wrapText: true }
  for (let c = 1; c <= columnCount; c++) {
    const cell = header.getCell(c)
    cell.fill = solid('D9E1F2')
    cell.border = borders
  }

  const inputs = inputsByCell(matrix.inputs, review.id)
  const statusColumn = columnOf('status')
  const commentColumn = columnOf('comment')
  const list = `"${Object.values(statusWords).join(',')}"`
  matrix.rows.forEach((row, index) => {
    const r = sheet.getRow(firstDataRow + index)
    const measure = row.level === 'measure'
    r.values = [
      row.id,
      row.number,
      nb.planText.level[row.level],
      row.title,
      row.responsibleLabel,
      row.timeFrame,
      measure && row.status ? statusWords[row.status] : '',
      measure ? row.comment : '',
      ...bodies.map((b) => inputCellText(inputs.get(cellKey(row.id, b.id)) ?? [])),
    ]
    r.alignment = { vertical: 'top', wrapText: true }
    r.font = { ...font, bold: !measure }
    r.height = rowHeight(r, sheet)
    for (let c = 1; c <= columnCount; c++) {
      const cell = r.getCell(c)
      cell.border = borders
      if (!measure) cell.fill = solid(goalFill[row.level])
      const editable = c > commentColumn || (measure && (c === statusColumn || c === commentColumn))
      if (editable) cell.protection = { locked: false }
    }
    r.getCell(columnOf('id')).font = { ...font, color: { argb: 'FF7F7F7F' }, bold: !measure }
    if (measure) statusValidation(r.getCell(statusColumn), list)
  })

  const last = firstDataRow + Math.max(0, matrix.rows.length - 1)
  const statusLetter = letterOf(statusColumn)
  sheet.addConditionalFormatting({
    ref: `${statusLetter}${firstDataRow}:${statusLetter}${last}`,
    rules: (['red', 'yellow', 'green', 'dropped'] as const).map((status, i) => ({
      type: 'expression',
      priority: i + 1,
      formulae: [`$${statusLetter}${firstDataRow}="${statusWords[status]}"`],
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(cellFill[status]) } } },
    })),
  })
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow, column: columnCount } }
  void sheet.protect('', {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
    autoFilter: true,
    // Sorting is harmless: the import finds rows by their Id.
    sort: true,
    insertRows: false,
    deleteRows: false,
    insertColumns: false,
    deleteColumns: false,
  })
}

/**
 * A row's height from its longest wrapped text: LibreOffice keeps the default height of a row
 * written without one, so wrapped text would overlap the next row.
 */
function rowHeight(row: ExcelJS.Row, sheet: ExcelJS.Worksheet): number {
  let lines = 1
  row.eachCell((cell, column) => {
    const width = sheet.getColumn(column).width ?? 10
    const text = typeof cell.value === 'string' ? cell.value : ''
    // About 1.15 characters of 11 pt Calibri per unit of column width; bold a little fewer.
    const perLine = Math.max(1, Math.floor(width * (row.font?.bold ? 1 : 1.15)))
    const wrapped = text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0)
    lines = Math.max(lines, wrapped)
  })
  return Math.min(409, 15 * lines + 2)
}

function statusValidation(cell: ExcelJS.Cell, list: string): void {
  cell.dataValidation = {
    type: 'list',
    allowBlank: true,
    formulae: [list],
    showErrorMessage: true,
    errorStyle: 'stop',
    errorTitle: x.validationTitle,
    error: format(x.validationError, { words: Object.values(statusWords).join(', ') }),
  }
}

/** "Om": what the file is about, for the import to tell plan and review; protected, readable. */
function aboutSheet(workbook: ExcelJS.Workbook, input: XlsxExportInput): void {
  const { matrix, review, bodies } = input
  const sheet = workbook.addWorksheet(x.aboutSheet)
  sheet.columns = [{ width: 22 }, { width: 60 }, { width: 10 }]
  sheet.getCell('A1').value = x.about.heading
  sheet.getCell('A1').font = { ...font, bold: true, size: 13 }
  const rows: [string, string | number, number?][] = [
    [aboutKeys.format, formatTag],
    [aboutKeys.planId, matrix.plan.id],
    [aboutKeys.plan, matrix.plan.title],
    [aboutKeys.reviewId, review.id],
    [aboutKeys.review, `${review.title} (${formatDate(review.date)})`],
    [aboutKeys.exported, formatDate(input.today)],
    ...bodies.map((b): [string, string, number] => [aboutKeys.inputColumn, inputTitle(b.shortCode), b.id]),
  ]
  rows.forEach((values, i) => {
    const row = sheet.getRow(3 + i)
    row.values = values
    row.getCell(1).font = { ...font, bold: true }
  })
  const howTo = sheet.getCell(4 + rows.length, 1)
  howTo.value = x.about.howTo
  sheet.mergeCells(4 + rows.length, 1, 4 + rows.length, 3)
  howTo.alignment = { wrapText: true, vertical: 'top' }
  sheet.getRow(4 + rows.length).height = 75
  void sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true })
}

/** The workbook as .xlsx bytes. */
export async function buildStatusWorkbook(input: XlsxExportInput): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Sekretariat'
  workbook.created = new Date(`${input.today}T12:00:00Z`)
  workbook.title = `${input.matrix.plan.title} – ${input.review.title}`
  statusSheet(workbook, input)
  aboutSheet(workbook, input)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
