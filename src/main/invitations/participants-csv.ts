import type { OrganisationProfile } from '../../shared/documents'
import type { ExportedFile } from '../../shared/cycle'
import type { InvitationList, Invitee } from '../../shared/invitations'
import { nb } from '../../shared/strings/nb'
import { attendanceLabel, categoryLabels, exportFileName, statusLabel } from './export-parts'

/**
 * The invitation list as CSV for mail merge (Word's Utskriftsfletting, Outlook): everyone on the
 * list, also those without an e-mail address, who may get the letter by post.
 *
 * Shaped for Norwegian Excel, which is where the file is opened first: UTF-8 with a byte order
 * mark (without it Excel reads the bytes as Windows-1252 and æøå come out as Ã¦Ã¸Ã¥), semicolons
 * (Excel with Norwegian regional settings splits on ';', since ',' is the decimal comma), CRLF
 * line ends, and RFC 4180 quoting.
 */

const c = nb.invitationText.exports.csvColumns

const columns: { title: string; value: (invitee: Invitee, category: string) => string }[] = [
  { title: c.name, value: (i) => i.name },
  { title: c.email, value: (i) => i.email },
  { title: c.phone, value: (i) => i.phone },
  { title: c.title, value: (i) => i.title },
  { title: c.organisation, value: (i) => i.organisationName },
  { title: c.region, value: (i) => i.regionName },
  { title: c.category, value: (_, category) => category },
  { title: c.status, value: (i) => statusLabel(i) },
  { title: c.standsInFor, value: (i) => i.standsInFor?.name ?? '' },
  { title: c.companionOf, value: (i) => i.companionOf?.name ?? '' },
  { title: c.declineReason, value: (i) => (i.status === 'declined' ? i.declineReason : '') },
  { title: c.attendance, value: (i) => attendanceLabel(i) },
]

/**
 * Excel runs a cell that starts with = + - @ as a formula, also from a CSV file; a name typed as
 * "=HYPERLINK(…)" in the register must arrive as text. A leading apostrophe makes Excel show it as
 * text. Phone numbers ("+47 …") and other values that go on with a digit are left alone.
 */
function neutralised(value: string): string {
  return /^[=@\t\r]|^[+-][^\d\s]/.test(value) ? `'${value}` : value
}

/** RFC 4180: a field with the separator, a quote or a line break is quoted, its quotes doubled. */
export function csvField(value: string): string {
  const text = neutralised(value)
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

const BOM = '\ufeff'
const CRLF = '\r\n'

/** The text of the file, BOM first; every line, the last too, ends in CRLF. */
export function participantsCsv(list: InvitationList): string {
  const category = categoryLabels(list)
  const lines = [
    columns.map((col) => csvField(col.title)).join(';'),
    ...list.invitees.map((invitee) =>
      columns.map((col) => csvField(col.value(invitee, category(invitee.category)))).join(';'),
    ),
  ]
  return BOM + lines.join(CRLF) + CRLF
}

/** The file for download; base64, so the byte order mark reaches the disk exactly as written. */
export function participantsCsvFile(list: InvitationList, profile: OrganisationProfile): ExportedFile {
  return {
    fileName: exportFileName(profile, list.meeting, nb.invitationText.exports.csvFileWord, '.csv'),
    mimeType: 'text/csv;charset=utf-8',
    content: Buffer.from(participantsCsv(list), 'utf8').toString('base64'),
    encoding: 'base64',
  }
}
