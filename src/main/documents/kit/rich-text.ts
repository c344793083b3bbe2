import {
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx'
import type { RichDoc, RichMark, RichNode } from '../../../shared/rich-text'
import {
  cellMargins,
  columnWidths,
  headerCellShading,
  run,
  tableBorders,
  tableGap,
  tableTextStyle,
  type RunFormat,
} from './blocks'
import { neutralLook, type Look } from './look'
import { listIndent, type ListAllocator } from './numbering'
import { textWidth, type Orientation } from './page'

/**
 * The editor's rich text (TipTap JSON) as Word paragraphs and tables: real heading styles, real
 * list numbering with levels, tables with a repeating header row, hyperlinks. Pure: the same
 * input and a fresh allocator give the same output.
 */

export interface RichTextOptions {
  /** Added to the text's heading levels, so its headings sit under the document's own (1 -> Heading 2). */
  headingOffset?: number
  look?: Look
  orientation?: Orientation
}

type Block = Paragraph | Table

interface Place {
  /** The depth of lists around the content; -1 outside any list. */
  listLevel: number
  inCell: boolean
  inQuote: boolean
  /** Header cells make their text bold. */
  bold: boolean
  /** The width the content has: a table inside a cell gets the cell's. */
  width: number
}

const headingStyles = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4]

const linkSchemes = /^(https?:|mailto:)/i

/** Only web and mail links become hyperlinks: anything else (javascript:, file:) stays text. */
const safeHref = (href: unknown): string | null =>
  typeof href === 'string' && linkSchemes.test(href.trim()) ? href.trim() : null

const hasMark = (marks: RichMark[] | undefined, type: string) => (marks ?? []).some((m) => m.type === type)

function inlines(nodes: readonly RichNode[] | undefined, place: Place): ParagraphChild[] {
  const out: ParagraphChild[] = []
  let link: { href: string; runs: ParagraphChild[] } | null = null
  const closeLink = () => {
    if (link) out.push(new ExternalHyperlink({ link: link.href, children: link.runs }))
    link = null
  }
  for (const node of nodes ?? []) {
    if (node.type === 'hardBreak') {
      const br = run('', { breakBefore: true })
      if (link) link.runs.push(br)
      else out.push(br)
      continue
    }
    const text = node.type === 'text' ? (node.text ?? '') : plainTextOf(node)
    if (text === '') continue
    const href = safeHref(node.marks?.find((m) => m.type === 'link')?.attrs?.href)
    const format: RunFormat = {
      bold: place.bold || hasMark(node.marks, 'bold'),
      italic: hasMark(node.marks, 'italic'),
      underline: hasMark(node.marks, 'underline'),
      strike: hasMark(node.marks, 'strike'),
      ...(href ? { style: 'Hyperlink' } : {}),
    }
    const r = run(text, format)
    if (href) {
      if (link && link.href !== href) closeLink()
      if (!link) link = { href, runs: [] }
      link.runs.push(r)
    } else {
      closeLink()
      out.push(r)
    }
  }
  closeLink()
  return out
}

function plainTextOf(node: RichNode): string {
  if (node.type === 'text') return node.text ?? ''
  return (node.content ?? []).map(plainTextOf).join('')
}

const isEmptyParagraph = (node: RichNode) =>
  plainTextOf(node).trim() === '' && !(node.content ?? []).some((n) => n.type === 'hardBreak')

function paragraphOf(node: RichNode, place: Place, extra: IParagraphOptions = {}) {
  return new Paragraph({
    children: inlines(node.content, place),
    ...(place.inCell ? { style: tableTextStyle } : place.inQuote ? { style: 'Quote' } : {}),
    ...extra,
  })
}

function list(node: RichNode, lists: ListAllocator, place: Place, options: RichTextOptions): Block[] {
  const ordered = node.type === 'orderedList'
  const start = Number(node.attrs?.start ?? 1)
  const ref = ordered ? lists.ordered(Number.isFinite(start) ? start : 1) : lists.bullet()
  const level = place.listLevel + 1
  const inner: Place = { ...place, listLevel: level }
  const out: Block[] = []
  for (const item of node.content ?? []) {
    if (item.type !== 'listItem') continue
    const [first, ...rest] = item.content ?? []
    // In a table the list keeps the cell's text style rather than Word's List Paragraph.
    const numbered = { numbering: { ...ref.at(level), ...(inner.inCell ? { custom: true } : {}) } }
    // The item's first paragraph carries the number; a list item that opens with something else
    // (a nested list) gets an empty numbered paragraph, so the numbers stay right.
    if (first && (first.type === 'paragraph' || first.type === 'heading')) {
      out.push(paragraphOf(first, inner, numbered))
    } else {
      out.push(new Paragraph({ children: [], ...(inner.inCell ? { style: tableTextStyle } : {}), ...numbered }))
      if (first) rest.unshift(first)
    }
    for (const child of rest) {
      if (child.type === 'paragraph' || child.type === 'heading') {
        // Further paragraphs of an item line up with its text, without a number.
        out.push(paragraphOf(child, inner, { indent: { left: listIndent(level) } }))
      } else {
        out.push(...blocks([child], lists, inner, options))
      }
    }
  }
  return out
}

/** Which grid columns each cell starts in, and how many columns the table has, with row and column spans. */
function layoutGrid(rows: readonly RichNode[]) {
  const taken: boolean[][] = []
  const starts: number[][] = []
  let columns = 0
  rows.forEach((row, r) => {
    taken[r] ??= []
    starts[r] = []
    let c = 0
    for (const cell of row.content ?? []) {
      while (taken[r][c]) c++
      const colspan = Math.max(1, Number(cell.attrs?.colspan ?? 1) || 1)
      const rowspan = Math.max(1, Number(cell.attrs?.rowspan ?? 1) || 1)
      starts[r].push(c)
      for (let dr = 0; dr < rowspan && r + dr < rows.length; dr++) {
        taken[r + dr] ??= []
        for (let dc = 0; dc < colspan; dc++) taken[r + dr][c + dc] = true
      }
      c += colspan
      columns = Math.max(columns, c)
    }
    columns = Math.max(columns, taken[r].length)
  })
  return { starts, columns }
}

function table(node: RichNode, lists: ListAllocator, place: Place, options: RichTextOptions): Table | null {
  const look = options.look ?? neutralLook
  const rows = (node.content ?? []).filter((r) => r.type === 'tableRow' && (r.content ?? []).length > 0)
  if (rows.length === 0) return null
  const { starts, columns } = layoutGrid(rows)
  // The editor's column widths (pixels) where it has them, as weights; otherwise equal columns.
  const weights: number[] = Array.from({ length: columns }, () => 0)
  rows.forEach((row, r) =>
    (row.content ?? []).forEach((cell, i) => {
      const widths = cell.attrs?.colwidth
      if (!Array.isArray(widths)) return
      widths.forEach((w, k) => {
        if (typeof w === 'number' && w > 0 && weights[starts[r][i] + k] === 0) weights[starts[r][i] + k] = w
      })
    }),
  )
  const known = weights.filter((w) => w > 0)
  const fallback = known.length > 0 ? known.reduce((a, b) => a + b, 0) / known.length : 1
  const grid = columnWidths(
    weights.map((w) => (w > 0 ? w : fallback)),
    place.width,
  )
  const headerRow = (rows[0].content ?? []).every((c) => c.type === 'tableHeader')
  return new Table({
    width: { size: grid.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: grid,
    layout: TableLayoutType.FIXED,
    borders: tableBorders(look),
    rows: rows.map(
      (row, r) =>
        new TableRow({
          cantSplit: true,
          ...(r === 0 && headerRow ? { tableHeader: true } : {}),
          children: (row.content ?? []).map((cell, i) => {
            const colspan = Math.max(1, Number(cell.attrs?.colspan ?? 1) || 1)
            const rowspan = Math.max(1, Number(cell.attrs?.rowspan ?? 1) || 1)
            const first = starts[r][i]
            const width = grid.slice(first, first + colspan).reduce((a, b) => a + b, 0)
            const header = cell.type === 'tableHeader'
            const inner: Place = { listLevel: -1, inCell: true, inQuote: false, bold: header, width: width - 200 }
            const content = blocks(cell.content ?? [], lists, inner, options)
            return new TableCell({
              width: { size: width, type: WidthType.DXA },
              margins: cellMargins,
              ...(colspan > 1 ? { columnSpan: colspan } : {}),
              ...(rowspan > 1 ? { rowSpan: rowspan } : {}),
              ...(header ? { shading: headerCellShading(look) } : {}),
              // Word cannot open a cell without a paragraph; a table must not end a cell either.
              children: content.length === 0 ? [new Paragraph({ style: tableTextStyle, children: [] })] : content,
            })
          }),
        }),
    ),
  })
}

function blocks(nodes: readonly RichNode[], lists: ListAllocator, place: Place, options: RichTextOptions): Block[] {
  const out: Block[] = []
  for (const node of nodes) {
    switch (node.type) {
      case 'paragraph':
        // Empty paragraphs are the writer's spacing; the styles give the space, so they go.
        if (!isEmptyParagraph(node)) out.push(paragraphOf(node, place))
        break
      case 'heading': {
        if (isEmptyParagraph(node)) break
        if (place.inCell || place.listLevel >= 0) {
          // A heading in a cell or list item stays where it is, as bold text.
          out.push(paragraphOf(node, { ...place, bold: true }))
          break
        }
        const level = Number(node.attrs?.level ?? 1) + (options.headingOffset ?? 0)
        const index = Math.max(1, Math.min(headingStyles.length, Number.isFinite(level) ? level : 1)) - 1
        out.push(new Paragraph({ heading: headingStyles[index], children: inlines(node.content, place) }))
        break
      }
      case 'bulletList':
      case 'orderedList':
        out.push(...list(node, lists, place, options))
        break
      case 'table': {
        const t = table(node, lists, place, options)
        if (t) out.push(t, tableGap())
        break
      }
      case 'blockquote':
        out.push(...blocks(node.content ?? [], lists, { ...place, inQuote: true }, options))
        break
      case 'horizontalRule':
        out.push(
          new Paragraph({
            children: [],
            border: {
              bottom: { style: BorderStyle.SINGLE, size: 4, color: (options.look ?? neutralLook).line, space: 1 },
            },
          }),
        )
        break
      case 'text':
      case 'hardBreak':
        // Inline content straight in a block: keep its text as a paragraph of its own.
        out.push(
          new Paragraph({ children: inlines([node], place), ...(place.inCell ? { style: tableTextStyle } : {}) }),
        )
        break
      default:
        // A node this mapping does not know (codeBlock, a future extension): keep its text.
        if ((node.content ?? []).some((n) => n.type === 'text' || n.type === 'hardBreak')) {
          if (!isEmptyParagraph(node)) out.push(paragraphOf(node, place))
        } else {
          out.push(...blocks(node.content ?? [], lists, place, options))
        }
    }
  }
  return out
}

/** The rich text as Word blocks. An empty document gives nothing: the caller says what an empty section shows. */
export function richTextToDocx(
  doc: RichDoc,
  lists: ListAllocator,
  options: RichTextOptions = {},
): (Paragraph | Table)[] {
  const place: Place = {
    listLevel: -1,
    inCell: false,
    inQuote: false,
    bold: false,
    width: textWidth(options.orientation),
  }
  return blocks(doc.content ?? [], lists, place, options)
}
