import type { MeetingStatus } from '../../shared/cycle'

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

/** Meetings are numbered per body and year by date; cancelled ones get no number. */
export function meetingNumbers(
  meetings: readonly { id: number; bodyId: number; date: string; startTime: string; status: MeetingStatus }[],
): Map<number, number> {
  const numbers = new Map<number, number>()
  const sorted = [...meetings].sort((a, b) => (a.date + a.startTime).localeCompare(b.date + b.startTime))
  const counters = new Map<string, number>()
  for (const m of sorted) {
    if (m.status === 'cancelled') continue
    const key = `${m.bodyId}:${m.date.slice(0, 4)}`
    const next = (counters.get(key) ?? 0) + 1
    counters.set(key, next)
    numbers.set(m.id, next)
  }
  return numbers
}
