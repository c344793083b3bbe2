import type { Kysely } from 'kysely'
import { loadInvitationList } from '../db/repositories/invitations'
import { getMeeting } from '../db/repositories/meetings'
import type { Database } from '../db/schema'
import { meetingHeadOf } from './models'
import { participantsModelOf, type ParticipantGrouping, type ParticipantsModel } from './participant-list'

/** The participant list's model, read from the workspace: the meeting and its invitation list as of today. */
export async function participantsModel(
  db: Kysely<Database>,
  meetingId: number,
  groupBy: ParticipantGrouping,
  today: string,
): Promise<ParticipantsModel> {
  const meeting = await getMeeting(db, meetingId)
  return participantsModelOf(meetingHeadOf(meeting), await loadInvitationList(db, meetingId, today), groupBy)
}
