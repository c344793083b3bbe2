import { formatDate } from '../../shared/dates'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import type { Context } from '../api/context'
import { caseDocumentFileName, caseDocumentSections, makeCaseDocument, type CaseDocumentModel } from './case-document'
import { buildDocument, listAllocator, neutralLook, sha256Json, type DocumentSection, type Look } from './kit'
import type { MadeSet } from './make'
import {
  makerOf,
  meetingFileName,
  meetingManifest,
  meetingMeta,
  planned,
  type Maker,
  type Planned,
} from './meeting-parts'
import { packageModel, type PackageModel } from './models'
import { noticeSections, planNotice, signatureOf } from './notice'

/**
 * The meeting package (møtepakke): one .docx with the notice and then every case document of the
 * agenda, each starting on a page of its own (a section each, so headers and footers stay the
 * same and each case's lists count from 1); beside it the notice and each case document as
 * separate files, in agenda order, and the cases' attachments.
 */

const s = nb.documents.package

/** The package's content: the notice's section, then one section per case document. Pure. */
export function packageSections(
  model: PackageModel,
  look: Look = neutralLook,
  signature: string[] = [],
): DocumentSection[] {
  // One allocator for the whole file: every list gets its own numbering instance, so none carries on.
  const lists = listAllocator()
  return [
    { children: noticeSections(model.notice, { look, signature, caseDocumentsFollow: true }) },
    ...model.cases.map((c) => ({ children: caseDocumentSections(c, lists, look) })),
  ]
}

/** The case document's file name, as `makeCaseDocument` names it, without making it. */
/** The case document as a planned file: named and fingerprinted now, made by `makeCaseDocument`. */
export function planCaseDocument(maker: Maker, model: CaseDocumentModel): Planned {
  return {
    fileName: caseDocumentFileName(maker.profile, model),
    fingerprint: sha256Json(model),
    make: () => makeCaseDocument(maker.ctx, model.caseId),
  }
}

export const packageTitle = (model: PackageModel) =>
  format(s.metaTitle, { code: model.notice.head.bodyShortCode, date: formatDate(model.notice.head.date) })

export interface PlannedPackage {
  title: string
  files: Planned[]
  attachments: MadeSet['attachments']
}

/** The whole package as planned files: the package itself first, then the notice and the case documents. */
export function planPackage(maker: Maker, model: PackageModel): PlannedPackage {
  const { head } = model.notice
  const name = packageTitle(model)
  const whole = planned(
    meetingFileName(maker.profile, head, s.fileWord),
    sha256Json(model),
    meetingManifest(maker, head, s.documentType, name),
    () =>
      buildDocument({
        profile: maker.profile,
        meta: {
          ...meetingMeta(maker, head, s.documentType, name),
          description: format(s.description, {
            count: model.cases.length,
            body: head.bodyName,
            date: formatDate(head.date),
          }),
        },
        sections: packageSections(model, maker.look, signatureOf(maker)),
      }),
  )
  const cases = model.cases.map((c) => planCaseDocument(maker, c))
  return {
    title: name,
    files: [whole, planNotice(maker, model.notice), ...cases],
    attachments: model.cases.flatMap((c, i) =>
      c.attachments.map((a) => ({
        fileName: a.fileName,
        sha256: a.sha256,
        title: a.title,
        caseFileName: cases[i].fileName,
      })),
    ),
  }
}

/** The package and its separate files, made. */
export async function makeMeetingPackage(ctx: Context, meetingId: number): Promise<MadeSet> {
  const maker = await makerOf(ctx)
  const model = await packageModel(ctx.db, meetingId)
  const plan = planPackage(maker, model)
  const files = []
  for (const file of plan.files) files.push(await file.make())
  return { bodyId: model.notice.head.bodyId, title: plan.title, files, attachments: plan.attachments }
}
