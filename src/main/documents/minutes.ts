import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type FileChild,
  type IBorderOptions,
} from 'docx'
import { formatDate, localIsoDate } from '../../shared/dates'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import type { Context } from '../api/context'
import {
  columnWidths,
  dataTable,
  heading,
  keyValueTable,
  listAllocator,
  neutralLook,
  note,
  paragraph,
  run,
  tableGap,
  tableTextStyle,
  textWidth,
  title,
  type ListAllocator,
  type Look,
  decisionBlocks,
} from './kit'
import type { MadeDocument } from './make'
import { linesOf, makerOf, meetingRows, planMeetingDocument, type Maker, type Planned, type Row } from './meeting-parts'
import { minutesModel, type MinutesItem, type MinutesModel } from './models'

/**
 * The minutes (møteprotokoll): the meeting, who was there and who sent apologies, then per
 * agenda item who presented it, a summary, the decision under its own "Vedtak" heading, and the
 * follow-up actions; whether the minutes are approved; corrections made after approval; and
 * lines for the chair's and the secretary's signatures.
 */

const s = nb.documents.minutes

const names = (list: readonly string[]) => (list.length === 0 ? s.nobody : list.join(', '))

/** An approval time (an instant) as the local day it happened. */
const approvedDay = (at: string) => formatDate(localIsoDate(new Date(at)))

function headerRows(model: MinutesModel): Row[] {
  const rows = meetingRows(model.head)
  rows.push([s.present, names(model.present)], [s.absent, names(model.absent)])
  if (model.deputies.length > 0) rows.push([nb.invitationText.minutes.deputies, names(model.deputies)])
  if (model.unrecorded.length > 0) rows.push([s.unrecorded, names(model.unrecorded)])
  rows.push([s.status, model.approvedAt ? format(s.approved, { date: approvedDay(model.approvedAt) }) : s.notApproved])
  return rows
}

const itemHeading = (item: MinutesItem) => (item.numberLabel ? `${item.numberLabel} ${item.title}` : item.title)

function itemBlocks(item: MinutesItem, lists: ListAllocator, look: Look): FileChild[] {
  const out: FileChild[] = [heading(1, itemHeading(item))]
  if (item.late) out.push(note(s.late))
  if (item.presenter.trim() !== '') {
    out.push(paragraph([run(`${s.presenter}: `, { bold: true }), run(item.presenter)]))
  }
  out.push(...linesOf(item.summary).map((line) => paragraph(line)))
  if (item.withdrawn) return [...out, note(s.withdrawn)]
  if (item.postponed) {
    return [
      ...out,
      note(item.postponedTo ? format(s.postponedTo, { date: formatDate(item.postponedTo) }) : s.postponed),
    ]
  }
  const hasDecision = item.decision.content.length > 0
  // A standing item such as "Eventuelt" with nothing decided has no decision to mark.
  if (hasDecision || item.kind === 'case') {
    out.push(
      heading(2, s.decision),
      ...decisionBlocks(item.decision, lists, { look, headingOffset: 2, empty: s.noDecision }),
    )
  } else if (item.summary.trim() === '' && item.presenter.trim() === '' && item.followUps.length === 0) {
    out.push(note(s.nothingRecorded))
  }
  if (item.followUps.length > 0) {
    const c = s.followUpColumns
    out.push(
      heading(3, s.followUps),
      dataTable(
        [
          { title: c.what, weight: 4 },
          { title: c.responsible, weight: 2 },
          { title: c.due, weight: 1.3 },
        ],
        item.followUps.map((f) => [f.what, f.responsible, f.dueDate ? formatDate(f.dueDate) : s.noDue]),
        { look },
      ),
      tableGap(),
    )
  }
  return out
}

const nothing: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' }

/**
 * Two signature lines side by side, with room above to sign: a borderless table whose name
 * cells have a line on top. Rows are kept whole so the lines never part from their names.
 */
function signatureLines(look: Look): FileChild[] {
  const widths = columnWidths([1, 0.25, 1], textWidth())
  const line: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: look.muted }
  const cell = (index: number, text: string, top: IBorderOptions) =>
    new TableCell({
      width: { size: widths[index], type: WidthType.DXA },
      borders: { top, bottom: nothing, left: nothing, right: nothing },
      margins: { top: 60, left: 0, right: 0 },
      children: [new Paragraph({ style: tableTextStyle, children: text ? [run(text)] : [] })],
    })
  return [
    // The space to sign in, kept with the lines.
    new Paragraph({ spacing: { before: 720, after: 0, line: 960 }, keepNext: true, keepLines: true, children: [] }),
    new Table({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: {
        top: nothing,
        bottom: nothing,
        left: nothing,
        right: nothing,
        insideHorizontal: nothing,
        insideVertical: nothing,
      },
      rows: [
        new TableRow({
          cantSplit: true,
          children: [cell(0, s.chair, line), cell(1, '', nothing), cell(2, s.secretary, line)],
        }),
      ],
    }),
  ]
}

/** The minutes' content: pure, from the model alone. */
export function minutesSections(model: MinutesModel, lists: ListAllocator, look: Look = neutralLook): FileChild[] {
  const out: FileChild[] = [
    title(format(s.title, { body: model.head.bodyName })),
    keyValueTable(headerRows(model), { look }),
    tableGap(),
  ]
  if (model.items.length === 0) out.push(note(s.noItems))
  for (const item of model.items) out.push(...itemBlocks(item, lists, look))
  if (model.corrections.length > 0) {
    const c = s.correctionColumns
    out.push(
      heading(1, s.corrections),
      dataTable(
        [
          { title: c.item, weight: 3 },
          { title: c.reason, weight: 4 },
          { title: c.when, weight: 1.4 },
        ],
        model.corrections.map((k) => [k.itemTitle ?? s.wholeMinutes, k.reason, approvedDay(k.correctedAt)]),
        { look },
      ),
      tableGap(),
    )
  }
  out.push(...signatureLines(look))
  return out
}

export const minutesTitle = (model: MinutesModel) =>
  format(s.metaTitle, { code: model.head.bodyShortCode, date: formatDate(model.head.date) })

export function planMinutes(maker: Maker, model: MinutesModel): Planned {
  return planMeetingDocument(maker, model.head, s, minutesTitle(model), model, () =>
    minutesSections(model, listAllocator(), maker.look),
  )
}

export async function makeMinutes(ctx: Context, meetingId: number): Promise<MadeDocument> {
  const maker = await makerOf(ctx)
  return planMinutes(maker, await minutesModel(ctx.db, meetingId)).make()
}
