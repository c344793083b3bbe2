import type { MeasureStatus, PlanInputEntry } from '../../shared/action-plan'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'

/**
 * The status sheet's layout, which the export writes and the import checks cell for cell: a
 * title row, the header row, then one row per node. What the file is about (plan, review, which
 * body each input column belongs to) is on the protected sheet "Om".
 */

const x = nb.planText.excel

/** Written on "Om"; a file without it is not ours, one with another version is refused. */
export const formatTag = 'sekretariat.handlingsplan.status/1'

export const titleRow = 1
export const headerRow = 2
export const firstDataRow = 3

export const fixedColumns = [
  { key: 'id', title: x.columns.id, width: 8 },
  { key: 'number', title: x.columns.number, width: 9 },
  { key: 'level', title: x.columns.level, width: 13 },
  { key: 'text', title: x.columns.text, width: 60 },
  { key: 'responsible', title: x.columns.responsible, width: 28 },
  { key: 'timeFrame', title: x.columns.timeFrame, width: 13 },
  { key: 'status', title: x.columns.status, width: 18 },
  { key: 'comment', title: x.columns.comment, width: 45 },
] as const

export type FixedKey = (typeof fixedColumns)[number]['key']

/** 1-based column of a fixed column. */
export const columnOf = (key: FixedKey) => fixedColumns.findIndex((c) => c.key === key) + 1

export const inputWidth = 36

/** Column letter(s) of a 1-based column: 1 -> A, 27 -> AA. */
export function letterOf(column: number): string {
  let out = ''
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out
  return out
}

export const inputTitle = (shortCode: string) => format(x.columns.input, { body: shortCode })

/** The bodies that get an input column: every regional body (RS), by short code. */
export interface InputBody {
  id: number
  shortCode: string
  name: string
}

/** Labels on "Om", in column A; the value is in B (and for an input column, the body's id in C). */
export const aboutKeys = {
  format: x.about.format,
  planId: x.about.planId,
  plan: x.about.plan,
  reviewId: x.about.reviewId,
  review: x.about.review,
  exported: x.about.exported,
  inputColumn: x.about.inputColumn,
} as const

/** The words a status cell may hold: the status words, and the colour names people also write. */
export const statusWords: Record<MeasureStatus, string> = {
  red: nb.planText.status.red,
  yellow: nb.planText.status.yellow,
  green: nb.planText.status.green,
  dropped: nb.planText.status.dropped,
}

const colourWords: Record<string, MeasureStatus> = {
  [nb.planText.word.colours.red]: 'red',
  [nb.planText.word.colours.yellow]: 'yellow',
  [nb.planText.word.colours.green]: 'green',
  [nb.planText.word.colours.dropped]: 'dropped',
}

const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb')

const byWord = new Map<string, MeasureStatus>([
  ...Object.entries(statusWords).map(([status, word]) => [fold(word), status as MeasureStatus] as const),
  ...Object.entries(colourWords).map(([word, status]) => [fold(word), status] as const),
])

/** The status a cell's word means, null for a blank cell, undefined for a word that is no status. */
export function statusOfWord(word: string): MeasureStatus | null | undefined {
  if (word.trim() === '') return null
  return byWord.get(fold(word))
}

/** The input of one body on one node in one review, as one cell shows it: oldest first, blank line between. */
export function inputCellText(entries: readonly PlanInputEntry[]): string {
  return [...entries]
    .sort((a, b) => a.givenOn.localeCompare(b.givenOn) || a.id - b.id)
    .map((e) => e.text)
    .join('\n\n')
}

/** Text as compared: Windows line ends made plain, no space at the ends. */
export const normalise = (text: string) => text.replace(/\r\n?/g, '\n').trim()

/** Inputs by node and body, for the review the sheet is about. */
export function inputsByCell(inputs: readonly PlanInputEntry[], reviewId: number): Map<string, PlanInputEntry[]> {
  const out = new Map<string, PlanInputEntry[]>()
  for (const entry of inputs) {
    if (entry.reviewId !== reviewId || entry.nodeId === null) continue
    const key = cellKey(entry.nodeId, entry.fromBodyId)
    out.set(key, [...(out.get(key) ?? []), entry])
  }
  return out
}

export const cellKey = (nodeId: number, bodyId: number) => `${nodeId}:${bodyId}`
