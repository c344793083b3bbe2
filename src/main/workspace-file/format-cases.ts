import { z } from 'zod'
import { caseKinds, caseStatuses, programmeKinds, standardItemKeys } from '../../shared/cases'
import { richDoc } from '../../shared/rich-text'
import { id, isoDate, optionalText, requiredText } from '../../shared/schema-kit'

/**
 * The lists version 3 added: cases and their matters, attachments (metadata; the files stay in
 * the data folder's `vedlegg/` store), links, agendas with their numbers and notices, minutes,
 * follow-up and attendance. Each defaults to empty, so files of versions 1 and 2 read as before.
 */

const nullableId = id.nullable()
/** An ISO timestamp as stored (`2026-11-23T10:00:00.000Z`); only its length is bounded. */
const stamp = z.string().trim().min(1).max(40)
const nullableStamp = stamp.nullable()

export const caseFileLists = {
  matters: z.array(z.object({ id, createdAt: stamp }).strict()).default([]),
  cases: z
    .array(
      z
        .object({
          id,
          matterId: id,
          bodyId: id,
          title: requiredText(300),
          kind: z.enum(caseKinds),
          status: z.enum(caseStatuses),
          officerPersonId: nullableId,
          archiveRef: optionalText(100),
          /** The sections as the editor's JSON objects (not strings), as they are edited. */
          sections: z.object({ background: richDoc, facts: richDoc, assessment: richDoc, proposal: richDoc }).strict(),
          forwardedFromId: nullableId,
          createdAt: stamp,
          updatedAt: stamp,
        })
        .strict(),
    )
    .default([]),
  attachments: z
    .array(
      z
        .object({
          id,
          caseId: id,
          position: z.number().int().min(1),
          title: requiredText(300),
          fileName: requiredText(255),
          mimeType: requiredText(200),
          size: z.number().int().min(0),
          sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'invalidInput' }),
          addedAt: stamp,
        })
        .strict(),
    )
    .default([]),
  caseLinks: z.array(z.object({ caseId: id, linkedCaseId: id }).strict()).default([]),
  agendaItems: z
    .array(
      z
        .object({
          id,
          meetingId: id,
          position: z.number().int().min(0),
          kind: z.enum(['case', 'standard', 'programme']),
          caseId: nullableId,
          standardKey: z.enum(standardItemKeys).nullable(),
          title: optionalText(300),
          numbered: z.boolean(),
          number: z.number().int().min(1).nullable(),
          late: z.boolean(),
          withdrawnAt: nullableStamp,
          postponedAt: nullableStamp,
          postponedToMeetingId: nullableId,
          programmeKind: z.enum(programmeKinds).nullable(),
          durationMinutes: z.number().int().min(0).max(600).nullable(),
          speaker: optionalText(300),
          presenter: optionalText(300),
          summary: optionalText(8000),
          /** Null until written: the case's proposal stands in until then. */
          decision: richDoc.nullable(),
        })
        .strict(),
    )
    .default([]),
  caseNumbers: z
    .array(
      z
        .object({
          bodyId: id,
          year: z.number().int().min(1900).max(2999),
          sequence: z.number().int().min(1),
          agendaItemId: nullableId,
          fixedAt: stamp,
        })
        .strict(),
    )
    .default([]),
  notices: z
    .array(
      z
        .object({
          id,
          meetingId: id,
          kind: z.enum(['notice', 'late']),
          sentAt: stamp,
          agenda: z
            .array(z.object({ numberLabel: z.string().max(100).nullable(), title: z.string().max(300) }).strict())
            .max(500),
        })
        .strict(),
    )
    .default([]),
  followUps: z
    .array(
      z
        .object({
          id,
          agendaItemId: id,
          what: requiredText(500),
          responsible: optionalText(200),
          dueDate: isoDate.nullable(),
          doneAt: nullableStamp,
          createdAt: stamp,
        })
        .strict(),
    )
    .default([]),
  attendance: z.array(z.object({ meetingId: id, personId: id, present: z.boolean() }).strict()).default([]),
  minutesCorrections: z
    .array(
      z
        .object({
          id,
          meetingId: id,
          agendaItemId: nullableId,
          reason: requiredText(500),
          // The record before and after: a decision's text can be long.
          before: z.string().max(2_100_000),
          after: z.string().max(2_100_000),
          correctedAt: stamp,
        })
        .strict(),
    )
    .default([]),
}
