import { bodyYearCalendar, meetingCalendar } from '../calendar/meeting-calendar'
import { holidaysOf } from '../cycle/holidays'
import { exportWheel } from '../cycle/wheel-export'
import { yearRange, yearWheel as wheelOfYear } from '../cycle/year-wheel'
import { notFound } from '../errors'
import type { Context } from './context'
import { addDays } from '../domain/dates'
import { dueItems } from '../domain/due'
import { getBody } from '../db/repositories/bodies'
import * as items from '../db/repositories/cycle-items'
import * as agenda from '../db/repositories/agenda'
import * as meetings from '../db/repositories/meetings'
import { approveMinutes } from '../db/repositories/minutes'
import { listFrozen, snapshotSentList } from '../db/repositories/invitations'
import * as rhythms from '../db/repositories/rhythms'
import { inTransaction, stamp, today, type HandlersOf } from './handler'

/** The yearly cycle: meetings, rhythms, planning a year, what is due, the wheel. */

const yearWheel = (ctx: Context, year: number, ringBy: 'body' | 'level') =>
  wheelOfYear(ctx.db, today(ctx), year, ringBy)

export const meetingHandlers: HandlersOf<'meetings'> = {
  'meetings.list': (ctx, { year, bodyId }) => meetings.listMeetings(ctx.db, { ...yearRange(year), bodyId }),
  'meetings.get': (ctx, { id }) => meetings.getMeetingDetail(ctx.db, id),
  'meetings.save': (ctx, input) =>
    inTransaction(ctx, async (trx) => {
      if (input.id !== undefined) {
        const current = await meetings.getMeeting(trx, input.id)
        await agenda.assertYearFree(trx, input.id, input.date, current.date)
      }
      return meetings.saveMeeting(trx, input, stamp(ctx))
    }),
  // The notice freezes the agenda's numbers, holding the meeting settles its cases, and
  // approving the minutes locks them: whichever screen the step is taken from.
  'meetings.setStatus': (ctx, { id, status }) =>
    inTransaction(ctx, async (trx) => {
      const from = (await meetings.getMeeting(trx, id)).status
      const before = await trx.selectFrom('meeting').select('notice_sent_at').where('id', '=', id).executeTakeFirst()
      await meetings.setMeetingStatus(trx, id, status, stamp(ctx))
      await agenda.onMeetingStatus(trx, id, from, stamp(ctx))
      // The invitation list goes out with the notice: from then on it is kept as sent.
      const after = await trx
        .selectFrom('meeting')
        .select(['status', 'notice_sent_at'])
        .where('id', '=', id)
        .executeTakeFirst()
      const wasFrozen = listFrozen({ status: from, notice_sent_at: before?.notice_sent_at ?? null })
      if (!wasFrozen && after && listFrozen(after)) await snapshotSentList(trx, id)
      if (status === 'minutes_approved') await approveMinutes(trx, id, null, stamp(ctx))
      return meetings.getMeeting(trx, id)
    }),
  'meetings.delete': async (ctx, { id }) => {
    await inTransaction(ctx, async (trx) => {
      // Only a meeting whose notice never went out can go; its cases go back to the queue.
      await meetings.assertDeletable(trx, id)
      await agenda.clearAgenda(trx, id, stamp(ctx))
      await meetings.deleteMeeting(trx, id)
    })
    return null
  },
}

export const rhythmHandlers: HandlersOf<'rhythms'> = {
  'rhythms.list': (ctx, { bodyId }) => rhythms.listRhythms(ctx.db, bodyId),
  'rhythms.save': (ctx, input) => inTransaction(ctx, (trx) => rhythms.saveRhythm(trx, input)),
  'rhythms.delete': async (ctx, { id }) => {
    await inTransaction(ctx, (trx) => rhythms.deleteRhythm(trx, id))
    return null
  },
}

export const cycleHandlers: HandlersOf<'cycle'> = {
  'cycle.generateYear': (ctx, { year, bodyIds }) =>
    inTransaction(ctx, (trx) => rhythms.generateYear(trx, year, bodyIds, stamp(ctx))),
  'cycle.copyYear': (ctx, { fromYear, toYear, bodyIds }) =>
    inTransaction(ctx, (trx) => rhythms.copyYear(trx, fromYear, toYear, bodyIds, stamp(ctx))),
  'cycle.due': async (ctx, { from, days }) => {
    const to = addDays(from, days - 1)
    // Minutes fall due up to a few weeks after a meeting, so look back far enough to see them.
    const around = await meetings.listMeetings(ctx.db, { from: addDays(from, -60), to: addDays(to, 60) })
    return dueItems(around, from, to)
  },
  'cycle.holidays': async (_ctx, { year }) => holidaysOf(year),
  'cycle.wheel': (ctx, { year, ringBy }) => yearWheel(ctx, year, ringBy),
  'cycle.exportWheel': async (ctx, { year, ringBy, format }) => exportWheel(await yearWheel(ctx, year, ringBy), format),
}

export const calendarHandlers: HandlersOf<'calendar'> = {
  'calendar.meeting': async (ctx, { id }) => meetingCalendar(await meetings.getMeeting(ctx.db, id), ctx.now()),
  'calendar.bodyYear': async (ctx, { bodyId, year }) => {
    const body = await getBody(ctx.db, bodyId, today(ctx))
    const ofYear = await meetings.listMeetings(ctx.db, { ...yearRange(year), bodyId })
    return bodyYearCalendar(body.name, body.shortCode, year, ofYear, ctx.now())
  },
}

export const cycleItemHandlers: HandlersOf<'cycleItems'> = {
  'cycleItems.list': (ctx, { year }) => items.listCycleItems(ctx.db, year),
  // Answers with the item placed in this year.
  'cycleItems.save': async (ctx, input) => {
    const id = await inTransaction(ctx, (trx) => items.saveCycleItem(trx, input))
    const placed = (await items.listCycleItems(ctx.db, Number(today(ctx).slice(0, 4)))).find((i) => i.id === id)
    if (!placed) throw notFound('cycleItem', id)
    return placed
  },
  'cycleItems.delete': async (ctx, { id }) => {
    await inTransaction(ctx, (trx) => items.deleteCycleItem(trx, id))
    return null
  },
}
