import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { InputOf } from '../../../shared/contract'
import type { AttendanceValue, Invitee, InvitationList, RsvpStatus } from '../../../shared/invitations'
import type { Result } from '../../../shared/result'
import { request } from '../api/client'
import { useApiQuery } from '../api/hooks'

/** The meeting's list, as `invitations.get` gives it; cached by meeting. */
export function useInvitationList(meetingId: number | null) {
  return useApiQuery('invitations.get', { meetingId: meetingId ?? 0 }, meetingId !== null)
}

const listKey = (meetingId: number) => ['invitations.get', { meetingId }]

type Patch = (invitee: Invitee) => Invitee

/**
 * Writes to one meeting's list, made for fast keyboard entry: each write shows at once (the row
 * is patched in place), goes to main in order (a queue, so quick key presses never overtake one
 * another), and the list main answers with replaces the patched one. A refusal is kept to show
 * until dismissed, and the list is read again so nothing on screen claims what was not saved.
 */
export function useInvitationActions(meetingId: number) {
  const client = useQueryClient()
  const queue = useRef<Promise<unknown>>(Promise.resolve())
  const [error, setError] = useState<string | null>(null)

  function patch(personId: number, change: Patch) {
    client.setQueryData<InvitationList>(listKey(meetingId), (list) =>
      list ? { ...list, invitees: list.invitees.map((i) => (i.personId === personId ? change(i) : i)) } : list,
    )
  }

  function enqueue(call: () => Promise<Result<InvitationList>>, personId?: number, change?: Patch) {
    if (personId !== undefined && change) patch(personId, change)
    const job = queue.current.then(async () => {
      const result = await call()
      // A refusal stays until dismissed: with keys pressed in quick succession, the next
      // success would otherwise hide it before it could be read.
      if (result.ok) {
        client.setQueryData(listKey(meetingId), result.value)
        return true
      }
      setError(result.error.message)
      await client.invalidateQueries({ queryKey: listKey(meetingId) })
      return false
    })
    queue.current = job.catch(() => undefined)
    return job
  }

  return {
    error,
    clearError: () => setError(null),
    respond: (personId: number, status: RsvpStatus, reason = '') =>
      enqueue(
        () => request('invitations.respond', { meetingId, personId, status, reason }),
        personId,
        (i) => ({ ...i, status, declineReason: status === 'declined' ? reason : '' }),
      ),
    inviteSubstitute: (forPersonId: number, personId: number | null = null) =>
      enqueue(() => request('invitations.inviteSubstitute', { meetingId, forPersonId, personId })),
    addCompanion: (ofPersonId: number, personId: number) =>
      enqueue(() => request('invitations.addCompanion', { meetingId, ofPersonId, personId })),
    remove: (personId: number) => enqueue(() => request('invitations.remove', { meetingId, personId })),
    setAttendance: (
      personId: number,
      attendance: AttendanceValue,
      items: Pick<InputOf<'invitations.setAttendance'>, 'arrivedAtItemId' | 'leftAfterItemId'> = {},
    ) =>
      enqueue(
        () => request('invitations.setAttendance', { meetingId, personId, attendance, ...items }),
        personId,
        (i) => ({ ...i, attendance, ...items }),
      ),
    setHost: (personId: number, host: boolean) =>
      enqueue(
        () => request('invitations.setHost', { meetingId, personId, host }),
        personId,
        (i) => ({ ...i, host }),
      ),
    applyChanges: () => enqueue(() => request('invitations.applyChanges', { meetingId })),
  }
}

export type InvitationActions = ReturnType<typeof useInvitationActions>
