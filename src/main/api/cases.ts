import { copyFileSync, mkdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import { importCaseDocx } from '../cases/docx-import'
import { decodeFile, readStoredFile, storedPath, storeFile } from '../cases/file-store'
import * as agenda from '../db/repositories/agenda'
import * as attachments from '../db/repositories/attachments'
import * as cases from '../db/repositories/cases'
import { searchCases } from '../db/repositories/case-search'
import * as followUps from '../db/repositories/follow-ups'
import * as minutes from '../db/repositories/minutes'
import { AppError } from '../errors'
import { safeChildPath } from '../files/paths'
import type { Context } from './context'
import { inTransaction, stamp, type HandlersOf } from './handler'

/** Cases and their documents, agendas and numbers, minutes and follow-up. */

export const caseHandlers: HandlersOf<'cases'> = {
  'cases.list': (ctx, filter) => cases.listCases(ctx.db, filter),
  'cases.get': (ctx, { id }) => cases.getCaseDetail(ctx.db, id),
  'cases.save': (ctx, input) => inTransaction(ctx, (trx) => cases.saveCase(trx, input, stamp(ctx))),
  'cases.setStatus': (ctx, { id, status }) =>
    inTransaction(ctx, (trx) => cases.setCaseStatus(trx, id, status, stamp(ctx))),
  'cases.withdraw': (ctx, { id }) =>
    inTransaction(ctx, async (trx) => {
      await agenda.withdrawCase(trx, id, stamp(ctx))
      return cases.getCase(trx, id)
    }),
  'cases.delete': async (ctx, { id }) => {
    await inTransaction(ctx, (trx) => cases.deleteCase(trx, id))
    return null
  },
  'cases.forward': (ctx, { id, bodyId }) => inTransaction(ctx, (trx) => cases.forwardCase(trx, id, bodyId, stamp(ctx))),
  'cases.link': async (ctx, { id, linkedCaseId }) => {
    await inTransaction(ctx, (trx) => cases.linkCases(trx, id, linkedCaseId, true))
    return null
  },
  'cases.unlink': async (ctx, { id, linkedCaseId }) => {
    await inTransaction(ctx, (trx) => cases.linkCases(trx, id, linkedCaseId, false))
    return null
  },
  'cases.search': (ctx, { query, limit }) => searchCases(ctx.db, query, limit),
  'cases.importDocx': (_ctx, { fileName, content }) => importCaseDocx(decodeFile(fileName, content), fileName),
}

export const attachmentHandlers: HandlersOf<'attachments'> = {
  'attachments.add': (ctx, { caseId, title, fileName, content }) => {
    // The copy is written first: the database never refers to a file that is not there.
    const stored = storeFile(ctx.dataFolder, fileName, decodeFile(fileName, content))
    return inTransaction(ctx, (trx) => attachments.addAttachment(trx, caseId, title, stored, stamp(ctx)))
  },
  'attachments.remove': async (ctx, { id }) => {
    await inTransaction(ctx, (trx) => attachments.removeAttachment(trx, id))
    return null
  },
  'attachments.reorder': (ctx, { caseId, ids }) =>
    inTransaction(ctx, (trx) => attachments.reorderAttachments(trx, caseId, ids)),
  'attachments.open': async (ctx, { id }) => {
    const a = await attachments.getAttachment(ctx.db, id)
    const bytes = readStoredFile(ctx.dataFolder, a.sha256, a.fileName)
    if (ctx.openFile) {
      await openCopy(ctx, a.sha256, a.fileName)
      return { opened: true, file: null }
    }
    return {
      opened: false,
      file: { fileName: a.fileName, mimeType: a.mimeType, content: bytes.toString('base64'), encoding: 'base64' },
    }
  },
}

/** The system opens a file by its name's extension: the stored copy has none, so it is linked under its name. */
async function openCopy(ctx: Context, sha256: string, fileName: string) {
  const folder = join(tmpdir(), 'sekretariat-vedlegg', sha256.slice(0, 16))
  mkdirSync(folder, { recursive: true })
  // The name is the user's: made one harmless name, and no link planted in the shared temp folder is followed.
  const target = safeChildPath(folder, fileName, { fallback: 'vedlegg' })
  copyFileSync(storedPath(ctx.dataFolder, sha256), target)
  try {
    await ctx.openFile?.(target)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new AppError({ code: 'conflict', message: format(nb.caseErrors.openFailed, { name: fileName, message }) })
  }
}

const agendaAfter = async (ctx: Context, meetingId: number) => agenda.getAgenda(ctx.db, meetingId)

export const agendaHandlers: HandlersOf<'agenda'> = {
  'agenda.get': (ctx, { meetingId }) => agenda.getAgenda(ctx.db, meetingId),
  'agenda.start': async (ctx, { meetingId }) => {
    await inTransaction(ctx, (trx) => agenda.startAgenda(trx, meetingId, stamp(ctx)))
    return agendaAfter(ctx, meetingId)
  },
  'agenda.addCase': async (ctx, { meetingId, caseId }) => {
    await inTransaction(ctx, (trx) => agenda.addCaseToAgenda(trx, meetingId, caseId, stamp(ctx)))
    return agendaAfter(ctx, meetingId)
  },
  'agenda.saveItem': async (ctx, input) => {
    await inTransaction(ctx, (trx) => agenda.saveAgendaItem(trx, input, stamp(ctx)))
    return agendaAfter(ctx, input.meetingId)
  },
  'agenda.setTiming': async (ctx, { id, durationMinutes, speaker }) => {
    const meetingId = await inTransaction(ctx, (trx) => agenda.setItemTiming(trx, id, durationMinutes, speaker))
    return agendaAfter(ctx, meetingId)
  },
  'agenda.removeItem': async (ctx, { id }) => {
    const meetingId = await inTransaction(ctx, (trx) => agenda.removeAgendaItem(trx, id, stamp(ctx)))
    return agendaAfter(ctx, meetingId)
  },
  'agenda.reorder': async (ctx, { meetingId, itemIds }) => {
    await inTransaction(ctx, (trx) => agenda.reorderAgenda(trx, meetingId, itemIds))
    return agendaAfter(ctx, meetingId)
  },
  'agenda.postpone': async (ctx, { id, toMeetingId }) => {
    const meetingId = await inTransaction(ctx, (trx) => agenda.postponeItem(trx, id, toMeetingId, stamp(ctx)))
    return agendaAfter(ctx, meetingId)
  },
}

export const minutesHandlers: HandlersOf<'minutes'> = {
  'minutes.get': (ctx, { meetingId }) => minutes.getMinutes(ctx.db, meetingId),
  'minutes.saveItem': async (ctx, input) => {
    const meetingId = await inTransaction(ctx, (trx) => minutes.saveMinutesItem(trx, input, stamp(ctx)))
    return minutes.getMinutes(ctx.db, meetingId)
  },
  'minutes.approve': async (ctx, { meetingId, inMeetingId }) => {
    await inTransaction(ctx, (trx) => minutes.approveMinutes(trx, meetingId, inMeetingId, stamp(ctx)))
    return minutes.getMinutes(ctx.db, meetingId)
  },
}

export const followUpHandlers: HandlersOf<'followUps'> = {
  'followUps.list': (ctx, filter) => followUps.listFollowUps(ctx.db, filter),
  'followUps.save': (ctx, input) => inTransaction(ctx, (trx) => followUps.saveFollowUp(trx, input, stamp(ctx))),
  'followUps.delete': async (ctx, { id }) => {
    await inTransaction(ctx, (trx) => followUps.deleteFollowUp(trx, id))
    return null
  },
}
