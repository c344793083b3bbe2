import { extname } from 'node:path'
import type { DocumentRequest, ManifestEntry } from '../../shared/documents'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import type { MadeSet } from '../documents/make'
import { positionLabel, safeFileName, withoutExtension } from './file-names'

/** What one filing writes, before anything touches the disk. */

export type Described = Omit<ManifestEntry, 'filnavn' | 'sjekksum'>

export interface PlannedFile {
  /** The name wanted; the writer adds " (2)" if it is taken. */
  name: string
  bytes: Buffer
  manifest: Described
}

export interface Plan {
  /** A package gets a subfolder of its own; other documents go straight into the folder. */
  folderName: string | null
  files: PlannedFile[]
}

/**
 * An attachment may name the case document it goes with. MadeSet does not carry that yet; when
 * it does not, the attachments still go in, numbered apart from the cases.
 */
export type PackageAttachment = MadeSet['attachments'][number]

export function planFiles(request: DocumentRequest, made: MadeSet, read: (a: PackageAttachment) => Buffer): Plan {
  const files = made.files.map((f) => ({ name: safeFileName(f.fileName), bytes: f.bytes, manifest: f.manifest }))
  if (request.kind !== 'package' || files.length === 0) return { folderName: null, files }

  const [main, ...separate] = made.files
  const count = separate.length
  // The notice and the case documents in agenda order: "01 Innkalling…", "02 SSU-sak…".
  const numbered = separate.map((f, i) => ({
    name: safeFileName(`${positionLabel(i + 1, count)} ${f.fileName}`),
    bytes: f.bytes,
    manifest: f.manifest,
  }))
  const strings = nb.documents.archive
  // How many attachments each case has had so far; -1 collects those whose case is unknown.
  const seen = new Map<number, number>()
  const attachments = made.attachments.map((a) => {
    const owner = separate.findIndex((f) => f.fileName === a.caseFileName)
    const index = (seen.get(owner) ?? 0) + 1
    seen.set(owner, index)
    const title = safeFileName(a.title || withoutExtension(a.fileName), 'vedlegg')
    const stem =
      owner < 0
        ? `${strings.attachmentType} ${index} - ${title}`
        : format(strings.attachmentFileName, { number: positionLabel(owner + 1, count), index, title })
    const describedBy = owner < 0 ? { ...main.manifest, møtesaksnummer: '' } : separate[owner].manifest
    return {
      name: safeFileName(`${stem}${extname(a.fileName)}`),
      bytes: read(a),
      manifest: { ...describedBy, tittel: a.title || a.fileName, dokumenttype: strings.attachmentType },
    }
  })
  return {
    folderName: safeFileName(withoutExtension(main.fileName), 'pakke'),
    files: [files[0], ...numbered, ...attachments],
  }
}
