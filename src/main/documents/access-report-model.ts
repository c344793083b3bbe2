import type { Kysely } from 'kysely'
import type { ManualCheck, NameCopy } from '../../shared/personal-data'
import type { CaseStatus } from '../../shared/cases'
import type { MembershipFunction } from '../../shared/vocabulary'
import type { Database } from '../db/schema'
import { casesNaming, findNameCopies } from '../db/repositories/personal-data'
import { notFound } from '../errors'

/**
 * Everything the workspace stores about one person (GDPR art. 15), gathered from every table
 * that refers to the person's row, plus the places where the name is written as text.
 */
export interface AccessModel {
  today: string
  person: {
    id: number
    name: string
    title: string
    organisationName: string | null
    email: string
    phone: string
    notes: string
    createdAt: string
    updatedAt: string
    restrictedAt: string | null
    restrictionReason: string
    erasedAt: string | null
  }
  holdings: { role: string; organisation: string; fromDate: string; toDate: string | null }[]
  memberships: {
    body: string
    /** Position for a deputy (0: personal deputy), null for a member. */
    deputyPosition: number | null
    function: MembershipFunction
    fromDate: string
    toDate: string | null
  }[]
  secretaryOf: string[]
  invitations: {
    meeting: string
    date: string
    status: string
    declineReason: string
    attendance: string
    host: boolean
    standsInFor: string | null
    companionOf: string | null
  }[]
  changes: { meeting: string; change: string; changedAt: string }[]
  cases: { body: string; title: string; status: CaseStatus }[]
  rules: { kind: 'invitation' | 'substitute'; label: string; body: string | null; meeting: string | null }[]
  planNodes: { plan: string; node: string }[]
  planInputs: { plan: string; givenOn: string; text: string }[]
  archive: { title: string; exportedAt: string; folder: string }[]
  mentions: NameCopy[]
  casesText: ManualCheck[]
}

const meetingLabel = (shortCode: string, date: string) => `${shortCode} ${date}`

/** The archive records that are about meetings (lists, minutes, notices) carry a meeting id. */
const meetingKinds = new Set(['participants', 'minutes', 'notice', 'package'])

function requestId(json: string): number | null {
  try {
    const parsed = JSON.parse(json) as { id?: unknown }
    return typeof parsed.id === 'number' ? parsed.id : null
  } catch {
    return null
  }
}

export async function accessModel(db: Kysely<Database>, personId: number, today: string): Promise<AccessModel> {
  const p = await db
    .selectFrom('person')
    .leftJoin('organisation', 'organisation.id', 'person.organisation_id')
    .selectAll('person')
    .select('organisation.name as organisationName')
    .where('person.id', '=', personId)
    .executeTakeFirst()
  if (!p) throw notFound('person', personId)

  const holdings = await db
    .selectFrom('role_holding')
    .innerJoin('role', 'role.id', 'role_holding.role_id')
    .innerJoin('organisation', 'organisation.id', 'role.organisation_id')
    .select(['role.title', 'organisation.name', 'role_holding.from_date', 'role_holding.to_date'])
    .where('role_holding.person_id', '=', personId)
    .orderBy('role_holding.from_date')
    .execute()

  const seats = await db
    .selectFrom('membership')
    .innerJoin('body', 'body.id', 'membership.body_id')
    .select(['body.name', 'membership.function', 'membership.from_date', 'membership.to_date'])
    .where('membership.person_id', '=', personId)
    .orderBy('membership.from_date')
    .execute()
  const deputySeats = await db
    .selectFrom('membership_deputy')
    .innerJoin('membership', 'membership.id', 'membership_deputy.membership_id')
    .innerJoin('body', 'body.id', 'membership.body_id')
    .select([
      'body.name',
      'membership.function',
      'membership.from_date',
      'membership.to_date',
      'membership_deputy.position',
    ])
    .where('membership_deputy.person_id', '=', personId)
    .orderBy('membership.from_date')
    .execute()

  const secretaryOf = await db.selectFrom('body').select('name').where('secretary_person_id', '=', personId).execute()

  const invitations = await db
    .selectFrom('invitation')
    .innerJoin('meeting', 'meeting.id', 'invitation.meeting_id')
    .innerJoin('body', 'body.id', 'meeting.body_id')
    .leftJoin('person as principal', 'principal.id', 'invitation.stands_in_for_person_id')
    .leftJoin('person as companion', 'companion.id', 'invitation.companion_of_person_id')
    .select([
      'invitation.meeting_id as meetingId',
      'body.short_code as shortCode',
      'meeting.date',
      'invitation.status',
      'invitation.decline_reason as declineReason',
      'invitation.attendance',
      'invitation.host',
      'principal.name as standsInFor',
      'companion.name as companionOf',
    ])
    .where('invitation.person_id', '=', personId)
    .orderBy('meeting.date')
    .execute()

  const changes = await db
    .selectFrom('invitation_change')
    .innerJoin('meeting', 'meeting.id', 'invitation_change.meeting_id')
    .innerJoin('body', 'body.id', 'meeting.body_id')
    .select([
      'body.short_code as shortCode',
      'meeting.date',
      'invitation_change.change',
      'invitation_change.changed_at',
    ])
    .where('invitation_change.person_id', '=', personId)
    .orderBy('invitation_change.id')
    .execute()

  const cases = await db
    .selectFrom('case_item')
    .innerJoin('body', 'body.id', 'case_item.body_id')
    .select(['body.short_code as body', 'case_item.title', 'case_item.status'])
    .where('case_item.officer_person_id', '=', personId)
    .orderBy('case_item.created_at')
    .execute()

  const ruleScope = (eb: { body: string | null; shortCode: string | null; date: string | null }) => ({
    body: eb.body,
    meeting: eb.shortCode && eb.date ? meetingLabel(eb.shortCode, eb.date) : null,
  })
  const invitationRules = await db
    .selectFrom('invitation_rule')
    .leftJoin('body', 'body.id', 'invitation_rule.body_id')
    .leftJoin('meeting', 'meeting.id', 'invitation_rule.meeting_id')
    .leftJoin('body as meetingBody', 'meetingBody.id', 'meeting.body_id')
    .select(['invitation_rule.label', 'body.name as body', 'meetingBody.short_code as shortCode', 'meeting.date'])
    .where('invitation_rule.person_id', '=', personId)
    .execute()
  const substituteRules = await db
    .selectFrom('substitute_rule')
    .leftJoin('body', 'body.id', 'substitute_rule.body_id')
    .leftJoin('meeting', 'meeting.id', 'substitute_rule.meeting_id')
    .leftJoin('body as meetingBody', 'meetingBody.id', 'meeting.body_id')
    .select(['substitute_rule.label', 'body.name as body', 'meetingBody.short_code as shortCode', 'meeting.date'])
    .where('substitute_rule.substitute_person_id', '=', personId)
    .execute()

  const planNodes = await db
    .selectFrom('plan_node')
    .innerJoin('action_plan', 'action_plan.id', 'plan_node.plan_id')
    .select(['action_plan.title as plan', 'plan_node.title as node'])
    .where('plan_node.responsible_person_id', '=', personId)
    .orderBy('plan_node.plan_id')
    .orderBy('plan_node.position')
    .execute()
  const planInputs = await db
    .selectFrom('plan_input')
    .innerJoin('action_plan', 'action_plan.id', 'plan_input.plan_id')
    .select(['action_plan.title as plan', 'plan_input.given_on as givenOn', 'plan_input.text'])
    .where('plan_input.person_id', '=', personId)
    .orderBy('plan_input.given_on')
    .execute()

  const invitedTo = new Set(invitations.map((i) => i.meetingId))
  const archive = (
    await db
      .selectFrom('archive_record')
      .select(['kind', 'request', 'title', 'files', 'folder', 'exported_at'])
      .orderBy('exported_at')
      .execute()
  ).filter((r) => {
    const id = requestId(r.request)
    const aboutTheirMeeting = meetingKinds.has(r.kind) && id !== null && invitedTo.has(id)
    return aboutTheirMeeting || r.title.includes(p.name) || r.files.includes(JSON.stringify(p.name).slice(1, -1))
  })

  return {
    today,
    person: {
      id: p.id,
      name: p.name,
      title: p.title,
      organisationName: p.organisationName,
      email: p.email,
      phone: p.phone,
      notes: p.notes,
      createdAt: p.created_at,
      updatedAt: p.updated_at,
      restrictedAt: p.restricted_at,
      restrictionReason: p.restriction_reason,
      erasedAt: p.erased_at,
    },
    holdings: holdings.map((h) => ({ role: h.title, organisation: h.name, fromDate: h.from_date, toDate: h.to_date })),
    memberships: [
      ...seats.map((m) => ({ ...m, position: null })),
      ...deputySeats.map((m) => ({ ...m, position: m.position })),
    ].map((m) => ({
      body: m.name,
      deputyPosition: m.position,
      function: m.function as MembershipFunction,
      fromDate: m.from_date,
      toDate: m.to_date,
    })),
    secretaryOf: secretaryOf.map((b) => b.name),
    invitations: invitations.map((i) => ({
      meeting: meetingLabel(i.shortCode, i.date),
      date: i.date,
      status: i.status,
      declineReason: i.declineReason,
      attendance: i.attendance,
      host: i.host === 1,
      standsInFor: i.standsInFor,
      companionOf: i.companionOf,
    })),
    changes: changes.map((c) => ({
      meeting: meetingLabel(c.shortCode, c.date),
      change: c.change,
      changedAt: c.changed_at,
    })),
    cases: cases.map((c) => ({ body: c.body, title: c.title, status: c.status as CaseStatus })),
    rules: [
      ...invitationRules.map((r) => ({ kind: 'invitation' as const, label: r.label, ...ruleScope(r) })),
      ...substituteRules.map((r) => ({ kind: 'substitute' as const, label: r.label, ...ruleScope(r) })),
    ],
    planNodes,
    planInputs,
    archive: archive.map((r) => ({ title: r.title, exportedAt: r.exported_at, folder: r.folder })),
    mentions: await findNameCopies(db, p.name),
    casesText: p.erased_at === null ? await casesNaming(db, p.name) : [],
  }
}
