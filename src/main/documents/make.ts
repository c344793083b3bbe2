import type { Context } from '../api/context'
import type { DocumentRequest, ManifestEntry } from '../../shared/documents'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import { AppError } from '../errors'
import { caseDocumentModel } from './case-document'
import { followUpsTitle, planFollowUps } from './follow-up-list'
import { planCaseDocument, planPackage } from './meeting-package'
import { makerOf, type Planned } from './meeting-parts'
import { minutesTitle, planMinutes } from './minutes'
import { followUpsModel, minutesModel, noticeModel, packageModel, yearlyPlanModel } from './models'
import { noticeTitle, planNotice } from './notice'
import { participantsTitle, planParticipants } from './participant-list'
import { participantsModel } from './participants-model'
import { planYearlyPlan, yearlyPlanTitle } from './yearly-plan'
import { actionPlanTitle, planActionPlan } from './action-plan'
import { actionPlanModel } from './action-plan-model'

/** One .docx made from the workspace, with what the archive manifest says about it. */
export interface MadeDocument {
  fileName: string
  bytes: Buffer
  manifest: Omit<ManifestEntry, 'filnavn' | 'sjekksum'>
  /** SHA-256 of the data the document was made from: a later change to that data changes it. */
  fingerprint: string
}

export interface MadeSet {
  /** The body whose archive folder it goes to; null for documents across bodies. */
  bodyId: number | null
  title: string
  /** The main document first (for a package: the whole package), then the separate files. */
  files: MadeDocument[]
  /** Case attachments that go with a package, in agenda order, each with the file name of its case's document. */
  attachments: { fileName: string; sha256: string; title: string; caseFileName: string }[]
}

/** What a request would make, named and fingerprinted, before anything is built or packed. */
interface PlannedSet {
  bodyId: number | null
  title: string
  files: Planned[]
  attachments: MadeSet['attachments']
}

/** The request's `id`, which the contract requires for every kind but the plan and the follow-up list. */
function idOf(request: DocumentRequest): number {
  if (request.id === null) {
    throw new AppError({
      code: 'validation',
      message: format(nb.validation.required, { field: nb.fields.id }),
      field: 'id',
    })
  }
  return request.id
}

async function plan(ctx: Context, request: DocumentRequest): Promise<PlannedSet> {
  const maker = await makerOf(ctx)
  const db = ctx.db
  switch (request.kind) {
    case 'notice': {
      const model = await noticeModel(db, idOf(request))
      return {
        bodyId: model.head.bodyId,
        title: noticeTitle(model),
        files: [planNotice(maker, model)],
        attachments: [],
      }
    }
    case 'caseDocument': {
      const model = await caseDocumentModel(db, idOf(request))
      const { bodyId } = await db
        .selectFrom('case_item')
        .select('body_id as bodyId')
        .where('id', '=', model.caseId)
        .executeTakeFirstOrThrow()
      return { bodyId, title: model.title, files: [planCaseDocument(maker, model)], attachments: [] }
    }
    case 'package': {
      const model = await packageModel(db, idOf(request))
      const planned = planPackage(maker, model)
      return { bodyId: model.notice.head.bodyId, ...planned }
    }
    case 'minutes': {
      const model = await minutesModel(db, idOf(request))
      return {
        bodyId: model.head.bodyId,
        title: minutesTitle(model),
        files: [planMinutes(maker, model)],
        attachments: [],
      }
    }
    case 'yearlyPlan': {
      const year = request.year ?? Number(maker.today.slice(0, 4))
      const model = await yearlyPlanModel(db, year, request.id, maker.today)
      return {
        bodyId: request.id,
        title: yearlyPlanTitle(model),
        files: [planYearlyPlan(maker, model)],
        attachments: [],
      }
    }
    case 'participants': {
      const model = await participantsModel(db, idOf(request), request.groupBy ?? 'organisation', maker.today)
      return {
        bodyId: model.head.bodyId,
        title: participantsTitle(model),
        files: [planParticipants(maker, model)],
        attachments: [],
      }
    }
    case 'followUps': {
      const model = await followUpsModel(db, request.id, maker.today)
      return { bodyId: request.id, title: followUpsTitle(model), files: [planFollowUps(maker, model)], attachments: [] }
    }
    case 'actionPlan': {
      // Filed with the plan's owner body, which takes the review case it is vedlegg 1 to.
      const model = await actionPlanModel(db, idOf(request), request.reviewId ?? null)
      return {
        bodyId: model.matrix.plan.ownerBodyId,
        title: actionPlanTitle(model),
        files: [planActionPlan(maker, model)],
        attachments: [],
      }
    }
  }
}

/** Makes the document(s) asked for from the workspace as it is now. */
export async function makeDocuments(ctx: Context, request: DocumentRequest): Promise<MadeSet> {
  const planned = await plan(ctx, request)
  const files: MadeDocument[] = []
  // One after another: packing is CPU work, and in parallel the files would only wait for each other.
  for (const file of planned.files) files.push(await file.make())
  return { bodyId: planned.bodyId, title: planned.title, files, attachments: planned.attachments }
}

/**
 * Only the main document (for a package: the one file with everything): what a download needs.
 * Makes a package's separate files not at all, which for 15 cases is most of the work.
 */
export async function makeMainDocument(ctx: Context, request: DocumentRequest): Promise<MadeDocument> {
  const [main] = (await plan(ctx, request)).files
  return main.make()
}

/**
 * File name -> fingerprint of what the request would make now, without building or packing a
 * document: the archive's log asks this of every filing to tell which have changed since.
 */
export async function fingerprintOf(ctx: Context, request: DocumentRequest): Promise<Map<string, string>> {
  const planned = await plan(ctx, request)
  return new Map(planned.files.map((f) => [f.fileName, f.fingerprint]))
}
