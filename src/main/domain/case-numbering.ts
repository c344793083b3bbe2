/**
 * Case numbers: one series per body and calendar year, counted 1, 2, 3 ... Once the notice has gone
 * out a number is fixed: people cite "sak 09/2024" in minutes and letters for years, so it never
 * changes and is never given to another case. Before the notice the numbers are only shown, and they
 * follow meeting and agenda order. The repository loads one series, asks these functions, and stores
 * what they return.
 */

export interface SeriesItem {
  id: number
  numbered: boolean
  /** Fixed number, stored; null while provisional. */
  number: number | null
  /** Added after the notice was sent (tilleggssak). */
  late: boolean
}

export interface SeriesMeeting {
  id: number
  /** YYYY-MM-DD */
  date: string
  /** HH:MM */
  startTime: string
  /** Notice sent: numbers frozen. */
  frozen: boolean
  /** In agenda order. */
  items: SeriesItem[]
}

export interface Series {
  meetings: SeriesMeeting[]
  /**
   * Every number ever fixed in this body-year, including those of withdrawn items and of items since
   * removed: never given again.
   */
  reserved: number[]
}

export type ReorderCheck = { ok: true } | { ok: false; reason: 'not_same_items' | 'would_renumber' }

/**
 * The highest number ever fixed. Counting on from it, rather than from the previous meeting, is what
 * keeps an unfrozen meeting dated before a frozen one from reusing the frozen one's numbers.
 */
function highestFixed(series: Series): number {
  let highest = 0
  for (const n of series.reserved) highest = Math.max(highest, n)
  // A fixed number on an item counts even if the body has since made the item unnumbered.
  for (const meeting of series.meetings)
    for (const item of meeting.items) if (item.number !== null) highest = Math.max(highest, item.number)
  return highest
}

/** Same-day meetings are ordered by start time, and by id so that the order is total. */
const meetingOrder = (a: SeriesMeeting, b: SeriesMeeting) =>
  a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime) || a.id - b.id

/**
 * The number each numbered item shows: its fixed number, or a provisional one counted on in meeting
 * and agenda order. A numbered item without a number in a frozen meeting shows none: it was never
 * sent with one, and only `nextFreeNumber` may give it one now.
 */
export function seriesNumbers(series: Series): Map<number, number> {
  const numbers = new Map<number, number>()
  let next = highestFixed(series)
  for (const meeting of [...series.meetings].sort(meetingOrder)) {
    for (const item of meeting.items) {
      if (!item.numbered) continue
      if (item.number !== null) numbers.set(item.id, item.number)
      else if (!meeting.frozen) {
        next += 1
        numbers.set(item.id, next)
      }
    }
  }
  return numbers
}

/**
 * The numbers to store when the notice of `meetingId` is sent. The meeting takes the next numbers
 * whatever its date, as if it were the first unfrozen one; the other unfrozen meetings count on after
 * it. When notices go out in date order this equals what `seriesNumbers` showed for the meeting.
 * Items that already carry a number (a postponed case that kept its own) keep it and are left out.
 */
export function freezeMeeting(series: Series, meetingId: number): { itemId: number; number: number }[] {
  const meeting = series.meetings.find((m) => m.id === meetingId)
  if (meeting === undefined) return []
  const base = highestFixed(series)
  return meeting.items
    .filter((item) => item.numbered && item.number === null)
    .map((item, k) => ({ itemId: item.id, number: base + k + 1 }))
}

/**
 * The number of a tilleggssak added to a frozen meeting. Provisional numbers of later unfrozen
 * meetings move up by one; that is fine because they were never sent.
 */
export function nextFreeNumber(series: Series): number {
  return highestFixed(series) + 1
}

/**
 * Whether the agenda of `meeting` may take the order `newOrder` (item ids). Before the notice any
 * order goes: the numbers follow it. After the notice the numbers sent must still read in order, so
 * the fixed, non-late numbered items may not change places; tilleggssaker and unnumbered items may
 * go anywhere. An agenda that did not read in order when sent (a postponed case that kept an older
 * number) may keep its order, or be put in number order.
 */
export function checkReorder(meeting: SeriesMeeting, newOrder: number[]): ReorderCheck {
  const byId = new Map(meeting.items.map((item) => [item.id, item]))
  const sameItems =
    newOrder.length === meeting.items.length &&
    new Set(newOrder).size === newOrder.length &&
    newOrder.every((id) => byId.has(id))
  if (!sameItems) return { ok: false, reason: 'not_same_items' }
  if (!meeting.frozen) return { ok: true }

  const sent = (items: SeriesItem[]) =>
    items.flatMap((item) => (item.numbered && !item.late && item.number !== null ? [item.number] : []))
  const before = sent(meeting.items)
  const after = sent(newOrder.flatMap((id) => byId.get(id) ?? []))
  const ascending = after.every((n, k) => k === 0 || after[k - 1] < n)
  const unchanged = after.every((n, k) => n === before[k])
  return ascending || unchanged ? { ok: true } : { ok: false, reason: 'would_renumber' }
}

/** A number belongs to its calendar year: a meeting holding one cannot move to another year. */
export function canMoveMeeting(meeting: SeriesMeeting, toDate: string): boolean {
  return toDate.slice(0, 4) === meeting.date.slice(0, 4) || meeting.items.every((item) => item.number === null)
}

/**
 * The number a postponed case carries to its later meeting: its fixed number when the body lets
 * postponed cases keep theirs and the year is the same; otherwise none, and it gets a new one. The
 * old number stays reserved either way.
 */
export function postponedNumber(
  fromYear: number,
  toYear: number,
  fixed: number | null,
  keepsNumber: boolean,
): number | null {
  return keepsNumber && fromYear === toYear ? fixed : null
}
