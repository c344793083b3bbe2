import type { FileChild, ParagraphChild } from 'docx'
import { formatDate } from '../../shared/dates'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import type { Context } from '../api/context'
import { dataTable, heading, keyValueTable, neutralLook, note, paragraph, run, tableGap, title, type Look } from './kit'
import type { MadeDocument } from './make'
import { addMinutes, makerOf, meetingRows, planMeetingDocument, type Maker, type Planned } from './meeting-parts'
import { noticeModel, type AgendaLine, type NoticeModel } from './models'

/**
 * The notice of meeting with its agenda (møteinnkalling med saksliste): the meeting's header
 * block, the agenda (or a programme's timetable), who is invited with their deputies, and how to
 * report an apology.
 */

const s = nb.documents.notice
const none = nb.documents.common.none

/** "Felles nettside – Trukket": the item's title with what has happened to it, in words. */
function titleCell(item: AgendaLine): ParagraphChild[] {
  const marks: string[] = []
  if (item.withdrawn) marks.push(s.withdrawn)
  else if (item.postponed) marks.push(s.postponed)
  if (item.late) marks.push(s.late)
  return [run(item.title), ...marks.map((m) => run(` – ${m}`, { bold: true }))]
}

/**
 * The number column as wide as the longest number ("SR-EK-sak 10/2026" must not wrap), the type
 * column as wide as "Orienteringssak"; the title takes the rest. Weights are in centimetres.
 */
const numberWidth = (items: readonly AgendaLine[]) =>
  Math.max(1.4, 0.19 * Math.max(0, ...items.map((i) => (i.numberLabel ?? '').length)) + 0.5)

function agendaTable(items: readonly AgendaLine[], look: Look) {
  const c = s.agendaColumns
  const number = numberWidth(items)
  return dataTable(
    [
      { title: c.number, weight: number },
      { title: c.title, weight: Math.max(5, 16 - number - 2.8 - 3) },
      { title: c.kind, weight: 2.8 },
      { title: c.officer, weight: 3 },
    ],
    items.map((i) => [i.numberLabel ?? '', titleCell(i), i.kindLabel, i.officer ?? '']),
    { look },
  )
}

/** Times from the meeting's start and the durations: "09:00–09:20"; just the start where there is no duration. */
const timeOf = (item: AgendaLine) =>
  item.startTime === null
    ? ''
    : item.durationMinutes
      ? `${item.startTime}–${addMinutes(item.startTime, item.durationMinutes)}`
      : item.startTime

function programmeTable(items: readonly AgendaLine[], look: Look) {
  const c = s.programmeColumns
  return dataTable(
    [
      { title: c.time, weight: 2.4 },
      { title: c.title, weight: 7 },
      { title: c.speaker, weight: 4 },
      { title: c.kind, weight: 2.6 },
    ],
    items.map((i) => [timeOf(i), titleCell(i), i.speaker, i.kindLabel]),
    { look },
  )
}

export interface NoticeOptions {
  look?: Look
  /** Who signs: the secretariat and the organisation. */
  signature?: string[]
  /** In the meeting package, the case documents follow the notice. */
  caseDocumentsFollow?: boolean
}

/** The notice's content: pure, from the model alone. */
export function noticeSections(model: NoticeModel, options: NoticeOptions = {}): FileChild[] {
  const look = options.look ?? neutralLook
  const { head } = model
  const out: FileChild[] = [
    title(format(s.title, { body: head.bodyName })),
    keyValueTable(meetingRows(head), { look }),
    tableGap(),
  ]

  // The agenda first: it is what the reader looks for, and in the package it is the table of contents.
  out.push(heading(1, head.programme ? s.programme : s.agenda))
  if (model.items.length === 0) {
    out.push(note(s.notReady))
  } else {
    // A programme shows no numbers, so there is nothing provisional to say about them.
    if (!head.programme && !model.frozen && model.items.some((i) => i.numberLabel !== null)) {
      out.push(note(s.provisional))
    }
    out.push(head.programme ? programmeTable(model.items, look) : agendaTable(model.items, look), tableGap())
  }

  out.push(heading(1, s.invited))
  if (model.invitees.length === 0) {
    out.push(note(s.noInvitees))
  } else {
    const c = s.invitedColumns
    out.push(
      dataTable(
        [
          { title: c.name, weight: 2 },
          { title: c.role, weight: 4.6 },
          { title: c.deputy, weight: 2 },
        ],
        model.invitees.map((i) => [i.name, i.role, i.deputy ?? none]),
        { look },
      ),
      tableGap(),
    )
  }

  out.push(paragraph(s.apologies))
  if (options.caseDocumentsFollow && model.items.some((i) => i.caseId !== null)) out.push(paragraph(s.caseDocuments))
  if (options.signature && options.signature.length > 0) {
    out.push(
      paragraph(nb.documents.common.greeting, { spaceAfter: 0, keepNext: true }),
      paragraph(options.signature.map((line, i) => run(line, { breakBefore: i > 0 }))),
    )
  }
  return out
}

/** The secretariat signs the notice: "Sekretariatet", then the organisation. */
export const signatureOf = (maker: Maker) =>
  [maker.profile.author, maker.profile.name].filter((l, i, all) => l.trim() !== '' && all.indexOf(l) === i)

export const noticeTitle = (model: NoticeModel) =>
  format(s.metaTitle, { code: model.head.bodyShortCode, date: formatDate(model.head.date) })

export function planNotice(maker: Maker, model: NoticeModel): Planned {
  return planMeetingDocument(maker, model.head, s, noticeTitle(model), model, () =>
    noticeSections(model, { look: maker.look, signature: signatureOf(maker) }),
  )
}

export async function makeNotice(ctx: Context, meetingId: number): Promise<MadeDocument> {
  const maker = await makerOf(ctx)
  return planNotice(maker, await noticeModel(ctx.db, meetingId)).make()
}
