import type { Kysely } from 'kysely'
import type { PlanMatrix, XlsxImportResult } from '../../shared/action-plan'
import type { ExportedFile } from '../../shared/cycle'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import { loadMatrix } from '../db/repositories/plan-matrix'
import * as plans from '../db/repositories/plans'
import type { Database } from '../db/schema'
import { fileNameFrom } from '../documents/kit'
import { overviewPng, overviewSvg } from '../plans/overview-png'
import { buildStatusWorkbook } from '../plans/xlsx-export'
import { analyseStatusFile, readStatusFile, refuse, type Writes } from '../plans/xlsx-import'
import type { InputBody } from '../plans/xlsx-layout'
import { inTransaction, stamp, today, type HandlersOf } from './handler'

/**
 * The action plan out of the app and back: the status sheet for the regions (.xlsx), its
 * import with a preview of every change, and the overview picture for slides. The Word report
 * (vedlegg 1) is a document kind of `documents.make`.
 */

type Exported = 'plans.exportXlsx' | 'plans.previewXlsx' | 'plans.importXlsx' | 'plans.exportOverviewPng'

const x = nb.planText.excel
const xlsxMime = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The regional bodies (RS): each gets an input column. */
async function regionalBodies(db: Kysely<Database>): Promise<InputBody[]> {
  const rows = await db
    .selectFrom('body')
    .select(['id', 'short_code', 'name'])
    .where('level', '=', 'regionalt')
    .orderBy('short_code')
    .execute()
  return rows.map((b) => ({ id: b.id, shortCode: b.short_code, name: b.name }))
}

async function allBodies(db: Kysely<Database>): Promise<Map<number, InputBody>> {
  const rows = await db.selectFrom('body').select(['id', 'short_code', 'name']).execute()
  return new Map(rows.map((b) => [b.id, { id: b.id, shortCode: b.short_code, name: b.name }]))
}

/** A file name every archive share accepts, cleaned like the Word documents' names: "SSU 2025 … .xlsx". */
const cleanName = (name: string) => {
  const extension = /\.(xlsx|png)$/i.exec(name)?.[0] ?? ''
  return fileNameFrom('{tittel}', { tittel: name.slice(0, name.length - extension.length) }, extension)
}

async function exportXlsx(db: Kysely<Database>, matrix: PlanMatrix, on: string): Promise<ExportedFile> {
  const review = matrix.reviews.find((r) => r.id === matrix.reviewId)
  if (!review) throw refuse(x.refusals.noReview)
  const bytes = await buildStatusWorkbook({ matrix, review, bodies: await regionalBodies(db), today: on })
  const name = format(x.fileName, { code: matrix.plan.ownerBodyShortCode, year: review.date.slice(0, 4) })
  return { fileName: cleanName(name), mimeType: xlsxMime, content: bytes.toString('base64'), encoding: 'base64' }
}

/** Writes what the sheet changes; runs inside the import's transaction. */
async function apply(
  db: Kysely<Database>,
  writes: Writes,
  planId: number,
  reviewId: number,
  on: string,
  now: string,
): Promise<void> {
  for (const s of writes.statuses) {
    await plans.setStatus(db, { reviewId, nodeId: s.nodeId, status: s.status, comment: s.comment }, now)
  }
  for (const input of writes.inputs) {
    // One cell holds a body's input on a node; several entries become the one text the cell showed.
    const [keep, ...rest] = input.existing
    for (const entry of rest) await plans.deleteInput(db, entry.id)
    if (input.text === '') {
      if (keep) await plans.deleteInput(db, keep.id)
      continue
    }
    await plans.saveInput(
      db,
      {
        ...(keep ? { id: keep.id } : {}),
        planId,
        nodeId: input.nodeId,
        reviewId,
        fromBodyId: input.bodyId,
        personId: keep?.personId ?? null,
        givenOn: on,
        text: input.text,
      },
      now,
    )
  }
}

export const planExportHandlers: Pick<HandlersOf<'plans'>, Exported> = {
  'plans.exportXlsx': async (ctx, { planId, reviewId }) =>
    exportXlsx(ctx.db, await loadMatrix(ctx.db, planId, reviewId), today(ctx)),

  'plans.previewXlsx': async (ctx, input) => {
    const parsed = await readStatusFile(Buffer.from(input.content, 'base64'), input.fileName)
    const matrix = await loadMatrix(ctx.db, input.planId, input.reviewId)
    return analyseStatusFile(parsed, matrix, await allBodies(ctx.db)).preview
  },

  'plans.importXlsx': async (ctx, input): Promise<XlsxImportResult> => {
    // Parsing is the slow part and needs no database: done before the transaction.
    const parsed = await readStatusFile(Buffer.from(input.content, 'base64'), input.fileName)
    return inTransaction(ctx, async (trx) => {
      const matrix = await loadMatrix(trx, input.planId, input.reviewId)
      const { preview, writes } = analyseStatusFile(parsed, matrix, await allBodies(trx))
      await apply(trx, writes, input.planId, input.reviewId, today(ctx), stamp(ctx))
      return { applied: preview.changes.length, preview }
    })
  },

  'plans.exportOverviewPng': async (ctx, { planId, reviewId }) => {
    const matrix = await loadMatrix(ctx.db, planId, reviewId)
    const review = matrix.reviews.find((r) => r.id === matrix.reviewId)
    const name = format(nb.planText.overview.fileName, {
      code: matrix.plan.ownerBodyShortCode,
      date: review?.date ?? today(ctx),
    })
    const png = overviewPng(overviewSvg(matrix))
    return { fileName: cleanName(name), mimeType: 'image/png', content: png.toString('base64'), encoding: 'base64' }
  },
}
