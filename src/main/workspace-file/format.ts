import { z } from 'zod'
import {
  caseLabelFormat,
  id,
  isoDate,
  optionalEmail,
  optionalIsoDate,
  optionalText,
  requiredText,
} from '../../shared/schema-kit'
import { bodyLevels, membershipFunctions, organisationKinds, roleKinds } from '../../shared/vocabulary'
import {
  dayCount,
  itemAnchors,
  itemTimings,
  meetingKinds,
  meetingStatuses,
  monthDay,
  ordinal,
  time,
} from '../../shared/cycle'
import { defaultStandardItems, standardItemSettings } from '../../shared/register'
import { caseFileLists } from './format-cases'
import { invitationFileLists } from './format-invitations'
import { planFileLists } from './format-plans'

/**
 * The whole-workspace file: one JSON document, versioned, with every table as a list of records.
 * Ids are kept so references inside the file stay valid; the importer checks every one of them.
 * A new table in a later issue adds a list and bumps `version`; the importer reads older versions.
 */
export const workspaceFileFormat = 'sekretariat-arbeidsomrade'
export const workspaceFileVersion = 4
/**
 * Older versions still read: version 1 had no meetings, rhythms or deadline rules; version 2 no
 * cases, agendas, minutes or a body's agenda settings; version 3 no invitations or action plans.
 */
const readableVersions = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)])

const endsAfterStart = (v: { startTime: string; endTime: string }) => v.endTime > v.startTime
const laterEnd = { message: 'endBeforeStartTime', path: ['endTime'] }

const nullableId = id.nullable()

export const workspaceFile = z
  .object({
    format: z.literal(workspaceFileFormat),
    version: readableVersions,
    exportedAt: z.string().max(40),
    appVersion: z.string().max(40),
    workspace: z.object({ name: requiredText(200) }).strict(),
    regions: z.array(z.object({ id, name: requiredText(100) }).strict()),
    organisations: z.array(
      z
        .object({
          id,
          name: requiredText(200),
          shortName: optionalText(40),
          kind: z.enum(organisationKinds),
          regionId: nullableId,
          notes: optionalText(4000),
        })
        .strict(),
    ),
    people: z.array(
      z
        .object({
          id,
          name: requiredText(200),
          title: optionalText(200),
          organisationId: nullableId,
          email: optionalEmail,
          phone: optionalText(40),
          notes: optionalText(4000),
          // Personal data (sperring, sletting); files written before they existed read as neither.
          restrictedAt: z.string().max(40).nullable().optional(),
          restrictionReason: z.string().max(500).optional(),
          erasedAt: z.string().max(40).nullable().optional(),
        })
        .strict(),
    ),
    roles: z.array(
      z
        .object({
          id,
          title: requiredText(200),
          kind: z.enum(roleKinds),
          organisationId: id,
          seats: z.number().int().min(1).max(99),
        })
        .strict(),
    ),
    holdings: z.array(z.object({ id, roleId: id, personId: id, fromDate: isoDate, toDate: optionalIsoDate }).strict()),
    bodies: z.array(
      z
        .object({
          id,
          name: requiredText(200),
          shortCode: requiredText(20),
          level: z.enum(bodyLevels),
          parentBodyId: nullableId,
          regionId: nullableId,
          caseLabelFormat,
          defaultPlace: optionalText(200),
          defaultDurationMinutes: z
            .number()
            .int()
            .min(15)
            .max(24 * 60),
          secretaryPersonId: nullableId,
          notes: optionalText(4000),
          caseDeadlineWorkingDays: dayCount.default(10),
          noticeDays: dayCount.default(7),
          minutesWorkingDays: dayCount.default(10),
          assessmentTitle: requiredText(100).default('Vurdering'),
          standardItems: standardItemSettings.default(() => defaultStandardItems.map((i) => ({ ...i }))),
          postponedKeepsNumber: z.boolean().default(true),
        })
        .strict(),
    ),
    memberships: z.array(
      z
        .object({
          id,
          bodyId: id,
          personId: nullableId,
          roleId: nullableId,
          function: z.enum(membershipFunctions),
          representsOrganisationId: nullableId,
          representsRegionId: nullableId,
          fromDate: isoDate,
          toDate: optionalIsoDate,
          notes: optionalText(2000),
          /** Position 0 is the personal deputy; 1, 2, ... the ordered deputy list. */
          deputies: z
            .array(
              z
                .object({ position: z.number().int().min(0).max(10), personId: nullableId, roleId: nullableId })
                .strict(),
            )
            .max(11),
        })
        .strict(),
    ),
    meetings: z
      .array(
        z
          .object({
            id,
            bodyId: id,
            date: isoDate,
            startTime: time,
            endTime: time,
            place: optionalText(200),
            videoLink: optionalText(500),
            kind: z.enum(meetingKinds),
            status: z.enum(meetingStatuses),
            notes: optionalText(4000),
            noticeSentAt: z.string().max(40).nullable(),
            uid: requiredText(200),
            sequence: z.number().int().min(0),
            caseDeadlineWorkingDays: dayCount.nullable(),
            noticeDays: dayCount.nullable(),
            minutesWorkingDays: dayCount.nullable(),
            // Version 3: the meeting's number once fixed, where it was generated from, the approval.
            number: z.number().int().min(1).nullable().default(null),
            origin: z.string().max(200).nullable().default(null),
            minutesApprovedAt: z.string().max(40).nullable().default(null),
            minutesApprovedInMeetingId: nullableId.default(null),
          })
          .strict()
          .refine(endsAfterStart, laterEnd),
      )
      .default([]),
    meetingMoves: z
      .array(
        z
          .object({
            meetingId: id,
            fromDate: isoDate,
            fromStart: time,
            toDate: isoDate,
            toStart: time,
            afterNotice: z.boolean(),
            movedAt: z.string().max(40),
          })
          .strict(),
      )
      .default([]),
    rhythms: z
      .array(
        z
          .object({
            id,
            bodyId: id,
            weekday: z.number().int().min(1).max(7),
            ordinal,
            months: z.array(z.number().int().min(1).max(12)).min(1),
            startTime: time,
            endTime: time,
            place: optionalText(200),
            kind: z.enum(meetingKinds),
          })
          .strict()
          .refine(endsAfterStart, laterEnd),
      )
      .default([]),
    cycleItems: z
      .array(
        z
          .object({
            id,
            title: requiredText(200),
            bodyId: nullableId,
            category: requiredText(60),
            responsible: optionalText(200),
            timing: z.enum(itemTimings),
            month: z.number().int().min(1).max(12).nullable(),
            week: z.number().int().min(1).max(53).nullable().default(null),
            anchor: z.enum(itemAnchors).nullable(),
            anchorDate: monthDay.nullable(),
            prerequisiteBodyIds: z.array(id).max(50),
            notes: optionalText(2000),
          })
          .strict(),
      )
      .default([]),
    ...caseFileLists,
    ...invitationFileLists,
    ...planFileLists,
  })
  .strict()

export type WorkspaceFile = z.input<typeof workspaceFile>
export type ParsedWorkspaceFile = z.output<typeof workspaceFile>
