import type { TFunction } from 'i18next'
import type { Meeting } from '../../../shared/cycle'
import { formatDate, localIsoDate } from '../../../shared/dates'
import { numberLabel } from '../meetings/labels'

/** A stored timestamp (UTC) as the user's wall clock: `{ date: '23.11.2026', time: '12:00' }`. */
export function stampParts(iso: string): { date: string; time: string } {
  const at = new Date(iso)
  const pad = (n: number) => String(n).padStart(2, '0')
  return { date: formatDate(localIsoDate(at)), time: `${pad(at.getHours())}:${pad(at.getMinutes())}` }
}

/** "OSS møte 5/2026". */
export const meetingTitle = (t: TFunction, meeting: Meeting) =>
  `${meeting.bodyShortCode} ${numberLabel(t, meeting)}`.trim()

/**
 * "OSS-sak 01/2026 – 07/2026": the first label whole, the last without the prefix they share;
 * one label alone as it is.
 */
export function numberRange(labels: readonly string[]): string {
  if (labels.length === 0) return ''
  const first = labels[0]
  const last = labels[labels.length - 1]
  if (labels.length === 1 || first === last) return first
  const cut = first.lastIndexOf(' ') + 1
  const shared = cut > 0 && last.slice(0, cut) === first.slice(0, cut)
  return `${first} – ${shared ? last.slice(cut) : last}`
}

/** Minutes between two wall-clock times, "09:00" and "10:30" -> 90. */
export function minutesBetween(from: string, to: string): number {
  const [fh, fm] = from.split(':').map(Number)
  const [th, tm] = to.split(':').map(Number)
  return th * 60 + tm - (fh * 60 + fm)
}

/** A wall-clock time moved by minutes, "09:00" + 90 -> "10:30" (past midnight wraps). */
export function addMinutes(time: string, minutes: number): string {
  const [h, m] = time.split(':').map(Number)
  const total = (((h * 60 + m + minutes) % 1440) + 1440) % 1440
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}
