import { performance } from 'node:perf_hooks'
import type { Context } from '../api/context'
import { loadInvitationList } from '../db/repositories/invitations'
import { loadRegisterSnapshot } from '../db/repositories/invitation-register'
import { rulesOfMeeting } from '../db/repositories/invitation-rules'
import { buildInvitationList, type StoredInvitation } from '../domain/invitation-list'
import type { Call, Figure } from './kit'
import { time, timeEach } from './kit'

/**
 * The partnership meeting's invitation list on the grown register (500 people, 300 roles): six
 * rules, about 120 invitees. Resolving it through `invitations.get` (target 20 ms); recomputing
 * after one answer (target 5 ms) is the engine over the loaded register; an answer through the
 * handler (write and the new list back) is shown as well.
 */
export async function invitationFigures(call: Call, ctx: Context): Promise<Figure[]> {
  const pm = (await call('meetings.list', { year: Number(ctx.now().toISOString().slice(0, 4)) })).find(
    (m) => m.bodyShortCode === 'PM' && m.date.slice(5, 7) === '10',
  )
  if (!pm) return []
  // The demo's five groups from seed 000, and one more for the meeting: the heads of department.
  await call('invitationRules.save', {
    bodyId: null,
    meetingId: pm.id,
    kind: 'roles',
    roleKinds: ['kommunalsjef', 'tillitsvalgt'],
  })
  // On a demo made today the October notice is already out: the new rule is applied as a change.
  await call('invitations.applyChanges', { meetingId: pm.id })
  const list = await call('invitations.get', { meetingId: pm.id })
  // Warm up the statements and the JIT before anything is timed.
  for (let i = 0; i < 20; i++) await call('invitations.get', { meetingId: pm.id })
  const people = list.invitees.map((i) => i.personId)
  const today = ctx.now().toISOString().slice(0, 10)

  // What the handler loads, once; then the engine alone after one changed answer.
  const meeting = await ctx.db
    .selectFrom('meeting')
    .select(['id', 'body_id', 'date'])
    .where('id', '=', pm.id)
    .executeTakeFirstOrThrow()
  const [snap, rules] = await Promise.all([loadRegisterSnapshot(ctx.db, meeting.date), rulesOfMeeting(ctx.db, meeting)])
  const sent = list.sentAt !== null
  const rows: StoredInvitation[] = list.invitees.map((i) => ({
    personId: i.personId,
    source: i.source,
    standsInForPersonId: i.standsInFor?.personId ?? null,
    companionOfPersonId: i.companionOf?.personId ?? null,
    status: i.status,
    statusDate: i.statusDate,
    declineReason: i.declineReason,
    attendance: i.attendance,
    arrivedAtItemId: null,
    leftAfterItemId: null,
    host: i.host,
    onSentList: sent,
  }))
  const recompute = (index: number) => {
    // One answer changes: someone declines or accepts.
    const k = index % rows.length
    rows[k] = { ...rows[k], status: index % 2 === 0 ? 'declined' : 'accepted', statusDate: today }
    const start = performance.now()
    buildInvitationList({
      snap,
      meetingBodyId: meeting.body_id,
      rules: rules.rules,
      substituteRules: rules.substituteRules,
      rows,
      sent,
      addedAfterSend: new Set(),
      quorum: null,
    })
    return Promise.resolve(performance.now() - start)
  }

  return [
    await time(
      `invitations.get PM (${list.rules.length} regler, ${list.invitees.length} inviterte)`,
      50,
      () => call('invitations.get', { meetingId: pm.id }),
      20,
    ),
    await timeEach('invitasjonsliste regnet ut på nytt etter ett svar (motoren)', 200, recompute, 5),
    await time('invitations.respond (skriv + ny liste tilbake)', 50, async () => {
      const personId = people[Math.floor(Math.random() * people.length)]
      await call('invitations.respond', { meetingId: pm.id, personId, status: 'accepted' })
    }),
    await time('loadInvitationList direkte', 50, () => loadInvitationList(ctx.db, pm.id, today)),
  ]
}
