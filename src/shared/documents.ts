import { z } from 'zod'
import { id, optionalId, optionalText, requiredText } from './schema-kit'

/**
 * Word documents and filing them in the archive: what leaves the secretariat is a .docx that
 * the archive system (Elements, Public 360, WebSak) imports from a folder, with a manifest.
 */

/** The largest logo a profile takes; checked in the renderer before sending, and in main. */
export const maxLogoMb = 2

/** The bytes are a PNG, whatever the file is called: the 8-byte signature, then the IHDR chunk. */
export function isPng(bytes: Uint8Array): boolean {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  const ihdr = [0x49, 0x48, 0x44, 0x52]
  return bytes.length >= 24 && signature.every((b, i) => bytes[i] === b) && ihdr.every((b, i) => bytes[12 + i] === b)
}

export const documentKinds = [
  'notice',
  'caseDocument',
  'package',
  'minutes',
  'yearlyPlan',
  'followUps',
  /** id: the meeting. */
  'participants',
  /** id: the plan; reviewId: the review (null: the latest). */
  'actionPlan',
] as const
export type DocumentKind = (typeof documentKinds)[number]

/** The organisation on every document's header; set in Innstillinger. */
export interface OrganisationProfile {
  name: string
  /** "Postadresse: … · sekretariat@… · www…" */
  addressLine: string
  /** The secretariat, as author in the files' properties. */
  author: string
  /** Hex without #, e.g. 005A9C. */
  colour: string
  font: string
  /** PNG as base64, or null for the default logo in resources/. */
  logoPng: string | null
  logoAltText: string
  /** How files are named: {utvalg} {nr} {år} {tittel} {dokument} {dato}. */
  fileNamePattern: string
}

const hexColour = z
  .string()
  .trim()
  .regex(/^[0-9a-fA-F]{6}$/, { message: 'invalidColour' })

export const profileInput = z
  .object({
    name: requiredText(200),
    addressLine: optionalText(300),
    author: requiredText(200),
    colour: hexColour,
    font: requiredText(60),
    logoPng: z.string().max(3_000_000).nullable().default(null),
    logoAltText: optionalText(200),
    fileNamePattern: requiredText(120).refine((v) => v.includes('{dokument}'), { message: 'fileNamePattern' }),
  })
  .strict()

/** Which document, of what. `id` is the meeting, the case or the body as the kind needs; `year` for the plan. */
export const documentInput = z
  .object({
    kind: z.enum(documentKinds),
    id: optionalId,
    year: z.number().int().min(2000).max(2100).nullable().default(null),
    reviewId: optionalId,
    /** participants: grouped by organisation or by role category. */
    groupBy: z.enum(['organisation', 'category']).default('organisation'),
  })
  .strict()
  .refine((d) => d.kind === 'yearlyPlan' || d.kind === 'followUps' || d.id !== null, {
    message: 'required',
    path: ['id'],
  })
  .refine((d) => d.kind !== 'yearlyPlan' || d.year !== null, { message: 'required', path: ['year'] })

/** Files a document (and for a package, every case document and attachment) into the body's archive folder. */
export const archiveInput = documentInput

export const archiveFolderInput = z.object({ bodyId: id, folder: optionalText(1000) }).strict()

export const archiveLogFilter = z.object({ bodyId: id.optional() }).strict()

type ParsedDocumentRequest = z.output<typeof documentInput>
/** Only the participant list and the action plan read `reviewId` and `groupBy`; the others leave them out. */
export type DocumentRequest = Omit<ParsedDocumentRequest, 'reviewId' | 'groupBy'> &
  Partial<Pick<ParsedDocumentRequest, 'reviewId' | 'groupBy'>>
export type ProfileData = z.output<typeof profileInput>

/** One file written to the archive folder, as the manifest lists it (Noark 5 names where one exists). */
export interface ManifestEntry {
  tittel: string
  dokumenttype: string
  dokumentdato: string
  utvalg: string
  møtedato: string
  /** "2026/09": year and sequence, as Noark's møtesaksnummer. */
  møtesaksnummer: string
  saksbehandler: string
  filnavn: string
  /** SHA-256 of the file. */
  sjekksum: string
}

/** One filing: what was written, when, where, with checksums; and whether it has changed since. */
export interface ArchiveRecord {
  id: number
  bodyId: number | null
  bodyShortCode: string | null
  kind: DocumentKind
  title: string
  folder: string
  files: ManifestEntry[]
  exportedAt: string
  /** The same document made today would differ from what was filed. */
  changedSince: boolean
}

export interface ArchiveResult {
  record: ArchiveRecord
  /** Full paths written. */
  paths: string[]
}
