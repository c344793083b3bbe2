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

/**
 * The whole-workspace file: one JSON document, versioned, with every table as a list of records.
 * Ids are kept so references inside the file stay valid; the importer checks every one of them.
 * A new table in a later issue adds a list and bumps `version`; the importer reads older versions.
 */
export const workspaceFileFormat = 'sekretariat-arbeidsomrade'
export const workspaceFileVersion = 1

const nullableId = id.nullable()

export const workspaceFile = z
  .object({
    format: z.literal(workspaceFileFormat),
    version: z.literal(workspaceFileVersion),
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
  })
  .strict()

export type WorkspaceFile = z.input<typeof workspaceFile>
export type ParsedWorkspaceFile = z.output<typeof workspaceFile>
