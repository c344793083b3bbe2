import type { FileChild, ParagraphChild } from 'docx'
import type { FocusAreaSummary, MatrixRow, PlanMatrix, Review, StatusCounts } from '../../shared/action-plan'
import { formatDate } from '../../shared/dates'
import { percentages, statusOrder, summarise, totalCounts, type StatusKey } from '../../shared/plan-summary'
import { nb } from '../../shared/strings/nb'
import { format, plural } from '../../shared/text'
import { cellFill, statusWord } from '../plans/status-look'
import {
  buildDocument,
  fileNameFrom,
  gridTable,
  heading,
  neutralLook,
  note,
  paragraph,
  run,
  sha256Json,
  tableGap,
  title,
  type GridCell,
  type GridRow,
  type Look,
} from './kit'
import { mixWithWhite } from './kit/look'
import { bodyManifest, planned, type Maker, type Planned } from './meeting-parts'

/**
 * The action plan's status report, "Vedlegg 1" to the case that reviews the plan (seed 001):
 * a landscape table of every focus area, goal and measure with the measure's status as a
 * coloured cell that also says the status in words, then the counts per focus area.
 */

const d = nb.documents.actionPlan
const w = nb.planText.word

export interface ActionPlanModel {
  matrix: PlanMatrix
  /** The owner body's full name, for the properties and the archive manifest. */
  ownerBodyName: string
}

export const reviewOf = (matrix: PlanMatrix): Review | null =>
  matrix.reviews.find((r) => r.id === matrix.reviewId) ?? null

export const actionPlanTitle = (model: ActionPlanModel) => format(d.title, { plan: model.matrix.plan.title })

// ---- the head: review, period, legend --------------------------------------------------------

function periodLine(model: ActionPlanModel): string {
  const { plan } = model.matrix
  const body = `${model.ownerBodyName} (${plan.ownerBodyShortCode})`
  return plan.periodFrom === plan.periodTo
    ? format(w.periodOneYear, { from: plan.periodFrom, body })
    : format(w.period, { from: plan.periodFrom, to: plan.periodTo, body })
}

const legendStatuses = ['red', 'yellow', 'green', 'dropped'] as const

/** One row of boxes: each box in its colour, saying the colour's name and the status it stands for. */
function legend(look: Look) {
  return gridTable(
    [{ title: w.legend, weight: 1.1 }, ...legendStatuses.map(() => ({ title: '', weight: 2 }))],
    [
      {
        cells: [
          { content: w.legend, bold: true },
          ...legendStatuses.map((status): GridCell => ({
            content: format(w.legendItem, { colour: w.colours[status], status: statusWord(status) }),
            fill: cellFill[status],
          })),
        ],
      },
    ],
    { look, orientation: 'landscape', noHeader: true },
  )
}

// ---- the matrix ------------------------------------------------------------------------------

const columns = [
  { title: w.columns.number, weight: 0.75 },
  { title: w.columns.text, weight: 4.2 },
  { title: w.columns.responsible, weight: 2.1 },
  { title: w.columns.timeFrame, weight: 1.2 },
  { title: w.columns.status, weight: 1.65 },
  { title: w.columns.comment, weight: 3.3 },
]

/** Text with line breaks as runs, one line each, so a comment's lines stay lines. */
function lines(text: string, format: { italic?: boolean; colour?: string } = {}): ParagraphChild[] {
  const parts = text.split(/\r?\n/)
  return parts.map((line, i) => run(line, { ...format, ...(i > 0 ? { breakBefore: true } : {}) }))
}

function goalRow(row: MatrixRow, look: Look): GridRow {
  const fill =
    row.level === 'focusArea' ? mixWithWhite(look.accent, 0.7) : row.level === 'mainGoal' ? look.tint : undefined
  const text = format(w.goal, { level: nb.planText.level[row.level], number: row.number, title: row.title })
  return {
    fill,
    bold: true,
    keepWithNext: true,
    cells: [row.number, { content: text, span: columns.length - 1 }],
  }
}

function measureRow(row: MatrixRow, hasReview: boolean, look: Look): GridRow {
  const responsible = row.responsibleLabel.trim()
  const status: GridCell =
    row.status === null
      ? { content: hasReview ? [run(statusWord(null), { italic: true, colour: look.muted })] : '' }
      : { content: statusWord(row.status), fill: cellFill[row.status] }
  return {
    cells: [
      row.number,
      lines(row.title),
      responsible === '' ? [run(w.noResponsible, { italic: true, colour: look.muted })] : responsible,
      row.timeFrame,
      status,
      lines(row.comment),
    ],
  }
}

function matrixTable(matrix: PlanMatrix, look: Look) {
  const hasReview = matrix.reviewId !== null
  return gridTable(
    columns,
    matrix.rows.map((row) => (row.level === 'measure' ? measureRow(row, hasReview, look) : goalRow(row, look))),
    { look, orientation: 'landscape' },
  )
}

// ---- the summary -----------------------------------------------------------------------------

const summaryStatuses: readonly StatusKey[] = statusOrder

function countCell(counts: StatusCounts, shares: Record<StatusKey, number>, key: StatusKey): GridCell {
  const count = counts[key]
  return {
    content: format(w.share, { count, percent: shares[key] }),
    alignment: 'right',
    ...(count > 0 && key !== 'none' ? { fill: cellFill[key] } : {}),
  }
}

function summaryTable(areas: readonly FocusAreaSummary[], look: Look) {
  // "Ingen status" only when some measure has none: a finished review then needs no empty column.
  const keys = summaryStatuses.filter((k) => k !== 'none' || areas.some((a) => a.counts.none > 0))
  const row = (label: string, counts: StatusCounts, bold: boolean): GridRow => {
    const shares = percentages(counts)
    return {
      bold,
      cells: [
        label,
        ...keys.map((k) => countCell(counts, shares, k)),
        { content: String(counts.total), alignment: 'right' },
      ],
    }
  }
  return gridTable(
    [
      { title: w.summaryColumns.area, weight: 4 },
      ...keys.map((k) => ({ title: statusWord(k === 'none' ? null : k), weight: 1.5, alignment: 'right' as const })),
      { title: w.summaryColumns.total, weight: 0.9, alignment: 'right' as const },
    ],
    [...areas.map((a) => row(`${a.number} ${a.title}`, a.counts, false)), row(w.total, totalCounts(areas), true)],
    { look, orientation: 'landscape' },
  )
}

// ---- the document ----------------------------------------------------------------------------

/** The report's content: pure, from the model alone. */
export function actionPlanSections(model: ActionPlanModel, look: Look = neutralLook): FileChild[] {
  const { matrix } = model
  const review = reviewOf(matrix)
  const out: FileChild[] = [title(actionPlanTitle(model))]
  out.push(
    review
      ? paragraph([run(format(w.review, { review: review.title, date: formatDate(review.date) }), { bold: true })])
      : note(w.noReview),
    paragraph(periodLine(model)),
    legend(look),
    tableGap(),
  )
  const areas = summarise(matrix.rows)
  const unassessed = areas.reduce((sum, a) => sum + a.counts.none, 0)
  if (review && unassessed > 0) out.push(note(plural(w, 'unassessed', unassessed)))
  if (matrix.rows.length === 0) {
    out.push(note(w.empty))
    return out
  }
  out.push(heading(1, w.matrix), matrixTable(matrix, look), tableGap())
  out.push(heading(1, w.summary), paragraph(w.summaryIntro), summaryTable(areas, look), tableGap())
  return out
}

/** "OSS 2025 Handlingsplan - vedlegg 1.docx": the year is the review's, or the plan's first. */
export function actionPlanFileName(maker: Maker, model: ActionPlanModel): string {
  const review = reviewOf(model.matrix)
  return fileNameFrom(maker.profile.fileNamePattern, {
    utvalg: model.matrix.plan.ownerBodyShortCode,
    år: review ? review.date.slice(0, 4) : String(model.matrix.plan.periodFrom),
    tittel: d.fileTitle,
    dokument: d.fileWord,
    dato: review?.date ?? '',
  })
}

export function planActionPlan(maker: Maker, model: ActionPlanModel): Planned {
  const name = actionPlanTitle(model)
  const { plan } = model.matrix
  const review = reviewOf(model.matrix)
  const reviewText = review ? format(w.review, { review: review.title, date: formatDate(review.date) }) : w.noReview
  return planned(
    actionPlanFileName(maker, model),
    sha256Json(model),
    bodyManifest(maker, name, d.documentType, model.ownerBodyName),
    () =>
      buildDocument({
        profile: maker.profile,
        meta: {
          title: name,
          subject: review ? `${name} – ${review.title}` : name,
          keywords: [d.documentType, plan.ownerBodyShortCode, ...(review ? [review.title] : [])],
          reference: [plan.ownerBodyShortCode, format(d.reference, { plan: plan.title })].join(' · '),
          documentType: d.documentType,
          body: model.ownerBodyName,
          meetingDate: null,
          caseNumber: null,
          created: maker.ctx.now(),
          description: format(d.description, { plan: plan.title, review: reviewText }),
        },
        sections: [{ orientation: 'landscape', children: actionPlanSections(model, maker.look) }],
      }),
  )
}
