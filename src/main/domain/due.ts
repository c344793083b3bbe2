import type { DeadlineKind, DueItem, Meeting, MeetingStatus } from '../../shared/cycle'
import { statusOrder } from '../../shared/meeting-life'

/** A deadline still matters only until the step it asks for is done. */
const stillOpen: Record<DeadlineKind, (status: MeetingStatus) => boolean> = {
  caseDeadline: (s) => statusOrder[s] >= 0 && statusOrder[s] < statusOrder.notice_sent,
  notice: (s) => statusOrder[s] >= 0 && statusOrder[s] < statusOrder.notice_sent,
  minutes: (s) => statusOrder[s] >= 0 && statusOrder[s] < statusOrder.minutes_drafted,
}

/**
 * What is due between two dates across all bodies: meetings, and the deadlines not yet met
 * (a notice already sent is no longer "to send"). Overdue items before `from` are included
 * when still open, so nothing slips past unseen.
 */
export function dueItems(meetings: readonly Meeting[], from: string, to: string): DueItem[] {
  const items: DueItem[] = []
  for (const meeting of meetings) {
    if (meeting.status === 'cancelled') continue
    if (meeting.date >= from && meeting.date <= to) items.push({ date: meeting.date, kind: 'meeting', meeting })
    for (const d of meeting.deadlines) {
      if (d.date <= to && stillOpen[d.kind](meeting.status)) items.push({ date: d.date, kind: d.kind, meeting })
    }
  }
  return items.sort(
    (a, b) => a.date.localeCompare(b.date) || a.meeting.bodyShortCode.localeCompare(b.meeting.bodyShortCode),
  )
}
