import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  LineRuleType,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type ParagraphChild,
} from 'docx'
import { neutralLook, type Look } from './look'
import type { ListAllocator } from './numbering'
import { textWidth, type Orientation } from './page'
import { xmlSafe } from './text'

/** The small pieces every document is made of, so they all look and behave alike. */

/** Every run is Norwegian, so Word and LibreOffice spell-check it as bokmål. */
export const norwegian = { value: 'nb-NO' } as const

export interface RunFormat {
  bold?: boolean
  italic?: boolean
  underline?: boolean
  strike?: boolean
  /** A character style, e.g. 'Hyperlink'. */
  style?: string
  colour?: string
  /** Half-points: 18 is 9 pt. */
  size?: number
  /** A line break before the text (a hard break in the editor). */
  breakBefore?: boolean
}

/** A run of text in bokmål, with the characters XML forbids removed. */
export function run(text: string, format: RunFormat = {}): TextRun {
  return new TextRun({
    text: xmlSafe(text),
    language: norwegian,
    ...(format.bold ? { bold: true } : {}),
    ...(format.italic ? { italics: true } : {}),
    ...(format.underline ? { underline: {} } : {}),
    ...(format.strike ? { strike: true } : {}),
    ...(format.style ? { style: format.style } : {}),
    ...(format.colour ? { color: format.colour } : {}),
    ...(format.size ? { size: format.size } : {}),
    ...(format.breakBefore ? { break: 1 } : {}),
  })
}

type Content = string | ParagraphChild[]
const children = (content: Content, format?: RunFormat): ParagraphChild[] =>
  typeof content === 'string' ? [run(content, format)] : content

const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4]

/** A real Word heading (Heading 1-4), so the navigation pane and the archive's reader see the structure. */
export function heading(level: number, content: Content): Paragraph {
  const index = Math.max(1, Math.min(4, Math.round(level))) - 1
  return new Paragraph({ heading: headingLevels[index], children: children(content) })
}

/** The document's title, in Word's Title style. */
export function title(content: Content): Paragraph {
  return new Paragraph({ heading: HeadingLevel.TITLE, children: children(content) })
}

export interface ParagraphOptions {
  style?: string
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType]
  keepNext?: boolean
  /** Space after, in twips; the style's when left out. */
  spaceAfter?: number
  indent?: number
}

/** A body paragraph: plain text, or runs made with `run`. */
export function paragraph(content: Content, options: ParagraphOptions = {}): Paragraph {
  return new Paragraph({
    children: children(content),
    ...(options.style ? { style: options.style } : {}),
    ...(options.alignment ? { alignment: options.alignment } : {}),
    ...(options.keepNext ? { keepNext: true } : {}),
    ...(options.spaceAfter !== undefined ? { spacing: { after: options.spaceAfter } } : {}),
    ...(options.indent ? { indent: { left: options.indent } } : {}),
  })
}

/** A quiet remark, such as "Ikke skrevet ennå": italic and grey. */
export function note(text: string): Paragraph {
  return paragraph([run(text, { italic: true, colour: neutralLook.muted })])
}

/** A numbered list of items, its own list (it counts from `start`). */
export function numberedList(items: Content[], lists: ListAllocator, start = 1): Paragraph[] {
  const list = lists.ordered(start)
  return items.map((item) => new Paragraph({ children: children(item), numbering: list.at(0) }))
}

export function bulletList(items: Content[], lists: ListAllocator): Paragraph[] {
  const list = lists.bullet()
  return items.map((item) => new Paragraph({ children: children(item), numbering: list.at(0) }))
}

/**
 * The space after a table: Word joins two tables with nothing between them into one, and a
 * paragraph straight after a table sits on its bottom border.
 */
export function tableGap(): Paragraph {
  return new Paragraph({ spacing: { before: 0, after: 0, line: 160, lineRule: LineRuleType.EXACT }, children: [] })
}

/** Starts the next content on a new page. */
export function pageBreak(): Paragraph {
  return new Paragraph({ children: [new PageBreak()] })
}

// ---- tables --------------------------------------------------------------------------------

const line = (look: Look): IBorderOptions => ({ style: BorderStyle.SINGLE, size: 4, color: look.line })
const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' }

export const tableBorders = (look: Look) => ({
  top: line(look),
  bottom: line(look),
  left: line(look),
  right: line(look),
  insideHorizontal: line(look),
  insideVertical: line(look),
})

/** Padding inside cells: a little air above and below, more at the sides. */
export const cellMargins = { top: 45, bottom: 45, left: 100, right: 100 }

/** The paragraph style of text in tables: 10 pt, no space after. */
export const tableTextStyle = 'Tabelltekst'

/** Splits a width among columns by their relative weights, in whole twips that add up. */
export function columnWidths(weights: readonly number[], total: number): number[] {
  const safe = weights.map((w) => (Number.isFinite(w) && w > 0 ? w : 1))
  const sum = safe.reduce((a, b) => a + b, 0)
  const widths = safe.map((w) => Math.floor((w / sum) * total))
  widths[widths.length - 1] += total - widths.reduce((a, b) => a + b, 0)
  return widths
}

export interface KeyValueOptions {
  look?: Look
  orientation?: Orientation
  /** Share of the width the labels take; 0.28 by default. */
  labelShare?: number
}

/**
 * The header block of a case document: label and value per row, labels shaded. A table rather
 * than tabs, so long values wrap under themselves and a screen reader reads label then value.
 */
export function keyValueTable(rows: readonly [label: string, value: Content][], options: KeyValueOptions = {}): Table {
  const look = options.look ?? neutralLook
  const widths = columnWidths(
    [options.labelShare ?? 0.28, 1 - (options.labelShare ?? 0.28)],
    textWidth(options.orientation),
  )
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: {
      top: line(look),
      bottom: line(look),
      left: none,
      right: none,
      insideHorizontal: line(look),
      insideVertical: none,
    },
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            new TableCell({
              width: { size: widths[0], type: WidthType.DXA },
              margins: cellMargins,
              verticalAlign: VerticalAlignTable.TOP,
              children: [paragraph([run(label, { bold: true })], { style: tableTextStyle })],
            }),
            new TableCell({
              width: { size: widths[1], type: WidthType.DXA },
              margins: cellMargins,
              verticalAlign: VerticalAlignTable.TOP,
              children: [paragraph(children(value), { style: tableTextStyle })],
            }),
          ],
        }),
    ),
  })
}

export interface DataColumn {
  title: string
  /** Relative width; columns share the text width by these. */
  weight?: number
  alignment?: 'left' | 'right' | 'center'
}

export interface DataTableOptions {
  look?: Look
  orientation?: Orientation
}

const alignments = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER }

/** The header row's cell: shaded, bold. Used by data tables and by rich-text tables alike. */
export function headerCellShading(look: Look) {
  return { type: ShadingType.CLEAR, color: 'auto', fill: look.tint }
}

/**
 * A table of data with a header row that repeats on every page (Word's "Repeat as header row"),
 * full width, rows kept whole across page breaks.
 */
export function dataTable(
  columns: readonly DataColumn[],
  rows: readonly (readonly Content[])[],
  options: DataTableOptions = {},
): Table {
  const look = options.look ?? neutralLook
  const widths = columnWidths(
    columns.map((c) => c.weight ?? 1),
    textWidth(options.orientation),
  )
  const cell = (content: Content, i: number, header: boolean) =>
    new TableCell({
      width: { size: widths[i], type: WidthType.DXA },
      margins: cellMargins,
      ...(header ? { shading: headerCellShading(look) } : {}),
      children: [
        new Paragraph({
          style: tableTextStyle,
          alignment: alignments[columns[i]?.alignment ?? 'left'],
          children: children(content, header ? { bold: true } : {}),
        }),
      ],
    })
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: tableBorders(look),
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.title, i, true)) }),
      ...rows.map(
        (r) => new TableRow({ cantSplit: true, children: columns.map((_, i) => cell(r[i] ?? '', i, false)) }),
      ),
    ],
  })
}
