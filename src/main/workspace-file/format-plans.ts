import { z } from 'zod'
import { measureStatuses, planLevels } from '../../shared/action-plan'
import { id, isoDate, optionalText, requiredText } from '../../shared/schema-kit'

/**
 * The lists version 4 added for action plans, their nodes, reviews, statuses, input and links
 * (issue 7). Each defaults to empty, so older files read as before. Nodes keep their positions;
 * numbers are worked out from them, as in the app.
 */

const nullableId = id.nullable()
const stamp = z.string().trim().min(1).max(40)
const year = z.number().int().min(2000).max(2100)

export const planFileLists = {
  plans: z
    .array(
      z
        .object({
          id,
          title: requiredText(200),
          periodFrom: year,
          periodTo: year,
          ownerBodyId: id,
          strategy: optionalText(300),
          notes: optionalText(2000),
          createdAt: stamp,
          updatedAt: stamp,
        })
        .strict()
        .refine((p) => p.periodTo >= p.periodFrom, { message: 'endBeforeStart', path: ['periodTo'] }),
    )
    .default([]),
  planNodes: z
    .array(
      z
        .object({
          id,
          planId: id,
          parentId: nullableId,
          level: z.enum(planLevels),
          position: z.number().int().min(1),
          title: requiredText(1000),
          responsibleOrganisationId: nullableId,
          responsibleBodyId: nullableId,
          responsiblePersonId: nullableId,
          timeFrame: optionalText(100),
          resources: optionalText(500),
          indicator: optionalText(500),
          notes: optionalText(2000),
          createdAt: stamp,
          updatedAt: stamp,
        })
        .strict(),
    )
    .default([]),
  planReviews: z
    .array(
      z
        .object({
          id,
          planId: id,
          title: requiredText(200),
          date: isoDate,
          notes: optionalText(2000),
          createdAt: stamp,
        })
        .strict(),
    )
    .default([]),
  measureStatuses: z
    .array(
      z
        .object({
          reviewId: id,
          nodeId: id,
          status: z.enum(measureStatuses),
          comment: optionalText(2000),
          setAt: stamp,
        })
        .strict(),
    )
    .default([]),
  planInputs: z
    .array(
      z
        .object({
          id,
          planId: id,
          nodeId: nullableId,
          reviewId: nullableId,
          fromBodyId: id,
          personId: nullableId,
          givenOn: isoDate,
          text: requiredText(4000),
          createdAt: stamp,
        })
        .strict(),
    )
    .default([]),
  planLinks: z
    .array(
      z
        .object({
          id,
          nodeId: id,
          caseId: nullableId,
          followUpId: nullableId,
          status: z.enum(measureStatuses).nullable(),
          createdAt: stamp,
        })
        .strict(),
    )
    .default([]),
}
