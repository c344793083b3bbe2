import type { ApiError } from '../shared/result'
import { nb } from '../shared/strings/nb'
import { format, plural } from '../shared/text'

/** A refusal meant for the user. Handlers throw it; the dispatcher turns it into `{ ok: false }`. */
export class AppError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message)
    this.name = 'AppError'
  }
}

export type Thing = keyof typeof nb.errors.what

export function notFound(what: Thing, id: number, field?: string): AppError {
  return new AppError({
    code: 'not_found',
    message: format(nb.errors.notFound, { what: nb.errors.what[what], id }),
    ...(field ? { field } : {}),
  })
}

export function conflict(message: string, field?: string): AppError {
  return new AppError({ code: 'conflict', message, ...(field ? { field } : {}) })
}

/** Refuses a delete and says what still refers to the thing: "3 personer, 2 verv". */
export function inUse(name: string, references: string[]): AppError {
  return new AppError({ code: 'in_use', message: format(nb.errors.inUse, { name, refs: references.join(', ') }) })
}

type ReferenceKey =
  | 'refPeople'
  | 'refOrganisations'
  | 'refRoles'
  | 'refHoldings'
  | 'refMemberships'
  | 'refDeputies'
  | 'refBodies'
  | 'refSecretary'
  | 'refRepresents'
  | 'refChildBodies'
  | 'refMeetings'
  | 'refItems'
  | 'refCases'
  | 'refAttendance'
  | 'refInvitationRules'
  | 'refPlans'
  | 'refPlanEntries'

/** Lists the non-zero reference counts as Norwegian phrases: "2 personer, 1 verv". */
export function describeReferences(counts: [key: ReferenceKey, count: number][]): string[] {
  return counts.filter(([, count]) => count > 0).map(([key, count]) => plural(nb.errors, key, count))
}
