import type { ManifestEntry } from '../../shared/documents'

/**
 * The manifest beside the filed documents: what the archive system's import reads to register
 * each file with its metadata. CSV for importers configured by column, JSON for the rest.
 */

/** Column order; the names are Noark 5's where one exists. */
export const manifestColumns = [
  'tittel',
  'dokumenttype',
  'dokumentdato',
  'utvalg',
  'møtedato',
  'møtesaksnummer',
  'saksbehandler',
  'filnavn',
  'sjekksum',
] as const satisfies readonly (keyof ManifestEntry)[]

/** The file name's stem; fixed, because import jobs are set up to look for it. */
export const manifestStem = 'manifest'

const csvField = (value: string) => (/[;"\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)

/**
 * UTF-8 with BOM, semicolons and CRLF: what Excel and Windows-based importers in Norway read
 * without mangling æøå or splitting on the decimal comma.
 */
export function manifestCsv(entries: readonly ManifestEntry[]): Buffer {
  const lines = [manifestColumns.join(';'), ...entries.map((e) => manifestColumns.map((c) => csvField(e[c])).join(';'))]
  return Buffer.from(`\ufeff${lines.join('\r\n')}\r\n`, 'utf8')
}

export function manifestJson(entries: readonly ManifestEntry[], exportedAt: string, workspace: string): Buffer {
  const document = {
    arbeidsområde: workspace,
    eksportert: exportedAt,
    sjekksumAlgoritme: 'SHA-256',
    dokumenter: entries,
  }
  return Buffer.from(`${JSON.stringify(document, null, 2)}\n`, 'utf8')
}
