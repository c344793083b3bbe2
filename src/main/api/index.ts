import { contract, isOperationName } from '../../shared/contract'
import { nb } from '../../shared/strings/nb'
import { fail, ok, type Result } from '../../shared/result'
import { format } from '../../shared/text'
import { validate } from '../../shared/validation'
import { AppError } from '../errors'
import { describeError } from '../safe-log'
import { offThreadOperations } from '../work/off-thread-operations'
import type { Context } from './context'
import type { Handlers } from './handler'
import {
  bodyHandlers,
  membershipHandlers,
  organisationHandlers,
  peopleHandlers,
  regionHandlers,
  roleHandlers,
} from './register'
import { workspaceHandlers } from './workspace'
import { agendaHandlers, attachmentHandlers, caseHandlers, followUpHandlers, minutesHandlers } from './cases'
import { archiveHandlers, documentHandlers } from './documents'
import { calendarHandlers, cycleHandlers, cycleItemHandlers, meetingHandlers, rhythmHandlers } from './cycle'
import { planHandlers, planInputHandlers, planLinkHandlers, planNodeHandlers, reviewHandlers } from './plans'
import { planExportHandlers } from './plan-exports'
import { invitationHandlers, invitationRuleHandlers, substituteRuleHandlers } from './invitations'
import { invitationExportHandlers } from './invitation-exports'
import { backupHandlers, refusedWhileDamaged } from './backups'
import { personalDataHandlers } from './personal-data'

/** Every operation of the contract, implemented once; the type makes a missing one a compile error. */
export const handlers: Handlers = {
  ...workspaceHandlers,
  ...regionHandlers,
  ...organisationHandlers,
  ...peopleHandlers,
  ...personalDataHandlers,
  ...roleHandlers,
  ...bodyHandlers,
  ...membershipHandlers,
  ...meetingHandlers,
  ...rhythmHandlers,
  ...cycleHandlers,
  ...calendarHandlers,
  ...cycleItemHandlers,
  ...caseHandlers,
  ...attachmentHandlers,
  ...agendaHandlers,
  ...minutesHandlers,
  ...followUpHandlers,
  ...documentHandlers,
  ...archiveHandlers,
  ...planHandlers,
  ...planNodeHandlers,
  ...reviewHandlers,
  ...planInputHandlers,
  ...planLinkHandlers,
  ...planExportHandlers,
  ...invitationRuleHandlers,
  ...substituteRuleHandlers,
  ...invitationHandlers,
  ...invitationExportHandlers,
  ...backupHandlers,
}

type AnyHandler = (ctx: Context, input: unknown) => Promise<unknown>

/**
 * The one way into the handlers, for IPC and HTTP alike: checks the name, validates the input
 * against the contract (nothing runs on bad input), and turns every failure into data.
 */
export async function invoke(ctx: Context, name: string, input: unknown): Promise<Result<unknown>> {
  if (!isOperationName(name)) {
    return fail({ code: 'unknown_operation', message: format(nb.errors.unknownOperation, { name: name.slice(0, 80) }) })
  }
  const parsed = validate(contract[name].input, input ?? {})
  if (!parsed.ok) return parsed
  const damaged = refusedWhileDamaged(ctx, name)
  if (damaged) return fail(damaged)
  if (ctx.offThread && offThreadOperations.has(name)) return ctx.offThread(name, parsed.value)
  const handler = handlers[name] as AnyHandler
  try {
    return ok(await handler(ctx, parsed.value))
  } catch (error) {
    if (error instanceof AppError) return fail(error.error)
    return fail(internalError(name, error))
  }
}

/**
 * Logs what a developer needs (operation, error type and code, stack frames) and neither the
 * input nor the error's message: both can hold personal data.
 */
function internalError(name: string, error: unknown) {
  const ref = Math.random().toString(36).slice(2, 8).toUpperCase()
  console.error(`[${ref}] ${name} feilet: ${describeError(error)}`)
  return { code: 'internal' as const, message: format(nb.errors.internal, { ref }) }
}
