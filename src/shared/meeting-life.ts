import { meetingStatuses, type MeetingStatus } from './cycle'

/** How far along its life a meeting is; a cancelled one is off the scale. */
export const statusOrder: Record<MeetingStatus, number> = {
  planned: 0,
  agenda: 1,
  notice_sent: 2,
  held: 3,
  minutes_drafted: 4,
  minutes_approved: 5,
  cancelled: -1,
}

/**
 * planned -> agenda in preparation -> notice sent -> held -> minutes drafted -> minutes approved.
 * Steps go forward (skipping is allowed: a working meeting goes straight to held); a meeting can
 * be cancelled until it is held, and a cancelled one can be planned again.
 */
export function canChangeStatus(from: MeetingStatus, to: MeetingStatus): boolean {
  if (from === to) return false
  if (to === 'cancelled') return statusOrder[from] >= 0 && statusOrder[from] < statusOrder.held
  if (from === 'cancelled') return to === 'planned'
  return statusOrder[to] > statusOrder[from]
}

/** From the notice on, the invitees know the date: changes are recorded and need confirmation. */
export const isPublished = (status: MeetingStatus, noticeSentAt: string | null) =>
  noticeSentAt !== null || (statusOrder[status] >= statusOrder.notice_sent && status !== 'cancelled')

/** The step after `status` in a meeting's life, if any: what "next step" offers. */
export function nextStatus(status: MeetingStatus): MeetingStatus | null {
  const life: readonly MeetingStatus[] = meetingStatuses.filter((s) => s !== 'cancelled')
  const index = life.indexOf(status)
  return index >= 0 && index < life.length - 1 ? life[index + 1] : null
}

/** Once held (or cancelled) a meeting's agenda stays as it was dealt with. */
export const agendaClosed = (status: MeetingStatus) => status === 'cancelled' || statusOrder[status] >= statusOrder.held

/** A meeting can be cancelled until it is held. */
export const canCancel = (status: MeetingStatus) => canChangeStatus(status, 'cancelled')

/**
 * Meetings are numbered per body and year by date; cancelled ones get no number. A number fixed
 * when the notice went out (`fixed`) never changes and is never given to another meeting: the
 * others count on, in date order, from the highest fixed number of their body's year.
 */
export function meetingNumbers(
  meetings: readonly {
    id: number
    bodyId: number
    date: string
    startTime: string
    status: MeetingStatus
    fixed: number | null
  }[],
): Map<number, number> {
  const numbers = new Map<number, number>()
  const keyOf = (m: { bodyId: number; date: string }) => `${m.bodyId}:${m.date.slice(0, 4)}`
  const counters = new Map<string, number>()
  for (const m of meetings) {
    if (m.fixed === null) continue
    numbers.set(m.id, m.fixed)
    counters.set(keyOf(m), Math.max(counters.get(keyOf(m)) ?? 0, m.fixed))
  }
  const sorted = [...meetings].sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime))
  for (const m of sorted) {
    if (m.fixed !== null || m.status === 'cancelled') continue
    const key = keyOf(m)
    const next = (counters.get(key) ?? 0) + 1
    counters.set(key, next)
    numbers.set(m.id, next)
  }
  return numbers
}
