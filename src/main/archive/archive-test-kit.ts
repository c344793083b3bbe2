import { createHash } from 'node:crypto'
import type { ManifestEntry } from '../../shared/documents'
import type { MadeDocument, MadeSet } from '../documents/make'
import type { PackageAttachment } from './plan'

/** Fake made sets for the archive's tests: small buffers stand in for .docx files. */

export const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex')

export function madeDoc(
  fileName: string,
  manifest: Partial<Omit<ManifestEntry, 'filnavn' | 'sjekksum'>> = {},
  fingerprint = sha256(`data:${fileName}`),
): MadeDocument {
  return {
    fileName,
    bytes: Buffer.from(`docx:${fileName}`),
    fingerprint,
    manifest: {
      tittel: fileName.replace(/\.docx$/, ''),
      dokumenttype: 'Saksfremlegg',
      dokumentdato: '2026-11-23',
      utvalg: 'Strategisk samarbeidsutvalg',
      møtedato: '2026-12-03',
      møtesaksnummer: '',
      saksbehandler: 'Åse Ødegård',
      ...manifest,
    },
  }
}

export const madeSet = (
  bodyId: number | null,
  files: MadeDocument[],
  attachments: PackageAttachment[] = [],
): MadeSet => ({
  bodyId,
  title: files[0]?.manifest.tittel ?? '',
  files,
  attachments,
})

/**
 * Reads the manifest CSV back without the code under test: semicolons, double-quoted fields
 * with "" for a quote, CRLF between records.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ';') {
      row.push(field)
      field = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else field += c
  }
  if (field !== '' || row.length > 0) rows.push([...row, field])
  return rows
}
