import * as rules from '../db/repositories/invitation-rules'
import * as invitations from '../db/repositories/invitations'
import type { Context } from './context'
import { inTransaction, stamp, today, type HandlersOf } from './handler'

/** Invitation lists: rules, answers, substitutes, companions, attendance. Exports live elsewhere. */

const listOf = (ctx: Context, meetingId: number) => invitations.loadInvitationList(ctx.db, meetingId, today(ctx))

export const invitationRuleHandlers: HandlersOf<'invitationRules'> = {
  'invitationRules.list': (ctx, filter) => rules.listInvitationRules(ctx.db, filter, today(ctx)),
  'invitationRules.save': (ctx, input) => inTransaction(ctx, (trx) => rules.saveInvitationRule(trx, input, today(ctx))),
  'invitationRules.delete': async (ctx, { id }) => {
    await inTransaction(ctx, (trx) => rules.deleteInvitationRule(trx, id))
    return null
  },
}

export const substituteRuleHandlers: HandlersOf<'substituteRules'> = {
  'substituteRules.list': (ctx, filter) => rules.listSubstituteRules(ctx.db, filter, today(ctx)),
  'substituteRules.save': (ctx, input) => inTransaction(ctx, (trx) => rules.saveSubstituteRule(trx, input, today(ctx))),
  'substituteRules.delete': async (ctx, { id }) => {
    await inTransaction(ctx, (trx) => rules.deleteSubstituteRule(trx, id))
    return null
  },
}

export const invitationHandlers: Omit<
  HandlersOf<'invitations'>,
  'invitations.exportCsv' | 'invitations.exportIcs' | 'invitations.exportMail'
> = {
  'invitations.settings': (ctx, { id }) => invitations.getSettings(ctx.db, id),
  'invitations.saveSettings': (ctx, input) =>
    inTransaction(ctx, (trx) => invitations.saveSettings(trx, input, stamp(ctx))),
  'invitations.get': (ctx, { meetingId }) => listOf(ctx, meetingId),
  'invitations.respond': async (ctx, input) => {
    await inTransaction(ctx, (trx) => invitations.respond(trx, input, today(ctx)))
    return listOf(ctx, input.meetingId)
  },
  'invitations.inviteSubstitute': async (ctx, input) => {
    await inTransaction(ctx, (trx) => invitations.inviteSubstitute(trx, input, stamp(ctx), today(ctx)))
    return listOf(ctx, input.meetingId)
  },
  'invitations.addCompanion': async (ctx, input) => {
    await inTransaction(ctx, (trx) => invitations.addCompanion(trx, input, stamp(ctx), today(ctx)))
    return listOf(ctx, input.meetingId)
  },
  'invitations.remove': async (ctx, input) => {
    await inTransaction(ctx, (trx) => invitations.removeInvitee(trx, input, stamp(ctx)))
    return listOf(ctx, input.meetingId)
  },
  'invitations.setAttendance': async (ctx, input) => {
    await inTransaction(ctx, (trx) => invitations.setAttendance(trx, input))
    return listOf(ctx, input.meetingId)
  },
  'invitations.setHost': async (ctx, input) => {
    await inTransaction(ctx, (trx) => invitations.setHost(trx, input))
    return listOf(ctx, input.meetingId)
  },
  'invitations.applyChanges': async (ctx, { meetingId }) => {
    await inTransaction(ctx, (trx) => invitations.applyChanges(trx, meetingId, stamp(ctx)))
    return listOf(ctx, meetingId)
  },
}
