import type { Invitee, ParticipantCategory, RsvpStatus } from '../../../shared/invitations'
import { participantCategories, rsvpStatuses } from '../../../shared/invitations'

export interface StatusCounts {
  invited: number
  coming: number
  declined: number
  waiting: number
  present: number
  absent: number
  unrecorded: number
}

/** The counts in the page's header; "waiting" is invited with no answer yet. */
export function statusCounts(invitees: readonly Invitee[]): StatusCounts {
  const count = (test: (i: Invitee) => boolean) => invitees.filter(test).length
  return {
    invited: invitees.length,
    coming: count((i) => i.status === 'accepted'),
    declined: count((i) => i.status === 'declined'),
    waiting: count((i) => i.status === 'invited' || i.status === 'noAnswer'),
    present: count((i) => i.attendance === 'present'),
    absent: count((i) => i.attendance === 'absent'),
    unrecorded: count((i) => i.attendance === 'unrecorded'),
  }
}

export const isCategory = (key: string): key is ParticipantCategory =>
  (participantCategories as readonly string[]).includes(key)
export const isStatus = (key: string): key is RsvpStatus => (rsvpStatuses as readonly string[]).includes(key)
