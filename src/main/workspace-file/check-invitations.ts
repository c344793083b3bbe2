import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import { refuse } from './check-kit'
import type { ParsedWorkspaceFile } from './format'

/**
 * Refuses a file whose invitation lists refer to something the file does not hold, or break a
 * rule the tables enforce (one owner per rule, one substitute per principal, nobody standing in
 * for themselves), so the import never stops half-way on a constraint.
 */

const names = nb.invitationText.importWhat
type List = keyof typeof names

const broken = (list: List, key: number | string, target: List, ref: number) =>
  refuse(format(nb.errors.importBrokenReference, { what: names[list], id: key, target: names[target], ref }))
const duplicate = (list: List, key: number | string) =>
  refuse(format(nb.errors.importDuplicateId, { what: names[list], id: key }))
const invalid = (list: List, key: number | string, message: string) =>
  refuse(format(nb.errors.importInvalid, { path: `${names[list]} ${key}`, message }))

function unique<T>(list: List, items: readonly T[], keyOf: (item: T) => string | number) {
  const seen = new Set<string | number>()
  for (const item of items) {
    const key = keyOf(item)
    if (seen.has(key)) throw duplicate(list, key)
    seen.add(key)
  }
}

export function checkInvitationLists(file: ParsedWorkspaceFile): void {
  const ids = {
    bodies: new Set(file.bodies.map((b) => b.id)),
    meetings: new Set(file.meetings.map((m) => m.id)),
    people: new Set(file.people.map((p) => p.id)),
    roles: new Set(file.roles.map((r) => r.id)),
    organisations: new Set(file.organisations.map((o) => o.id)),
    regions: new Set(file.regions.map((r) => r.id)),
    agendaItems: new Set(file.agendaItems.map((i) => i.id)),
  }
  const need = (list: List, key: number | string, target: keyof typeof ids, ref: number | null) => {
    if (ref !== null && !ids[target].has(ref)) throw broken(list, key, target, ref)
  }
  const oneOwner = (list: List, key: number, r: { bodyId: number | null; meetingId: number | null }) => {
    if ((r.bodyId === null) === (r.meetingId === null)) throw invalid(list, key, names.ownerRule)
  }

  unique('invitationRules', file.invitationRules, (r) => r.id)
  for (const r of file.invitationRules) {
    oneOwner('invitationRules', r.id, r)
    need('invitationRules', r.id, 'bodies', r.bodyId)
    need('invitationRules', r.id, 'meetings', r.meetingId)
    need('invitationRules', r.id, 'bodies', r.memberBodyId)
    need('invitationRules', r.id, 'roles', r.roleId)
    need('invitationRules', r.id, 'organisations', r.organisationId)
    need('invitationRules', r.id, 'regions', r.regionId)
    need('invitationRules', r.id, 'people', r.personId)
  }

  unique('substituteRules', file.substituteRules, (r) => r.id)
  for (const r of file.substituteRules) {
    oneOwner('substituteRules', r.id, r)
    need('substituteRules', r.id, 'bodies', r.bodyId)
    need('substituteRules', r.id, 'meetings', r.meetingId)
    need('substituteRules', r.id, 'organisations', r.organisationId)
    need('substituteRules', r.id, 'people', r.substitutePersonId)
  }

  unique('invitations', file.invitations, (i) => `${i.meetingId}/${i.personId}`)
  unique(
    'invitations',
    file.invitations.filter((i) => i.standsInForPersonId !== null),
    (i) => `${i.meetingId}/${i.standsInForPersonId}`,
  )
  for (const i of file.invitations) {
    const key = `${i.meetingId}/${i.personId}`
    need('invitations', key, 'meetings', i.meetingId)
    need('invitations', key, 'people', i.personId)
    need('invitations', key, 'people', i.standsInForPersonId)
    need('invitations', key, 'people', i.companionOfPersonId)
    need('invitations', key, 'agendaItems', i.arrivedAtItemId)
    need('invitations', key, 'agendaItems', i.leftAfterItemId)
    if (i.standsInForPersonId === i.personId) throw invalid('invitations', key, names.standsInForSelf)
  }

  unique('invitationChanges', file.invitationChanges, (c) => c.id)
  for (const c of file.invitationChanges) {
    need('invitationChanges', c.id, 'meetings', c.meetingId)
    need('invitationChanges', c.id, 'people', c.personId)
  }

  unique('bodyInvitationSettings', file.bodyInvitationSettings, (b) => b.bodyId)
  for (const b of file.bodyInvitationSettings) need('bodyInvitationSettings', b.bodyId, 'bodies', b.bodyId)
}
