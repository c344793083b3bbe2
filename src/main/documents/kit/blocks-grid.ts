import {
  AlignmentType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
  type ParagraphChild,
} from 'docx'
import {
  cellMargins,
  columnWidths,
  headerCellShading,
  run,
  tableBorders,
  tableTextStyle,
  type DataColumn,
  type DataTableOptions,
  type RunFormat,
} from './blocks'
import { neutralLook } from './look'
import { textWidth } from './page'

/**
 * A data table whose rows and cells can be shaded and span columns: a status matrix with its
 * coloured status cells and full-width group rows, a legend of coloured boxes. The header row
 * repeats on every page like `dataTable`'s.
 */

type Content = string | ParagraphChild[]

export interface GridCell {
  content: Content
  /** Hex fill without #, e.g. 'F4A6A3'; the row's fill when left out. */
  fill?: string
  bold?: boolean
  /** How many columns the cell covers; 1 when left out. */
  span?: number
  alignment?: 'left' | 'right' | 'center'
}

export interface GridRow {
  /** Cells from the left; together they cover every column (a missing cell is left empty). */
  cells: (Content | GridCell)[]
  fill?: string
  bold?: boolean
  /** Keeps the row on the page of the next row: a group's title never ends a page alone. */
  keepWithNext?: boolean
}

export interface GridOptions extends DataTableOptions {
  /** No header row: for a legend or a block of coloured boxes. */
  noHeader?: boolean
}

const alignments = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER }

const isCell = (cell: Content | GridCell): cell is GridCell => typeof cell === 'object' && 'content' in cell

/** A fill as Word's shading: the colour as the cell's background, no pattern. */
export const cellShading = (fill: string) => ({ type: ShadingType.CLEAR, color: 'auto', fill })

export function gridTable(columns: readonly DataColumn[], rows: readonly GridRow[], options: GridOptions = {}): Table {
  const look = options.look ?? neutralLook
  const widths = columnWidths(
    columns.map((c) => c.weight ?? 1),
    textWidth(options.orientation),
  )
  const paragraphOf = (content: Content, format: RunFormat, alignment: GridCell['alignment'], keepNext: boolean) =>
    new Paragraph({
      style: tableTextStyle,
      alignment: alignments[alignment ?? 'left'],
      ...(keepNext ? { keepNext: true } : {}),
      children: typeof content === 'string' ? [run(content, format)] : content,
    })

  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map(
      (c, i) =>
        new TableCell({
          width: { size: widths[i], type: WidthType.DXA },
          margins: cellMargins,
          shading: headerCellShading(look),
          children: [paragraphOf(c.title, { bold: true }, c.alignment, true)],
        }),
    ),
  })

  const body = rows.map((row) => {
    const cells: TableCell[] = []
    let column = 0
    for (const raw of row.cells) {
      if (column >= columns.length) break
      const cell: GridCell = isCell(raw) ? raw : { content: raw }
      const span = Math.max(1, Math.min(cell.span ?? 1, columns.length - column))
      const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0)
      const fill = cell.fill ?? row.fill
      const bold = cell.bold ?? row.bold ?? false
      cells.push(
        new TableCell({
          width: { size: width, type: WidthType.DXA },
          margins: cellMargins,
          verticalAlign: VerticalAlignTable.TOP,
          ...(span > 1 ? { columnSpan: span } : {}),
          ...(fill ? { shading: cellShading(fill) } : {}),
          children: [
            paragraphOf(
              cell.content,
              bold ? { bold: true } : {},
              cell.alignment ?? columns[column]?.alignment,
              row.keepWithNext ?? false,
            ),
          ],
        }),
      )
      column += span
    }
    // Word repairs a row with fewer cells than the grid; LibreOffice draws it ragged. Fill it out.
    for (; column < columns.length; column++) {
      cells.push(
        new TableCell({
          width: { size: widths[column], type: WidthType.DXA },
          margins: cellMargins,
          ...(row.fill ? { shading: cellShading(row.fill) } : {}),
          children: [paragraphOf('', {}, 'left', false)],
        }),
      )
    }
    return new TableRow({ cantSplit: true, children: cells })
  })

  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: tableBorders(look),
    rows: options.noHeader ? body : [header, ...body],
  })
}
