import { ExternalHyperlink, type Document, type FileChild, type ParagraphChild } from 'docx'
import type { OrganisationProfile } from '../../shared/documents'
import { formatDate, localIsoDate } from '../../shared/dates'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import type { Context } from '../api/context'
import { getSetting } from '../db/repositories/settings'
import { buildDocument, fileNameFrom, lookOf, packDocx, run, sha256Json, type DocumentMeta, type Look } from './kit'
import type { MadeDocument } from './make'
import type { MeetingHead } from './models'
import { loadProfile } from './profile'

/**
 * What the meeting documents (notice, minutes, package) share: how a date and a time read, the
 * meeting's header block, the file name, the properties, and a document planned before it is
 * packed (so the archive can compare fingerprints without making the file).
 */

const s = nb.documents.common

// ---- text ----------------------------------------------------------------------------------------

const weekdays = nb.calendar.days.split(',')
const months = nb.calendar.months.split(',')

const partsOf = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number)
  return { year: y, month: m, day: d, weekday: new Date(Date.UTC(y, m - 1, d)).getUTCDay() }
}

/** "onsdag 2. desember 2026" */
export function longDate(iso: string): string {
  const p = partsOf(iso)
  return format(s.longDate, { weekday: weekdays[p.weekday], day: p.day, month: months[p.month - 1], year: p.year })
}

/** "onsdag 02.12.2026" */
export const weekdayDate = (iso: string) =>
  format(s.weekdayDate, { weekday: weekdays[partsOf(iso).weekday], date: formatDate(iso) })

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('nb') + text.slice(1)

export const timeRange = (start: string, end: string) => format(s.time, { start, end })

/** A start time moved on by some minutes: "09:00" + 20 -> "09:20". */
export function addMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number)
  const total = (h * 60 + m + minutes) % (24 * 60)
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}

/** Text written in a plain field, one paragraph a line; empty lines dropped. */
export const linesOf = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '')

/** A web link as Word's hyperlink, its text the address; anything but http(s) stays plain text. */
export function link(address: string): ParagraphChild[] {
  const href = address.trim()
  if (!/^https?:\/\//i.test(href)) return [run(href)]
  return [new ExternalHyperlink({ link: href, children: [run(href, { style: 'Hyperlink' })] })]
}

// ---- the meeting's header block -------------------------------------------------------------------

export type Row = [label: string, value: string | ParagraphChild[]]

/** Body, meeting, date with weekday, time, place, video link: the rows every meeting document opens with. */
export function meetingRows(head: MeetingHead): Row[] {
  const l = s.label
  const rows: Row[] = [[l.body, `${head.bodyName} (${head.bodyShortCode})`]]
  if (head.number !== null) {
    rows.push([l.meeting, format(s.meetingNumber, { number: head.number, year: head.date.slice(0, 4) })])
  }
  rows.push([l.date, capitalised(longDate(head.date))], [l.time, timeRange(head.startTime, head.endTime)])
  if (head.place.trim() !== '' || head.videoLink.trim() === '') {
    rows.push([l.place, head.place.trim() || s.noPlace])
  }
  if (head.videoLink.trim() !== '') rows.push([l.video, link(head.videoLink)])
  return rows
}

// ---- decisions -----------------------------------------------------------------------------------

// ---- profile, names, properties --------------------------------------------------------------------

/** What every document of one request shares: the profile, its look, the day it is made. */
export interface Maker {
  ctx: Context
  profile: OrganisationProfile
  look: Look
  /** The local date the documents are made on (dokumentdato). */
  today: string
}

export async function makerOf(ctx: Context): Promise<Maker> {
  const profile = await loadProfile(ctx.db, (await getSetting(ctx.db, 'workspace.name')) ?? '')
  return { ctx, profile, look: lookOf(profile), today: localIsoDate(ctx.now()) }
}

/** "OSS 2026 Møte 02.12.2026 - innkalling.docx" by the profile's pattern. */
export function meetingFileName(profile: OrganisationProfile, head: MeetingHead, word: string): string {
  return fileNameFrom(profile.fileNamePattern, {
    utvalg: head.bodyShortCode,
    år: head.date.slice(0, 4),
    tittel: format(s.meetingFileTitle, { date: formatDate(head.date) }),
    dokument: word,
    dato: head.date,
  })
}

/** The properties of a meeting document: title, subject, keywords, the footer's reference. */
export function meetingMeta(maker: Maker, head: MeetingHead, documentType: string, title: string): DocumentMeta {
  const when = head.numberLabel ? `${head.numberLabel} ${formatDate(head.date)}` : formatDate(head.date)
  return {
    title,
    subject: format(s.subject, { documentType, body: head.bodyName, date: formatDate(head.date) }),
    keywords: [documentType, head.bodyShortCode, ...(head.numberLabel ? [head.numberLabel] : [])],
    reference: `${head.bodyShortCode} ${when}`,
    documentType,
    body: head.bodyName,
    meetingDate: head.date,
    caseNumber: null,
    created: maker.ctx.now(),
    description: format(s.description, { documentType, body: head.bodyName, meeting: when }),
  }
}

/** The manifest of a document that belongs to no meeting (yearly plan, follow-up list). */
export function bodyManifest(maker: Maker, title: string, documentType: string, bodyName: string) {
  return {
    tittel: title,
    dokumenttype: documentType,
    dokumentdato: maker.today,
    utvalg: bodyName,
    møtedato: '',
    møtesaksnummer: '',
    saksbehandler: '',
  }
}

export function meetingManifest(maker: Maker, head: MeetingHead, documentType: string, title: string) {
  return {
    tittel: title,
    dokumenttype: documentType,
    dokumentdato: maker.today,
    utvalg: head.bodyName,
    møtedato: head.date,
    møtesaksnummer: '',
    saksbehandler: '',
  }
}

// ---- planned documents --------------------------------------------------------------------------

/** A document whose name and fingerprint are known before it is built and packed. */
export interface Planned {
  fileName: string
  fingerprint: string
  make: () => Promise<MadeDocument>
}

/** A planned document that is built with the kit and packed when made. */
export function planned(
  fileName: string,
  fingerprint: string,
  manifest: MadeDocument['manifest'],
  build: () => Document,
): Planned {
  return {
    fileName,
    fingerprint,
    make: async () => ({ fileName, bytes: await packDocx(build()), manifest, fingerprint }),
  }
}

/**
 * A document about one meeting (notice, minutes) as a planned file: named by the meeting,
 * fingerprinted by its model, its metadata and manifest from the meeting's head.
 */
export function planMeetingDocument(
  maker: Maker,
  head: MeetingHead,
  words: { fileWord: string; documentType: string },
  title: string,
  model: unknown,
  children: () => FileChild[],
): Planned {
  return planned(
    meetingFileName(maker.profile, head, words.fileWord),
    sha256Json(model),
    meetingManifest(maker, head, words.documentType, title),
    () =>
      buildDocument({
        profile: maker.profile,
        meta: meetingMeta(maker, head, words.documentType, title),
        sections: [{ children: children() }],
      }),
  )
}
