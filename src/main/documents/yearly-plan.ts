import { AlignmentType, ImageRun, Paragraph, type FileChild } from 'docx'
import { formatDate } from '../../shared/dates'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import type { Context } from '../api/context'
import { exportWheel } from '../cycle/wheel-export'
import {
  buildDocument,
  dataTable,
  fileNameFrom,
  heading,
  neutralLook,
  note,
  pageBreak,
  paragraph,
  sha256Json,
  tableGap,
  title,
  type DocumentSection,
  type Look,
} from './kit'
import type { MadeDocument } from './make'
import { makerOf, planned, weekdayDate, type Maker, type Planned, bodyManifest } from './meeting-parts'
import { yearlyPlanModel, type PlannedMeeting, type YearlyPlanModel } from './models'

/**
 * The year plan (årshjul): a landscape page with the wheel as a picture, then the year's
 * meetings per body with the deadlines each meeting brings (case deadline, notice, minutes).
 */

const s = nb.documents.yearlyPlan

/** Width and height of a PNG, from its header. */
function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) }
}

/**
 * The wheel's height on the page, in pixels at 96 dpi (docx's unit): 13.8 cm, what a landscape
 * page holds under the title with room to spare for Word's own line heights (at 14.8 cm
 * LibreOffice pushes the picture to page 2).
 */
const wheelHeight = 520

export const wheelAltText = (model: YearlyPlanModel) =>
  format(s.wheelAlt, {
    year: model.year,
    rings: model.wheel.rings.length === 0 ? s.noRings : model.wheel.rings.map((r) => r.label).join(', '),
  })

function wheelImage(model: YearlyPlanModel, png: Buffer): Paragraph {
  const { width, height } = pngSize(png)
  const scale = wheelHeight / Math.max(1, height)
  const alt = wheelAltText(model)
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 0, after: 0 },
    children: [
      new ImageRun({
        type: 'png',
        data: png,
        transformation: { width: Math.round(width * scale), height: wheelHeight },
        altText: { name: s.documentType, title: s.documentType, description: alt },
      }),
    ],
  })
}

const dateOrNone = (iso: string | null) => (iso ? formatDate(iso) : nb.documents.common.none)

function meetingsTable(meetings: readonly PlannedMeeting[], look: Look) {
  const c = s.columns
  return dataTable(
    [
      { title: c.date, weight: 2 },
      { title: c.time, weight: 1.45 },
      { title: c.meeting, weight: 1.2 },
      { title: c.place, weight: 3 },
      { title: c.caseDeadline, weight: 1.3 },
      { title: c.notice, weight: 1.3 },
      { title: c.minutes, weight: 1.3 },
    ],
    meetings.map((m) => [
      weekdayDate(m.date),
      `${m.startTime}–${m.endTime}`,
      m.number,
      m.place,
      dateOrNone(m.caseDeadline),
      dateOrNone(m.notice),
      dateOrNone(m.minutes),
    ]),
    { look, orientation: 'landscape' },
  )
}

export const yearlyPlanTitle = (model: YearlyPlanModel) =>
  model.body ? format(s.titleBody, { year: model.year, body: model.body.name }) : format(s.title, { year: model.year })

/** The plan's content: the wheel's page, then the meetings per body. Pure, given the wheel's picture. */
export function yearlyPlanSections(
  model: YearlyPlanModel,
  wheelPng: Buffer,
  look: Look = neutralLook,
): DocumentSection[] {
  const children: FileChild[] = [title(yearlyPlanTitle(model)), wheelImage(model, wheelPng), pageBreak()]
  children.push(heading(1, format(s.meetings, { year: model.year })), paragraph(s.intro))
  if (model.bodies.length === 0) children.push(note(format(s.none, { year: model.year })))
  for (const body of model.bodies) {
    children.push(heading(2, `${body.shortCode} – ${body.name}`), meetingsTable(body.meetings, look), tableGap())
  }
  return [{ orientation: 'landscape', children }]
}

/** The wheel's picture as the screen's export draws it. */
export const wheelPngOf = (model: YearlyPlanModel) => Buffer.from(exportWheel(model.wheel, 'png').content, 'base64')

/** What the plan is made from, without the day it is made (the wheel marks today; the data does not change with it). */
export const yearlyPlanFingerprint = (model: YearlyPlanModel) =>
  sha256Json({ ...model, today: undefined, wheel: { ...model.wheel, today: undefined } })

export function planYearlyPlan(maker: Maker, model: YearlyPlanModel): Planned {
  const name = yearlyPlanTitle(model)
  const code = model.body?.shortCode ?? ''
  return planned(
    fileNameFrom(maker.profile.fileNamePattern, {
      utvalg: code,
      år: String(model.year),
      tittel: s.fileTitle,
      dokument: s.fileWord,
    }),
    yearlyPlanFingerprint(model),
    bodyManifest(maker, name, s.documentType, model.body?.name ?? ''),
    () =>
      buildDocument({
        profile: maker.profile,
        meta: {
          title: name,
          subject: name,
          keywords: [s.documentType, String(model.year), ...(code ? [code] : [])],
          reference: [code, format(s.reference, { year: model.year })].filter(Boolean).join(' · '),
          documentType: s.documentType,
          body: model.body?.name ?? '',
          meetingDate: null,
          caseNumber: null,
          created: maker.ctx.now(),
        },
        sections: yearlyPlanSections(model, wheelPngOf(model), maker.look),
      }),
  )
}

export async function makeYearlyPlan(ctx: Context, year: number, bodyId: number | null): Promise<MadeDocument> {
  const maker = await makerOf(ctx)
  return planYearlyPlan(maker, await yearlyPlanModel(ctx.db, year, bodyId, maker.today)).make()
}
