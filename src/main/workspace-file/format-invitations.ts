import { z } from 'zod'
import {
  attendanceValues,
  invitationRuleKinds,
  invitationSources,
  rsvpStatuses,
  substituteRuleKinds,
} from '../../shared/invitations'
import { id, isoDate, optionalText } from '../../shared/schema-kit'
import { organisationKinds, roleKinds } from '../../shared/vocabulary'

/**
 * The lists version 4 added for invitation rules, substitute rules, invitations and their change
 * log (issue 6), and each body's quorum and per-item attendance. Each defaults to empty, so older
 * files read as before; a version 3 file's `attendance` becomes invitations on import.
 */

const nullableId = id.nullable()
const stamp = z.string().trim().min(1).max(40)

export const invitationFileLists = {
  invitationRules: z
    .array(
      z
        .object({
          id,
          bodyId: nullableId,
          meetingId: nullableId,
          position: z.number().int().min(0),
          kind: z.enum(invitationRuleKinds),
          label: optionalText(120),
          memberBodyId: nullableId,
          roleKinds: z.array(z.enum(roleKinds)).max(roleKinds.length),
          roleId: nullableId,
          organisationId: nullableId,
          organisationKind: z.enum(organisationKinds).nullable(),
          regionId: nullableId,
          personId: nullableId,
        })
        .strict(),
    )
    .default([]),
  substituteRules: z
    .array(
      z
        .object({
          id,
          bodyId: nullableId,
          meetingId: nullableId,
          kind: z.enum(substituteRuleKinds),
          label: optionalText(120),
          roleKind: z.enum(roleKinds),
          organisationId: nullableId,
          substituteRoleKind: z.enum(roleKinds).nullable(),
          substitutePersonId: nullableId,
          companions: z.number().int().min(0).max(10),
        })
        .strict(),
    )
    .default([]),
  invitations: z
    .array(
      z
        .object({
          meetingId: id,
          personId: id,
          source: z.enum(invitationSources),
          standsInForPersonId: nullableId,
          companionOfPersonId: nullableId,
          /** `removed`: taken off the list by hand (kept so the rules do not bring the person back). */
          status: z.enum([...rsvpStatuses, 'removed']),
          statusDate: isoDate.nullable(),
          declineReason: optionalText(300),
          attendance: z.enum(attendanceValues),
          arrivedAtItemId: nullableId,
          leftAfterItemId: nullableId,
          host: z.boolean(),
          onSentList: z.boolean(),
        })
        .strict(),
    )
    .default([]),
  invitationChanges: z
    .array(
      z
        .object({
          id,
          meetingId: id,
          personId: nullableId,
          change: z.enum(['added', 'removed']),
          description: z.string().max(1000),
          changedAt: stamp,
        })
        .strict(),
    )
    .default([]),
  bodyInvitationSettings: z
    .array(
      z
        .object({ bodyId: id, quorum: z.number().int().min(1).max(500).nullable(), itemAttendance: z.boolean() })
        .strict(),
    )
    .default([]),
}
