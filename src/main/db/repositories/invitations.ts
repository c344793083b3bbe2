import type { Kysely, Selectable, Updateable } from 'kysely'
import type {
  AttendanceValue,
  BodyInvitationSettings,
  InvitationList,
  InvitationSource,
  RsvpStatus,
} from '../../../shared/invitations'
import type { MeetingStatus } from '../../../shared/cycle'
import { statusOrder } from '../../../shared/meeting-life'
import { nb } from '../../../shared/strings/nb'
import { format, plural } from '../../../shared/text'
import { buildInvitationList, type ListOutput, type StoredInvitation } from '../../domain/invitation-list'
import { planAnswer, planCompanion, planSubstitute, type ListEntry } from '../../domain/substitutes'
import { AppError, conflict, notFound } from '../../errors'
import type { Database } from '../schema'
import { numberLabels } from './case-numbers'
import { loadRegisterSnapshot } from './invitation-register'
import { describeSubstituteRule, rulesOfMeeting } from './invitation-rules'
import { refuseWithheld } from './personal-data'

/**
 * A meeting's invitation list: worked out from the rules at the meeting's date until the notice
 * is sent, then kept as sent. What people answer and do is stored per person (`invitation`);
 * every addition or removal after sending is recorded (`invitation_change`).
 */

const t = nb.invitationText
const refuse = (message: string, field: string) => new AppError({ code: 'validation', message, field })
const label = (key: keyof typeof nb.fields) => nb.fields[key]

/** From the notice on (or once held, for a meeting without one) the list is the list as sent. */
export const listFrozen = (m: { status: string; notice_sent_at: string | null }) =>
  m.notice_sent_at !== null || (m.status !== 'cancelled' && statusOrder[m.status as MeetingStatus] >= statusOrder.held)

async function meetingRow(db: Kysely<Database>, meetingId: number) {
  const row = await db
    .selectFrom('meeting')
    .innerJoin('body', 'body.id', 'meeting.body_id')
    .selectAll('meeting')
    .select([
      'body.name as bodyName',
      'body.short_code as bodyShortCode',
      'body.quorum',
      'body.item_attendance as itemAttendance',
    ])
    .where('meeting.id', '=', meetingId)
    .executeTakeFirst()
  if (!row) throw notFound('meeting', meetingId, 'meetingId')
  return row
}

type MeetingRow = Awaited<ReturnType<typeof meetingRow>>

function storedFrom(r: Selectable<Database['invitation']>): StoredInvitation {
  return {
    personId: r.person_id,
    source: r.source as InvitationSource,
    standsInForPersonId: r.stands_in_for_person_id,
    companionOfPersonId: r.companion_of_person_id,
    status: r.status as RsvpStatus | 'removed',
    statusDate: r.status_date,
    declineReason: r.decline_reason,
    attendance: r.attendance as AttendanceValue,
    arrivedAtItemId: r.arrived_at_item_id,
    leftAfterItemId: r.left_after_item_id,
    host: r.host === 1,
    onSentList: r.on_sent_list === 1,
  }
}

/** Everything the list is made from, in a dozen queries; the rest is the pure engine. */
async function computeList(db: Kysely<Database>, meeting: MeetingRow) {
  const [snap, rules, rows, changes] = await Promise.all([
    loadRegisterSnapshot(db, meeting.date),
    rulesOfMeeting(db, meeting),
    db.selectFrom('invitation').selectAll().where('meeting_id', '=', meeting.id).execute(),
    db.selectFrom('invitation_change').selectAll().where('meeting_id', '=', meeting.id).orderBy('id').execute(),
  ])
  const stored = rows.map((r) => storedFrom(r))
  const sent = listFrozen(meeting) && stored.some((r) => r.onSentList)
  // Added after sending, and not removed again since.
  const last = new Map<number, string>()
  for (const c of changes) if (c.person_id !== null) last.set(c.person_id, c.change)
  const addedAfterSend = new Set([...last].filter(([, change]) => change === 'added').map(([id]) => id))
  const output = buildInvitationList({
    snap,
    meetingBodyId: meeting.body_id,
    rules: rules.rules,
    substituteRules: rules.substituteRules,
    rows: stored,
    sent,
    addedAfterSend,
    quorum: meeting.quorum,
  })
  return { snap, rules, stored, sent, changes, output }
}

export async function loadInvitationList(
  db: Kysely<Database>,
  meetingId: number,
  today: string,
): Promise<InvitationList> {
  void today
  const meeting = await meetingRow(db, meetingId)
  const [{ snap, rules, sent, changes, output }, items] = await Promise.all([
    computeList(db, meeting),
    db
      .selectFrom('agenda_item')
      .leftJoin('case_item', 'case_item.id', 'agenda_item.case_id')
      .select(['agenda_item.id', 'agenda_item.title', 'case_item.title as caseTitle'])
      .where('agenda_item.meeting_id', '=', meetingId)
      .orderBy('agenda_item.position')
      .execute(),
  ])
  const labels = items.length
    ? await numberLabels(
        db,
        items.map((i) => i.id),
      )
    : new Map<number, { label: string }>()
  return {
    meeting: {
      id: meeting.id,
      bodyId: meeting.body_id,
      bodyShortCode: meeting.bodyShortCode,
      bodyName: meeting.bodyName,
      date: meeting.date,
      startTime: meeting.start_time,
      endTime: meeting.end_time,
      place: meeting.place,
      title: `${meeting.bodyName} ${meeting.date}`,
      status: meeting.status,
      minutesLocked: meeting.minutes_approved_at !== null,
    },
    sentAt: sent ? meeting.notice_sent_at : null,
    rules: rules.rules.map((r) => ({
      ...r,
      ...(output.ruleViews.get(r.id) ?? { description: '', resolvedCount: 0 }),
      origin: r.meetingId === null ? ('body' as const) : ('meeting' as const),
    })),
    substituteRules: rules.substituteRules.map((r) => ({
      ...r,
      description: describeSubstituteRule(r, snap),
      origin: r.meetingId === null ? ('body' as const) : ('meeting' as const),
    })),
    invitees: output.invitees,
    pendingChanges: output.pendingChanges,
    changes: changes.map((c) => ({
      id: c.id,
      personId: c.person_id,
      change: c.change as 'added' | 'removed',
      description: c.description,
      changedAt: c.changed_at,
    })),
    counts: output.counts,
    warnings: output.warnings,
    quorum: output.quorum,
    itemAttendance: meeting.itemAttendance === 1,
    agendaItems: items.map((i) => ({ id: i.id, label: labels.get(i.id)?.label ?? '', title: i.caseTitle ?? i.title })),
  }
}

// ---- writes -------------------------------------------------------------------------------

interface Loaded {
  meeting: MeetingRow
  sent: boolean
  output: ListOutput
  nameOf: (personId: number) => string
}

async function load(db: Kysely<Database>, meetingId: number): Promise<Loaded> {
  const meeting = await meetingRow(db, meetingId)
  const { snap, sent, output } = await computeList(db, meeting)
  return { meeting, sent, output, nameOf: (id) => snap.people.get(id)?.name ?? `#${id}` }
}

async function personName(db: Kysely<Database>, personId: number, field: string) {
  const p = await db.selectFrom('person').select('name').where('id', '=', personId).executeTakeFirst()
  if (!p) throw notFound('person', personId, field)
  return p.name
}

function onList(l: Loaded, personId: number, field: keyof typeof nb.fields): ListEntry {
  const entry = l.output.entries.get(personId)
  if (!entry) throw refuse(format(t.refusal.notInvited, { field: label(field), name: l.nameOf(personId) }), field)
  return entry
}

/** Writes one person's row; a row is created the first time the person has any state. */
async function upsert(
  db: Kysely<Database>,
  meetingId: number,
  personId: number,
  values: Omit<Updateable<Database['invitation']>, 'meeting_id' | 'person_id'>,
  entry?: ListEntry,
) {
  await db
    .insertInto('invitation')
    .values({
      meeting_id: meetingId,
      person_id: personId,
      source: values.source ?? entry?.source ?? 'rule',
      stands_in_for_person_id: entry?.standsInForPersonId ?? null,
      companion_of_person_id: entry?.companionOfPersonId ?? null,
      ...values,
    })
    .onConflict((oc) => oc.columns(['meeting_id', 'person_id']).doUpdateSet(values))
    .execute()
}

async function recordChange(
  db: Kysely<Database>,
  l: Loaded,
  personId: number,
  change: 'added' | 'removed',
  reason: string,
  now: string,
) {
  if (!l.sent) return
  await db
    .insertInto('invitation_change')
    .values({
      meeting_id: l.meeting.id,
      person_id: personId,
      change,
      description: `${l.nameOf(personId)}: ${reason}`,
      changed_at: now,
    })
    .execute()
}

export async function respond(
  db: Kysely<Database>,
  input: { meetingId: number; personId: number; status: RsvpStatus; reason: string; date: string | null },
  today: string,
) {
  const l = await load(db, input.meetingId)
  const entry = onList(l, input.personId, 'personId')
  if (input.status !== 'declined' && input.reason !== '') {
    throw refuse(format(t.refusal.reasonOnlyWithDecline, { field: label('reason') }), 'reason')
  }
  // A principal who comes after all while someone stands in would be two people for one seat.
  const plan = planAnswer(l.output.entries, input.personId, input.status)
  if (!plan.ok && plan.refusal.kind === 'hasSubstitute') {
    const substitute = l.nameOf(plan.refusal.substituteId)
    throw conflict(format(t.refusal.hasSubstituteAnswer, { name: l.nameOf(input.personId), substitute }), 'status')
  }
  await upsert(
    db,
    input.meetingId,
    input.personId,
    { status: input.status, status_date: input.date ?? today, decline_reason: input.reason },
    entry,
  )
}

export async function inviteSubstitute(
  db: Kysely<Database>,
  input: { meetingId: number; forPersonId: number; personId: number | null },
  now: string,
  today: string,
) {
  const l = await load(db, input.meetingId)
  if (input.personId !== null) await personName(db, input.personId, 'personId')
  await refuseWithheld(db, 'personId', input.personId)
  const principal = l.nameOf(input.forPersonId)
  const plan = planSubstitute(
    l.output.entries,
    input.forPersonId,
    input.personId,
    l.output.candidatesOf(input.forPersonId),
  )
  if (!plan.ok) {
    const r = plan.refusal
    const at =
      r.kind === 'notInvited' ||
      r.kind === 'notDeclined' ||
      r.kind === 'standInHasNoStandIn' ||
      r.kind === 'hasSubstitute' ||
      r.kind === 'noProposal'
        ? 'forPersonId'
        : 'personId'
    const field = label(at)
    const chosen = l.nameOf(input.personId ?? 0)
    const message = {
      notInvited: () => format(t.refusal.notInvited, { field, name: principal }),
      notDeclined: () => format(t.refusal.notDeclined, { field, name: principal }),
      standInHasNoStandIn: () => format(t.refusal.standInHasNoStandIn, { field, name: principal }),
      hasSubstitute: () =>
        format(t.refusal.hasSubstitute, {
          field,
          name: principal,
          substitute: r.kind === 'hasSubstitute' ? l.nameOf(r.substituteId) : '',
        }),
      isPrincipal: () => format(nb.validation.substituteIsPrincipal, { field }),
      alreadyInvited: () => format(t.refusal.alreadyInvited, { field, name: chosen }),
      alreadyStandsIn: () =>
        format(t.refusal.alreadyStandsIn, {
          field,
          name: chosen,
          other: r.kind === 'alreadyStandsIn' ? l.nameOf(r.forPersonId) : '',
        }),
      noProposal: () => format(t.refusal.noProposal, { field, name: principal }),
    }[r.kind]()
    throw refuse(message, at)
  }
  if (plan.release !== null) {
    await db
      .updateTable('invitation')
      .set({ stands_in_for_person_id: null })
      .where('meeting_id', '=', input.meetingId)
      .where('person_id', '=', plan.release)
      .execute()
  }
  await upsert(db, input.meetingId, plan.personId, {
    source: plan.source,
    stands_in_for_person_id: input.forPersonId,
    companion_of_person_id: null,
    status: 'invited',
    status_date: today,
    decline_reason: '',
    attendance: 'unrecorded',
    host: 0,
    on_sent_list: l.sent ? 1 : 0,
  })
  const key = plan.source === 'deputy' ? t.change.deputy : t.change.substitute
  await recordChange(db, l, plan.personId, 'added', format(key, { name: principal }), now)
}

export async function addCompanion(
  db: Kysely<Database>,
  input: { meetingId: number; ofPersonId: number; personId: number },
  now: string,
  today: string,
) {
  const l = await load(db, input.meetingId)
  await personName(db, input.personId, 'personId')
  await refuseWithheld(db, 'personId', input.personId)
  const principal = l.nameOf(input.ofPersonId)
  const allowed = l.output.allowanceOf(input.ofPersonId)
  const plan = planCompanion(l.output.entries, input.ofPersonId, input.personId, allowed)
  if (!plan.ok) {
    const r = plan.refusal
    if (r.kind === 'notInvited') {
      throw refuse(format(t.refusal.notInvited, { field: label('ofPersonId'), name: principal }), 'ofPersonId')
    }
    if (r.kind === 'noAllowance') {
      throw refuse(
        format(t.refusal.noCompanionAllowance, { field: label('ofPersonId'), name: principal }),
        'ofPersonId',
      )
    }
    if (r.kind === 'full') {
      throw refuse(
        format(plural(t.refusal, 'companionsFull', r.allowed), { field: label('personId'), name: principal }),
        'personId',
      )
    }
    if (r.kind === 'isPrincipal') {
      throw refuse(format(t.refusal.companionIsPrincipal, { field: label('personId') }), 'personId')
    }
    throw refuse(
      format(t.refusal.alreadyInvited, { field: label('personId'), name: l.nameOf(input.personId) }),
      'personId',
    )
  }
  await upsert(db, input.meetingId, input.personId, {
    source: 'companion',
    stands_in_for_person_id: null,
    companion_of_person_id: input.ofPersonId,
    status: 'invited',
    status_date: today,
    decline_reason: '',
    attendance: 'unrecorded',
    host: 0,
    on_sent_list: l.sent ? 1 : 0,
  })
  await recordChange(db, l, input.personId, 'added', format(t.change.companion, { name: principal }), now)
}

/** Takes someone off the list, with whoever stands in for them or came along with them. */
export async function removeInvitee(db: Kysely<Database>, input: { meetingId: number; personId: number }, now: string) {
  const l = await load(db, input.meetingId)
  const entry = onList(l, input.personId, 'personId')
  const followers = [...l.output.entries.values()].filter(
    (e) => e.standsInForPersonId === input.personId || e.companionOfPersonId === input.personId,
  )
  const off = { status: 'removed', on_sent_list: 0, stands_in_for_person_id: null, companion_of_person_id: null }
  await upsert(db, input.meetingId, input.personId, off, entry)
  await recordChange(db, l, input.personId, 'removed', t.change.removedByHand, now)
  for (const f of followers) {
    await upsert(db, input.meetingId, f.personId, off, f)
    await recordChange(
      db,
      l,
      f.personId,
      'removed',
      format(t.change.withPrincipal, { name: l.nameOf(input.personId) }),
      now,
    )
  }
}

export async function setAttendance(
  db: Kysely<Database>,
  input: {
    meetingId: number
    personId: number
    attendance: AttendanceValue
    arrivedAtItemId: number | null
    leftAfterItemId: number | null
  },
) {
  const l = await load(db, input.meetingId)
  if (l.meeting.minutes_approved_at !== null) throw conflict(t.refusal.attendanceLocked, 'attendance')
  const entry = onList(l, input.personId, 'personId')
  for (const at of ['arrivedAtItemId', 'leftAfterItemId'] as const) {
    const itemId = input[at]
    if (itemId === null) continue
    const item = await db.selectFrom('agenda_item').select('meeting_id').where('id', '=', itemId).executeTakeFirst()
    if (item?.meeting_id !== input.meetingId) {
      throw refuse(format(t.refusal.itemNotOnAgenda, { field: label(at) }), at)
    }
  }
  const present = input.attendance === 'present'
  await upsert(
    db,
    input.meetingId,
    input.personId,
    {
      attendance: input.attendance,
      arrived_at_item_id: present ? input.arrivedAtItemId : null,
      left_after_item_id: present ? input.leftAfterItemId : null,
    },
    entry,
  )
}

export async function setHost(db: Kysely<Database>, input: { meetingId: number; personId: number; host: boolean }) {
  const l = await load(db, input.meetingId)
  const entry = onList(l, input.personId, 'personId')
  await upsert(db, input.meetingId, input.personId, { host: input.host ? 1 : 0 }, entry)
}

/** Brings the list as sent in line with the rules now, and records each change. */
export async function applyChanges(db: Kysely<Database>, meetingId: number, now: string) {
  const l = await load(db, meetingId)
  for (const p of l.output.pendingChanges) {
    if (p.change === 'add') {
      await upsert(db, meetingId, p.personId, { on_sent_list: 1, source: 'rule' })
      await recordChange(db, l, p.personId, 'added', format(t.change.newByRule, { reason: p.reason }), now)
    } else {
      await db
        .updateTable('invitation')
        .set({ on_sent_list: 0 })
        .where('meeting_id', '=', meetingId)
        .where('person_id', '=', p.personId)
        .execute()
      await recordChange(db, l, p.personId, 'removed', t.change.noLongerReached, now)
    }
  }
}

/**
 * Keeps the list as it went out with the notice: everyone on it gets a row marked as sent.
 * Called in the transaction that sends the notice; a second call changes nothing.
 */
export async function snapshotSentList(db: Kysely<Database>, meetingId: number) {
  const meeting = await meetingRow(db, meetingId)
  const { stored, output } = await computeList(db, { ...meeting, notice_sent_at: null, status: 'planned' })
  if (stored.some((r) => r.onSentList)) return
  const have = new Set(stored.map((r) => r.personId))
  const fresh = [...output.entries.keys()].filter((id) => !have.has(id))
  const chunk = 400
  for (let i = 0; i < fresh.length; i += chunk) {
    await db
      .insertInto('invitation')
      .values(
        fresh
          .slice(i, i + chunk)
          .map((personId) => ({ meeting_id: meetingId, person_id: personId, source: 'rule', on_sent_list: 1 })),
      )
      .execute()
  }
  const existing = [...output.entries.keys()].filter((id) => have.has(id))
  for (let i = 0; i < existing.length; i += chunk) {
    await db
      .updateTable('invitation')
      .set({ on_sent_list: 1 })
      .where('meeting_id', '=', meetingId)
      .where('person_id', 'in', existing.slice(i, i + chunk))
      .execute()
  }
}

export async function getSettings(db: Kysely<Database>, bodyId: number): Promise<BodyInvitationSettings> {
  const body = await db
    .selectFrom('body')
    .select(['id', 'quorum', 'item_attendance'])
    .where('id', '=', bodyId)
    .executeTakeFirst()
  if (!body) throw notFound('body', bodyId, 'bodyId')
  return { bodyId: body.id, quorum: body.quorum, itemAttendance: body.item_attendance === 1 }
}

export async function saveSettings(db: Kysely<Database>, input: BodyInvitationSettings, now: string) {
  const result = await db
    .updateTable('body')
    .set({ quorum: input.quorum, item_attendance: input.itemAttendance ? 1 : 0, updated_at: now })
    .where('id', '=', input.bodyId)
    .executeTakeFirst()
  if (result.numUpdatedRows === 0n) throw notFound('body', input.bodyId, 'bodyId')
  return getSettings(db, input.bodyId)
}
