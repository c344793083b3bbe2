import ExcelJS from 'exceljs'
import type {
  MatrixRow,
  MeasureStatus,
  PlanInputEntry,
  PlanMatrix,
  XlsxChange,
  XlsxPreview,
} from '../../shared/action-plan'
import { nb } from '../../shared/strings/nb'
import { format, plural } from '../../shared/text'
import { AppError } from '../errors'
import { guardOfficeFile } from '../files/office-guard'
import { statusWord } from './status-look'
import {
  aboutKeys,
  cellKey,
  fixedColumns,
  formatTag,
  inputCellText,
  inputsByCell,
  letterOf,
  normalise,
  statusOfWord,
  statusWords,
  type InputBody,
} from './xlsx-layout'

/**
 * Reads a status sheet back: checks that it is ours, for this plan and review, and not
 * restructured; then works out every change against the matrix as it is now, with before and
 * after. Pure given the bytes and the matrix: the preview shows the result, the import applies
 * `writes` in one transaction. Any refusal throws before anything is written.
 */

const x = nb.planText.excel
const r = x.refusals

/** Longest comment and input text the contract takes (statusInput, planInputInput). */
const maxComment = 2000
const maxInput = 4000

export function refuse(message: string): AppError {
  return new AppError({ code: 'import_invalid', message, field: 'content' })
}

// ---- the file ------------------------------------------------------------------------------

const startsWith = (bytes: Buffer, signature: readonly number[]) => signature.every((b, i) => bytes[i] === b)

async function openWorkbook(bytes: Buffer, file: string): Promise<ExcelJS.Workbook> {
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) throw refuse(format(r.oldXls, { file }))
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) throw refuse(format(r.notXlsx, { file }))
  // Before exceljs, which unpacks everything: cut off, another kind, a zip bomb or a DTD is refused here.
  await guardOfficeFile(bytes, file, 'xlsx')
  const workbook = new ExcelJS.Workbook()
  try {
    // A copy as a plain ArrayBuffer: what exceljs's types take, and JSZip reads alike.
    await workbook.xlsx.load(new Uint8Array(bytes).buffer)
  } catch {
    throw refuse(format(r.damaged, { file }))
  }
  return workbook
}

/** A cell's value as the text a user sees: rich text joined, a formula's result, a number as written. */
export function textOf(cell: ExcelJS.Cell): string {
  const value = cell.value
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((t) => t.text).join('')
  if ('result' in value) return value.result === undefined || value.result === null ? '' : String(value.result)
  if ('text' in value) return String(value.text)
  if ('error' in value) return String(value.error)
  return ''
}

// ---- "Om": plan, review, input columns ---------------------------------------------------------

export interface About {
  planId: number
  planTitle: string
  reviewId: number
  reviewTitle: string
  inputColumns: { title: string; bodyId: number }[]
}

const wholeNumber = (text: string) => (/^\d{1,9}$/.test(text.trim()) ? Number(text.trim()) : null)

function readAbout(workbook: ExcelJS.Workbook, file: string): About {
  const sheet = workbook.getWorksheet(x.aboutSheet)
  if (!workbook.getWorksheet(x.sheet)) throw refuse(format(r.notOurs, { file, sheet: x.sheet }))
  if (!sheet) throw refuse(format(r.notOurs, { file, sheet: x.aboutSheet }))
  const values = new Map<string, string>()
  const inputColumns: About['inputColumns'] = []
  sheet.eachRow((row) => {
    const key = textOf(row.getCell(1)).trim()
    const value = textOf(row.getCell(2)).trim()
    if (key === aboutKeys.inputColumn) {
      const bodyId = wholeNumber(textOf(row.getCell(3)))
      if (bodyId === null) throw refuse(r.aboutDamaged)
      inputColumns.push({ title: value, bodyId })
    } else if (!values.has(key)) values.set(key, value)
  })
  const planId = wholeNumber(values.get(aboutKeys.planId) ?? '')
  const reviewId = wholeNumber(values.get(aboutKeys.reviewId) ?? '')
  if (values.get(aboutKeys.format) !== formatTag || planId === null || reviewId === null) throw refuse(r.aboutDamaged)
  return {
    planId,
    planTitle: values.get(aboutKeys.plan) ?? '',
    reviewId,
    reviewTitle: values.get(aboutKeys.review) ?? '',
    inputColumns,
  }
}

// ---- "Status": structure and rows ------------------------------------------------------------

export interface SheetRow {
  /** The row's number in Excel, for messages. */
  row: number
  id: number
  number: string
  level: string
  text: string
  responsible: string
  timeFrame: string
  status: string
  comment: string
  /** One per input column, in the columns' order. */
  inputs: string[]
}

interface StatusSheet {
  rows: SheetRow[]
  blankRows: number
}

/** The header row: where "Id" stands in column A among the first rows (row 2 as exported). */
function findHeaderRow(sheet: ExcelJS.Worksheet): number {
  for (let row = 1; row <= 5; row++) {
    if (textOf(sheet.getCell(row, 1)).trim() === fixedColumns[0].title) return row
  }
  throw refuse(format(r.columnMissing, { column: fixedColumns[0].title, letter: 'A' }))
}

function checkHeaders(sheet: ExcelJS.Worksheet, headerRow: number, expected: readonly string[]): void {
  const row = sheet.getRow(headerRow)
  const found = new Map<number, string>()
  row.eachCell({ includeEmpty: false }, (cell, column) => {
    const text = textOf(cell).trim()
    if (text !== '') found.set(column, text)
  })
  expected.forEach((title, i) => {
    const column = i + 1
    const there = found.get(column) ?? ''
    if (there === title) return
    const elsewhere = [...found.entries()].find(([, text]) => text === title)?.[0]
    if (elsewhere !== undefined) {
      throw refuse(format(r.columnMoved, { column: title, expected: letterOf(column), letter: letterOf(elsewhere) }))
    }
    if (there === '') throw refuse(format(r.columnMissing, { column: title, letter: letterOf(column) }))
    throw refuse(format(r.columnRenamed, { column: title, letter: letterOf(column), found: there }))
  })
  for (const [column, text] of found) {
    if (column > expected.length) throw refuse(format(r.extraColumn, { letter: letterOf(column), found: text }))
  }
}

function readRows(sheet: ExcelJS.Worksheet, headerRow: number, inputCount: number): StatusSheet {
  const width = fixedColumns.length + inputCount
  const rows: SheetRow[] = []
  const seen = new Map<number, number>()
  let blankRows = 0
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber <= headerRow) return
    const cells: string[] = []
    let content = false
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const text = textOf(cell)
      if (text.trim() === '') return
      if (column > width) throw refuse(format(r.extraColumn, { letter: letterOf(column), found: text.slice(0, 40) }))
      cells[column - 1] = text
      content = true
    })
    if (!content) {
      blankRows += 1
      return
    }
    const cell = (i: number) => cells[i] ?? ''
    const idText = cell(0).trim()
    if (idText === '') throw refuse(format(r.missingId, { row: rowNumber }))
    const id = wholeNumber(idText)
    if (id === null || id === 0) throw refuse(format(r.badId, { row: rowNumber, id: idText.slice(0, 40) }))
    const first = seen.get(id)
    if (first !== undefined) throw refuse(format(r.duplicateId, { id, first, row: rowNumber }))
    seen.set(id, rowNumber)
    rows.push({
      row: rowNumber,
      id,
      number: cell(1).trim(),
      level: cell(2).trim(),
      text: cell(3),
      responsible: cell(4),
      timeFrame: cell(5),
      status: cell(6).trim(),
      comment: cell(7),
      inputs: Array.from({ length: inputCount }, (_, i) => cell(fixedColumns.length + i)),
    })
  })
  return { rows, blankRows }
}

function readStatusSheet(workbook: ExcelJS.Workbook, about: About): StatusSheet {
  const sheet = workbook.getWorksheet(x.sheet)
  if (!sheet) throw refuse(format(r.notOurs, { file: '', sheet: x.sheet }))
  const merges = sheet.model.merges
  if (merges.length > 0) throw refuse(format(r.merged, { range: merges.slice(0, 3).join(', ') }))
  const headerRow = findHeaderRow(sheet)
  checkHeaders(sheet, headerRow, [...fixedColumns.map((c) => c.title), ...about.inputColumns.map((c) => c.title)])
  return readRows(sheet, headerRow, about.inputColumns.length)
}

// ---- against the matrix --------------------------------------------------------------------------

/** What the import writes: statuses (with their comments) and input per node and body. */
export interface Writes {
  statuses: { nodeId: number; status: MeasureStatus | null; comment: string }[]
  inputs: { nodeId: number; bodyId: number; text: string; existing: PlanInputEntry[] }[]
}

export interface Analysis {
  preview: XlsxPreview
  writes: Writes
}

const levelWord = (row: MatrixRow) => nb.planText.level[row.level]
const same = (a: string, b: string) => normalise(a) === normalise(b)

function checkPlanAndReview(about: About, matrix: PlanMatrix): void {
  const plan = matrix.plan
  if (about.planId !== plan.id) {
    throw refuse(format(r.otherPlan, { filePlan: about.planTitle, fileId: about.planId, plan: plan.title }))
  }
  if (about.reviewId === matrix.reviewId) return
  const fileReview = matrix.reviews.find((v) => v.id === about.reviewId)
  if (!fileReview) throw refuse(format(r.reviewGone, { id: about.reviewId }))
  const current = matrix.reviews.find((v) => v.id === matrix.reviewId)
  throw refuse(format(r.otherReview, { fileReview: fileReview.title, review: current?.title ?? '' }))
}

/** A row whose Id names another node than the row describes: its level differs, or both number and text. */
function checkIdentity(sheetRow: SheetRow, node: MatrixRow): void {
  const levelChanged = sheetRow.level !== '' && sheetRow.level !== levelWord(node)
  const moved = sheetRow.number !== node.number && !same(sheetRow.text, node.title)
  if (levelChanged || moved) {
    throw refuse(
      format(r.editedId, {
        row: sheetRow.row,
        id: sheetRow.id,
        level: nb.planText.levelLower[node.level],
        title: node.title.slice(0, 80),
        rowTitle: sheetRow.text.slice(0, 80),
      }),
    )
  }
}

/** The file as read: what "Om" says, and the rows, or why the sheet cannot be used. */
export interface StatusFile {
  fileName: string
  about: About
  /** A restructured sheet's refusal waits until plan and review are checked: that message helps more. */
  sheet: StatusSheet | AppError
}

/** Reads the file (the slow part: unzip and parse); checks that it is a status sheet and not restructured. */
export async function readStatusFile(bytes: Buffer, fileName: string): Promise<StatusFile> {
  const file = fileName.trim() || 'statusark.xlsx'
  const workbook = await openWorkbook(bytes, file)
  const about = readAbout(workbook, file)
  let sheet: StatusSheet | AppError
  try {
    sheet = readStatusSheet(workbook, about)
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    sheet = error
  }
  return { fileName: file, about, sheet }
}

/**
 * Every change the file makes against the matrix (which shows the review the import is for),
 * or a refusal. `bodies`: every body by id, for the input columns. Synchronous, so the import
 * can run it inside its transaction on the matrix as it is there.
 */
export function analyseStatusFile(
  parsed: StatusFile,
  matrix: PlanMatrix,
  bodies: ReadonlyMap<number, InputBody>,
): Analysis {
  const { about } = parsed
  checkPlanAndReview(about, matrix)
  if (parsed.sheet instanceof AppError) throw parsed.sheet
  const sheet = parsed.sheet
  const columns = about.inputColumns.map((c) => {
    const body = bodies.get(c.bodyId)
    if (!body) throw refuse(format(r.inputColumnUnknown, { column: c.title }))
    return { ...c, body }
  })
  if (sheet.rows.length === 0) throw refuse(r.noRows)

  const reviewId = matrix.reviewId ?? 0
  const nodes = new Map(matrix.rows.map((row) => [row.id, row]))
  const inputs = inputsByCell(matrix.inputs, reviewId)
  const changes: XlsxChange[] = []
  const writes: Writes = { statuses: [], inputs: [] }
  const fromFile = new Set<number>()
  let unchangedRows = 0
  let textEdited = 0

  for (const sheetRow of sheet.rows) {
    const node = nodes.get(sheetRow.id)
    if (!node) throw refuse(format(r.unknownId, { row: sheetRow.row, id: sheetRow.id, plan: matrix.plan.title }))
    checkIdentity(sheetRow, node)
  }
  // Changes in the plan's order, however the rows were sorted in Excel.
  const order = new Map(matrix.rows.map((row, i) => [row.id, i]))
  const ordered = [...sheet.rows].sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
  for (const sheetRow of ordered) {
    const node = nodes.get(sheetRow.id) as MatrixRow
    fromFile.add(node.id)
    const before = changes.length
    const ref = { nodeId: node.id, number: node.number, title: node.title }
    if (
      !same(sheetRow.text, node.title) ||
      !same(sheetRow.responsible, node.responsibleLabel) ||
      !same(sheetRow.timeFrame, node.timeFrame)
    ) {
      textEdited += 1
    }

    if (node.level !== 'measure') {
      if (sheetRow.status !== '' || normalise(sheetRow.comment) !== '') {
        throw refuse(
          format(r.goalWithStatus, {
            row: sheetRow.row,
            level: nb.planText.levelLower[node.level],
            number: node.number,
          }),
        )
      }
    } else {
      const status = statusOfWord(sheetRow.status)
      if (status === undefined) {
        throw refuse(
          format(r.badStatus, {
            row: sheetRow.row,
            number: node.number,
            word: sheetRow.status.slice(0, 60),
            words: Object.values(statusWords)
              .map((w) => `«${w}»`)
              .join(', '),
          }),
        )
      }
      const comment = normalise(sheetRow.comment)
      if (comment.length > maxComment) {
        throw refuse(format(r.tooLong, { row: sheetRow.row, column: x.columns.comment, max: maxComment }))
      }
      if (status === null && comment !== '') {
        throw refuse(format(r.commentWithoutStatus, { row: sheetRow.row, number: node.number }))
      }
      const statusChanged = status !== node.status
      const commentChanged = comment !== normalise(node.comment)
      if (statusChanged) {
        changes.push({
          ...ref,
          field: 'status',
          fromBodyShortCode: null,
          before: statusWord(node.status),
          after: statusWord(status),
        })
      }
      if (commentChanged) {
        changes.push({ ...ref, field: 'comment', fromBodyShortCode: null, before: node.comment, after: comment })
      }
      if (statusChanged || commentChanged) writes.statuses.push({ nodeId: node.id, status, comment })
    }

    columns.forEach((column, i) => {
      const text = normalise(sheetRow.inputs[i] ?? '')
      if (text.length > maxInput)
        throw refuse(format(r.tooLong, { row: sheetRow.row, column: column.title, max: maxInput }))
      const existing = inputs.get(cellKey(node.id, column.bodyId)) ?? []
      const current = normalise(inputCellText(existing))
      if (text === current) return
      changes.push({ ...ref, field: 'input', fromBodyShortCode: column.body.shortCode, before: current, after: text })
      writes.inputs.push({ nodeId: node.id, bodyId: column.bodyId, text, existing })
    })
    if (changes.length === before) unchangedRows += 1
  }

  const missing = matrix.rows.filter((row) => row.level === 'measure' && !fromFile.has(row.id)).length
  const notes = [
    ...(changes.length === 0 ? [x.notes.noChanges] : []),
    ...(unchangedRows > 0 && changes.length > 0 ? [plural(x.notes, 'unchangedRows', unchangedRows)] : []),
    ...(missing > 0 ? [plural(x.notes, 'missing', missing)] : []),
    ...(textEdited > 0 ? [plural(x.notes, 'textIgnored', textEdited)] : []),
    ...(sheet.blankRows > 0 ? [plural(x.notes, 'blankRows', sheet.blankRows)] : []),
  ]
  const review = matrix.reviews.find((v) => v.id === matrix.reviewId)
  return {
    preview: {
      fileName: parsed.fileName,
      planTitle: matrix.plan.title,
      reviewTitle: review?.title ?? '',
      changes,
      rowsRead: sheet.rows.length,
      notes,
    },
    writes,
  }
}
