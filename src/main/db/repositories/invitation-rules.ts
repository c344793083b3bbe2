import type { Kysely, Selectable } from 'kysely'
import type {
  InvitationRule,
  InvitationRuleData,
  InvitationRuleKind,
  SubstituteRule,
  SubstituteRuleData,
  SubstituteRuleKind,
} from '../../../shared/invitations'
import { formatDate } from '../../../shared/dates'
import { nb } from '../../../shared/strings/nb'
import { format, plural } from '../../../shared/text'
import type { OrganisationKind, RoleKind } from '../../../shared/vocabulary'
import { describeRule, resolveRule, type RegisterSnapshot } from '../../domain/invitation-rules'
import { findSubstituteLoop } from '../../domain/substitutes'
import { AppError, notFound } from '../../errors'
import type { Database } from '../schema'
import { loadRegisterSnapshot } from './invitation-register'
import { refuseWithheld } from './personal-data'

/**
 * Invitation rules (who is invited) and substitute rules (who stands in, who may come along),
 * each owned by a body (its default for every meeting) or by one meeting.
 */

const t = nb.invitationText
const field = (key: keyof typeof nb.fields) => nb.fields[key]
const refuse = (message: string, at: string) => new AppError({ code: 'validation', message, field: at })

type RuleRow = Selectable<Database['invitation_rule']>
type SubRow = Selectable<Database['substitute_rule']>

export function ruleFromRow(r: RuleRow): Omit<InvitationRule, 'description' | 'resolvedCount'> {
  return {
    id: r.id,
    bodyId: r.body_id,
    meetingId: r.meeting_id,
    position: r.position,
    kind: r.kind as InvitationRuleKind,
    label: r.label,
    memberBodyId: r.member_body_id,
    roleKinds: r.role_kinds === '' ? [] : (r.role_kinds.split(',') as RoleKind[]),
    roleId: r.role_id,
    organisationId: r.organisation_id,
    organisationKind: r.organisation_kind as OrganisationKind | null,
    regionId: r.region_id,
    personId: r.person_id,
  }
}

export function substituteRuleFromRow(r: SubRow): Omit<SubstituteRule, 'description'> {
  return {
    id: r.id,
    bodyId: r.body_id,
    meetingId: r.meeting_id,
    kind: r.kind as SubstituteRuleKind,
    label: r.label,
    roleKind: r.role_kind as RoleKind,
    organisationId: r.organisation_id,
    substituteRoleKind: r.substitute_role_kind as RoleKind | null,
    substitutePersonId: r.substitute_person_id,
    companions: r.companions,
  }
}

const lower = (kind: RoleKind) => nb.vocabulary.roleKind[kind].toLocaleLowerCase('nb')

/** "Hvis kommunedirektør ikke kan delta, kommer kommunalsjef fra samme organisasjon i stedet". */
export function describeSubstituteRule(rule: Omit<SubstituteRule, 'description'>, snap: RegisterSnapshot): string {
  if (rule.label.trim() !== '') return rule.label.trim()
  const principal = nb.vocabulary.roleKind[rule.roleKind]
  let text: string
  if (rule.kind === 'companion') {
    text = format(plural(t.substituteRule, 'companion', rule.companions), { principal })
  } else if (rule.substituteRoleKind !== null) {
    text = format(t.substituteRule.role, {
      principal: lower(rule.roleKind),
      substitute: lower(rule.substituteRoleKind),
    })
  } else {
    const name = snap.people.get(rule.substitutePersonId ?? 0)?.name ?? ''
    text = format(t.substituteRule.person, { principal: lower(rule.roleKind), substitute: name })
  }
  if (rule.organisationId === null) return text
  const org = snap.organisations.get(rule.organisationId)?.name ?? ''
  return format(t.substituteRule.limitedTo, { rule: text, organisation: org })
}

/** The rules that apply to a meeting: the body's, then the meeting's own. */
export async function rulesOfMeeting(db: Kysely<Database>, meeting: { id: number; body_id: number }) {
  const [rules, subs] = await Promise.all([
    db
      .selectFrom('invitation_rule')
      .selectAll()
      .where((eb) => eb.or([eb('body_id', '=', meeting.body_id), eb('meeting_id', '=', meeting.id)]))
      .execute(),
    db
      .selectFrom('substitute_rule')
      .selectAll()
      .where((eb) => eb.or([eb('body_id', '=', meeting.body_id), eb('meeting_id', '=', meeting.id)]))
      .orderBy('id')
      .execute(),
  ])
  const byOwner = (a: { meeting_id: number | null }) => (a.meeting_id === null ? 0 : 1)
  rules.sort((a, b) => byOwner(a) - byOwner(b) || a.position - b.position || a.id - b.id)
  subs.sort((a, b) => byOwner(a) - byOwner(b) || a.id - b.id)
  return { rules: rules.map(ruleFromRow), substituteRules: subs.map(substituteRuleFromRow) }
}

/** A body rule is judged today; a meeting rule on the meeting's date, against the meeting's body. */
async function ownerContext(
  db: Kysely<Database>,
  owner: { bodyId: number | null; meetingId: number | null },
  today: string,
) {
  if (owner.meetingId !== null) {
    const meeting = await db
      .selectFrom('meeting')
      .select(['id', 'body_id', 'date'])
      .where('id', '=', owner.meetingId)
      .executeTakeFirst()
    if (!meeting) throw notFound('meeting', owner.meetingId, 'meetingId')
    return { date: meeting.date, bodyId: meeting.body_id, isMeeting: true }
  }
  const body = await db
    .selectFrom('body')
    .select('id')
    .where('id', '=', owner.bodyId ?? 0)
    .executeTakeFirst()
  if (!body) throw notFound('body', owner.bodyId ?? 0, 'bodyId')
  return { date: today, bodyId: body.id, isMeeting: false }
}

export async function listInvitationRules(
  db: Kysely<Database>,
  filter: { bodyId: number | null; meetingId: number | null },
  today: string,
): Promise<InvitationRule[]> {
  const rows = await db
    .selectFrom('invitation_rule')
    .selectAll()
    .$if(filter.bodyId !== null, (q) => q.where('body_id', '=', filter.bodyId ?? 0))
    .$if(filter.meetingId !== null, (q) => q.where('meeting_id', '=', filter.meetingId ?? 0))
    .orderBy('position')
    .orderBy('id')
    .execute()
  if (rows.length === 0) return []
  const meetings = await db
    .selectFrom('meeting')
    .select(['id', 'body_id', 'date'])
    .where('id', 'in', [...new Set(rows.map((r) => r.meeting_id ?? 0))])
    .execute()
  const meetingOf = new Map(meetings.map((m) => [m.id, m]))
  const snaps = new Map<string, RegisterSnapshot>()
  const snapAt = async (date: string) => {
    let snap = snaps.get(date)
    if (!snap) {
      snap = await loadRegisterSnapshot(db, date)
      snaps.set(date, snap)
    }
    return snap
  }
  const out: InvitationRule[] = []
  for (const row of rows) {
    const rule = ruleFromRow(row)
    const meeting = row.meeting_id === null ? undefined : meetingOf.get(row.meeting_id)
    const bodyId = meeting?.body_id ?? row.body_id
    const snap = await snapAt(meeting?.date ?? today)
    const reached = new Set(resolveRule(rule, snap, bodyId).map((h) => h.personId))
    out.push({ ...rule, description: describeRule(rule, snap, bodyId), resolvedCount: reached.size })
  }
  return out
}

async function exists(
  db: Kysely<Database>,
  table: 'body' | 'role' | 'organisation' | 'region' | 'person',
  id: number | null,
) {
  if (id === null) return true
  const row = await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()
  return row !== undefined
}

export async function saveInvitationRule(db: Kysely<Database>, input: InvitationRuleData, today: string) {
  const context = await ownerContext(db, input, today)
  const checks: [typeof input.memberBodyId, 'body' | 'role' | 'organisation' | 'region' | 'person', string][] = [
    [input.memberBodyId, 'body', 'memberBodyId'],
    [input.roleId, 'role', 'roleId'],
    [input.organisationId, 'organisation', 'organisationId'],
    [input.regionId, 'region', 'regionId'],
    [input.personId, 'person', 'personId'],
  ]
  for (const [id, table, at] of checks) {
    if (!(await exists(db, table, id))) throw notFound(table === 'body' ? 'body' : table, id ?? 0, at)
  }
  // Only what the kind uses is stored, so a rule never carries a stale limit.
  const values = {
    body_id: input.bodyId,
    meeting_id: input.meetingId,
    kind: input.kind,
    label: input.label,
    member_body_id: input.kind === 'members' ? input.memberBodyId : null,
    role_kinds: input.kind === 'roles' && input.roleId === null ? input.roleKinds.join(',') : '',
    role_id: input.kind === 'roles' ? input.roleId : null,
    organisation_id: input.kind === 'roles' ? input.organisationId : null,
    organisation_kind: input.kind === 'roles' ? input.organisationKind : null,
    region_id: input.kind === 'roles' ? input.regionId : null,
    person_id: input.kind === 'person' ? input.personId : null,
  }
  const probe = ruleFromRow({ ...values, id: input.id ?? 0, position: 0 })
  const snap = await loadRegisterSnapshot(db, context.date)
  if (resolveRule(probe, snap, context.bodyId).length === 0) {
    const when = context.isMeeting
      ? format(t.refusal.onMeetingDate, { date: formatDate(context.date) })
      : format(t.refusal.today, { date: formatDate(context.date) })
    const at = input.kind === 'members' ? 'memberBodyId' : input.kind === 'person' ? 'personId' : 'roleKinds'
    throw refuse(
      format(t.refusal.ruleResolvesToNobody, {
        field: field(at === 'memberBodyId' ? 'memberBodyId' : at === 'personId' ? 'personId' : 'roleKinds'),
        rule: describeRule(probe, snap, context.bodyId),
        when,
      }),
      at,
    )
  }
  let id = input.id
  if (id === undefined) {
    const last = await db
      .selectFrom('invitation_rule')
      .select((eb) => eb.fn.max('position').as('position'))
      .where(input.meetingId !== null ? 'meeting_id' : 'body_id', '=', input.meetingId ?? input.bodyId ?? 0)
      .executeTakeFirst()
    const position = (last?.position ?? -1) + 1
    id = (
      await db
        .insertInto('invitation_rule')
        .values({ ...values, position })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id
  } else {
    const result = await db.updateTable('invitation_rule').set(values).where('id', '=', id).executeTakeFirst()
    if (result.numUpdatedRows === 0n) throw notFound('invitationRule', id)
  }
  // Naming someone who was taken off this meeting's list by hand puts them back.
  if (input.kind === 'person' && input.meetingId !== null && input.personId !== null) {
    await db
      .deleteFrom('invitation')
      .where('meeting_id', '=', input.meetingId)
      .where('person_id', '=', input.personId)
      .where('status', '=', 'removed')
      .execute()
  }
  const saved = await db.selectFrom('invitation_rule').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
  const rule = ruleFromRow(saved)
  const reached = new Set(resolveRule(rule, snap, context.bodyId).map((h) => h.personId))
  return { ...rule, description: describeRule(rule, snap, context.bodyId), resolvedCount: reached.size }
}

export async function deleteInvitationRule(db: Kysely<Database>, id: number) {
  const result = await db.deleteFrom('invitation_rule').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('invitationRule', id)
}

export async function listSubstituteRules(
  db: Kysely<Database>,
  filter: { bodyId: number | null; meetingId: number | null },
  today: string,
): Promise<SubstituteRule[]> {
  const rows = await db
    .selectFrom('substitute_rule')
    .selectAll()
    .$if(filter.bodyId !== null, (q) => q.where('body_id', '=', filter.bodyId ?? 0))
    .$if(filter.meetingId !== null, (q) => q.where('meeting_id', '=', filter.meetingId ?? 0))
    .orderBy('id')
    .execute()
  if (rows.length === 0) return []
  const snap = await loadRegisterSnapshot(db, today)
  return rows.map((r) => {
    const rule = substituteRuleFromRow(r)
    return { ...rule, description: describeSubstituteRule(rule, snap) }
  })
}

/** The role substitute rules that apply together with one owned by `owner`. */
async function rulesAlongside(db: Kysely<Database>, owner: { bodyId: number | null; meetingId: number | null }) {
  let bodyId = owner.bodyId
  let meetingIds: number[] = []
  if (owner.meetingId !== null) {
    const m = await db.selectFrom('meeting').select('body_id').where('id', '=', owner.meetingId).executeTakeFirst()
    bodyId = m?.body_id ?? null
    meetingIds = [owner.meetingId]
  } else if (bodyId !== null) {
    meetingIds = (await db.selectFrom('meeting').select('id').where('body_id', '=', bodyId).execute()).map((m) => m.id)
  }
  return db
    .selectFrom('substitute_rule')
    .selectAll()
    .where((eb) =>
      eb.or([eb('body_id', '=', bodyId ?? 0), ...(meetingIds.length ? [eb('meeting_id', 'in', meetingIds)] : [])]),
    )
    .execute()
}

export async function saveSubstituteRule(db: Kysely<Database>, input: SubstituteRuleData, today: string) {
  await ownerContext(db, input, today)
  if (!(await exists(db, 'organisation', input.organisationId))) {
    throw notFound('organisation', input.organisationId ?? 0, 'organisationId')
  }
  if (!(await exists(db, 'person', input.substitutePersonId))) {
    throw notFound('person', input.substitutePersonId ?? 0, 'substitutePersonId')
  }
  const before =
    input.id === undefined
      ? undefined
      : await db
          .selectFrom('substitute_rule')
          .select('substitute_person_id')
          .where('id', '=', input.id)
          .executeTakeFirst()
  await refuseWithheld(db, 'substitutePersonId', input.substitutePersonId, [before?.substitute_person_id ?? null])
  const values = {
    body_id: input.bodyId,
    meeting_id: input.meetingId,
    kind: input.kind,
    label: input.label,
    role_kind: input.roleKind,
    organisation_id: input.organisationId,
    substitute_role_kind: input.kind === 'roleSubstitute' ? input.substituteRoleKind : null,
    substitute_person_id: input.kind === 'roleSubstitute' ? input.substitutePersonId : null,
    companions: input.kind === 'companion' ? input.companions : 0,
  }
  const others = (await rulesAlongside(db, input)).filter((r) => r.id !== input.id).map(substituteRuleFromRow)
  const loop = findSubstituteLoop(
    {
      kind: input.kind,
      roleKind: input.roleKind,
      organisationId: input.organisationId,
      substituteRoleKind: values.substitute_role_kind as RoleKind | null,
    },
    others,
  )
  if (loop) {
    throw refuse(
      format(t.refusal.substituteChainLoops, {
        field: field('substituteRoleKind'),
        chain: loop.map(lower).join(' → '),
      }),
      'substituteRoleKind',
    )
  }
  let id = input.id
  if (id === undefined) {
    id = (await db.insertInto('substitute_rule').values(values).returning('id').executeTakeFirstOrThrow()).id
  } else {
    const result = await db.updateTable('substitute_rule').set(values).where('id', '=', id).executeTakeFirst()
    if (result.numUpdatedRows === 0n) throw notFound('substituteRule', id)
  }
  const row = await db.selectFrom('substitute_rule').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
  const rule = substituteRuleFromRow(row)
  return { ...rule, description: describeSubstituteRule(rule, await loadRegisterSnapshot(db, today)) }
}

export async function deleteSubstituteRule(db: Kysely<Database>, id: number) {
  const result = await db.deleteFrom('substitute_rule').where('id', '=', id).executeTakeFirst()
  if (result.numDeletedRows === 0n) throw notFound('substituteRule', id)
}
