import type { FileChild, ParagraphChild } from 'docx'
import type { Kysely } from 'kysely'
import type { Context } from '../api/context'
import { getCaseDetail } from '../db/repositories/cases'
import { getSetting } from '../db/repositories/settings'
import type { Database } from '../db/schema'
import type { OrganisationProfile } from '../../shared/documents'
import { caseSectionKeys, type CaseKind, type CaseSectionKey } from '../../shared/cases'
import { formatDate, localIsoDate } from '../../shared/dates'
import type { RichDoc } from '../../shared/rich-text'
import { isEmptyDoc } from '../../shared/rich-text'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import {
  buildDocument,
  decisionBlocks,
  fileNameFrom,
  heading,
  keyValueTable,
  listAllocator,
  lookOf,
  neutralLook,
  numberedList,
  packDocx,
  richTextToDocx,
  run,
  sha256Json,
  tableGap,
  title,
  type ListAllocator,
  type Look,
} from './kit'
import type { MadeDocument } from './make'
import { loadProfile } from './profile'

/**
 * The case document (saksfremlegg), as seeds 000 and 001 lay it out: title, a header block
 * (body, meeting, number, case officer, type, archive reference), then background, facts, the
 * body's assessment, the proposed decision as a numbered list, and the numbered attachments.
 */

const s = nb.documents.caseDocument

/** Everything the document shows, and nothing else: its fingerprint is the hash of this. */
export interface CaseDocumentModel {
  caseId: number
  title: string
  kind: CaseKind
  body: { name: string; shortCode: string }
  /** ISO date of the latest meeting the case is on, or null. */
  meetingDate: string | null
  /** "OSS-sak 09/2026"; provisional until the notice is sent (`numberFixed`). */
  numberLabel: string | null
  numberFixed: boolean
  /** The number's parts, for file names and the manifest: sequence 9, year 2026. */
  sequence: number | null
  year: number | null
  officer: string | null
  archiveRef: string
  assessmentTitle: string
  sections: Record<CaseSectionKey, RichDoc>
  attachments: { title: string; fileName: string; sha256: string }[]
  /** The bodies the matter has been through, in order, this case included; one entry when it has not travelled. */
  matter: { bodyShortCode: string; bodyName: string; numberLabel: string | null; meetingDate: string | null }[]
}

/** The sequence and year in a label made from `labelFormat` ("OSS-sak {nr}/{år}"). */
export function numberParts(labelFormat: string, label: string): { sequence: number; year: number } | null {
  const escaped = labelFormat.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const pattern = escaped.replace('\\{nr\\}', '(?<nr>\\d+)').replace('\\{år\\}', '(?<year>\\d{4})')
  const m = new RegExp(`^${pattern}$`).exec(label)
  if (!m?.groups) return null
  return { sequence: Number(m.groups.nr), year: Number(m.groups.year) }
}

export async function caseDocumentModel(db: Kysely<Database>, caseId: number): Promise<CaseDocumentModel> {
  const detail = await getCaseDetail(db, caseId)
  const { summary } = detail
  const body = await db
    .selectFrom('body')
    .select(['name', 'short_code', 'case_label_format'])
    .where('id', '=', summary.bodyId)
    .executeTakeFirstOrThrow()
  const handling = summary.handling
  const numberLabel = handling?.numberLabel ?? null
  const parts = numberLabel ? numberParts(body.case_label_format, numberLabel) : null
  return {
    caseId,
    title: summary.title,
    kind: summary.kind,
    body: { name: body.name, shortCode: body.short_code },
    meetingDate: handling?.meetingDate ?? null,
    numberLabel,
    numberFixed: handling?.numberFixed ?? false,
    sequence: parts?.sequence ?? null,
    year: parts?.year ?? null,
    officer: summary.officerName,
    archiveRef: summary.archiveRef,
    assessmentTitle: detail.assessmentTitle,
    sections: Object.fromEntries(caseSectionKeys.map((k) => [k, detail.sections[k]])) as Record<
      CaseSectionKey,
      RichDoc
    >,
    attachments: detail.attachments.map((a) => ({ title: a.title, fileName: a.fileName, sha256: a.sha256 })),
    matter: detail.matter.map((m) => ({
      bodyShortCode: m.bodyShortCode,
      bodyName: m.bodyName,
      numberLabel: m.numberLabel,
      meetingDate: m.meetingDate,
    })),
  }
}

// ---- the document's content (pure) ------------------------------------------------------------

const lines = (texts: string[]): ParagraphChild[] => texts.map((t, i) => run(t, { breakBefore: i > 0 }))

function headerRows(model: CaseDocumentModel): [string, string | ParagraphChild[]][] {
  const h = s.header
  const number = model.numberLabel
    ? model.numberFixed
      ? model.numberLabel
      : format(s.provisional, { label: model.numberLabel })
    : s.noNumber
  const rows: [string, string | ParagraphChild[]][] = [
    [h.body, `${model.body.name} (${model.body.shortCode})`],
    [h.meetingDate, model.meetingDate ? formatDate(model.meetingDate) : s.noMeeting],
    [h.caseNumber, number],
    [h.officer, model.officer ?? s.noOfficer],
    [h.kind, nb.cases.kind[model.kind]],
  ]
  if (model.archiveRef.trim() !== '') rows.push([h.archiveRef, model.archiveRef])
  // A matter that came from another body shows its way here, each body's number with it.
  if (model.matter.length > 1) {
    rows.push([
      s.matter,
      lines(
        model.matter.map((m) =>
          [m.numberLabel ?? m.bodyShortCode, m.bodyName, m.meetingDate ? formatDate(m.meetingDate) : '']
            .filter((v) => v !== '')
            .join(' – '),
        ),
      ),
    ])
  }
  return rows
}

/** The document's body: pure, from the model alone. */
export function caseDocumentSections(
  model: CaseDocumentModel,
  lists: ListAllocator,
  look: Look = neutralLook,
): FileChild[] {
  const section = (text: string, doc: RichDoc): FileChild[] =>
    isEmptyDoc(doc) ? [] : [heading(1, text), ...richTextToDocx(doc, lists, { headingOffset: 1, look })]
  const out: FileChild[] = [title(model.title), keyValueTable(headerRows(model), { look }), tableGap()]
  out.push(...section(nb.cases.section.background, model.sections.background))
  out.push(...section(nb.cases.section.facts, model.sections.facts))
  out.push(...section(model.assessmentTitle || nb.cases.section.assessment, model.sections.assessment))
  out.push(
    heading(1, nb.cases.section.proposal),
    ...decisionBlocks(model.sections.proposal, lists, { look, headingOffset: 1, empty: s.noProposal }),
  )
  if (model.attachments.length > 0) {
    out.push(
      heading(1, nb.cases.section.attachments),
      ...numberedList(
        model.attachments.map((a) => a.title || a.fileName),
        lists,
      ),
    )
  }
  return out
}

// ---- the file ---------------------------------------------------------------------------------

const two = (n: number) => String(n).padStart(2, '0')

/** The file's name by the profile's pattern: "OSS 09-2026 Handlingsplan - saksfremlegg.docx". */
export function caseDocumentFileName(profile: OrganisationProfile, model: CaseDocumentModel): string {
  return fileNameFrom(profile.fileNamePattern, {
    utvalg: model.body.shortCode,
    nr: model.sequence !== null ? two(model.sequence) : '',
    år: model.year !== null ? String(model.year) : '',
    tittel: model.title,
    dokument: s.fileWord,
    dato: model.meetingDate ?? '',
  })
}

export async function makeCaseDocument(ctx: Context, caseId: number): Promise<MadeDocument> {
  const model = await caseDocumentModel(ctx.db, caseId)
  const profile = await loadProfile(ctx.db, (await getSetting(ctx.db, 'workspace.name')) ?? '')
  const look = lookOf(profile)
  const kindLabel = nb.cases.kind[model.kind]
  const officer = model.officer ?? s.noOfficer
  const fixedNumber = model.numberFixed ? model.numberLabel : null
  const document = buildDocument({
    profile,
    meta: {
      title: model.title,
      subject: format(model.meetingDate ? s.subjectMeeting : s.subject, {
        documentType: s.documentType,
        body: model.body.name,
        date: model.meetingDate ? formatDate(model.meetingDate) : '',
      }),
      keywords: [s.documentType, model.body.shortCode, kindLabel, ...(model.numberLabel ? [model.numberLabel] : [])],
      reference: model.numberLabel ?? `${model.body.shortCode} · ${s.documentType}`,
      documentType: s.documentType,
      body: model.body.name,
      meetingDate: model.meetingDate,
      caseNumber: fixedNumber,
      created: ctx.now(),
      description: format(s.description, { kind: kindLabel, officer }),
    },
    sections: [{ children: caseDocumentSections(model, listAllocator(), look) }],
  })
  const bytes = await packDocx(document)
  return {
    fileName: caseDocumentFileName(profile, model),
    bytes,
    manifest: {
      tittel: model.title,
      dokumenttype: s.documentType,
      dokumentdato: localIsoDate(ctx.now()),
      utvalg: model.body.name,
      møtedato: model.meetingDate ?? '',
      møtesaksnummer: fixedNumber && model.sequence !== null ? `${model.year}/${two(model.sequence)}` : '',
      saksbehandler: model.officer ?? '',
    },
    fingerprint: sha256Json(model),
  }
}
