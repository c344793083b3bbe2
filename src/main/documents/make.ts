import type { Context } from '../api/context'
import type { DocumentRequest, ManifestEntry } from '../../shared/documents'

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
  /** Case attachments that go with a package, numbered in agenda order. */
  attachments: { fileName: string; sha256: string; title: string }[]
}

/** Makes the document(s) asked for from the workspace as it is now. */
export async function makeDocuments(_ctx: Context, _request: DocumentRequest): Promise<MadeSet> {
  throw new Error('not implemented')
}
