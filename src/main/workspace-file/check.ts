import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import { issueMessage } from '../../shared/validation'
import { overlaps } from '../domain/dates'
import { jsonProblemMessage } from '../files/json-guard'
import { checkCaseLists } from './check-cases'
import { checkInvitationLists } from './check-invitations'
import { checkPlanLists } from './check-plans'
import { brokenReference, idSet, invalid, refuse, what, type ListName } from './check-kit'
import { workspaceFile, workspaceFileFormat, workspaceFileVersion, type ParsedWorkspaceFile } from './format'

/** "person nr. 4" for people[3]: where in the file, in the user's words. */
function pathText(path: readonly PropertyKey[]): string {
  const [list, index] = path
  if (typeof list !== 'string') return '/'
  return typeof index === 'number' ? format(nb.errors.importEntry, { what: what(list), n: index + 1 }) : what(list)
}

/**
 * Checks a whole-workspace file completely before anything is written: its format and version,
 * every field, unique ids, every reference, and the rules the register keeps (one holder at a time
 * for a single-seat role, no body its own ancestor). Throws an AppError saying what is wrong.
 */
export function checkWorkspaceFile(document: unknown): ParsedWorkspaceFile {
  // Depth, size and `__proto__` first: the schema below recurses, and would walk anything.
  const shape = jsonProblemMessage(document)
  if (shape) throw refuse(shape)
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw refuse(nb.errors.importWrongFormat)
  }
  const head = document as { format?: unknown; version?: unknown }
  if (head.format !== workspaceFileFormat) throw refuse(nb.errors.importWrongFormat)
  if (typeof head.version === 'number' && head.version > workspaceFileVersion) {
    throw refuse(format(nb.errors.importNewerVersion, { found: head.version, supported: workspaceFileVersion }))
  }
  const parsed = workspaceFile.safeParse(document, { reportInput: true })
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw refuse(format(nb.errors.importInvalid, { path: pathText(issue.path) || '/', message: issueMessage(issue) }))
  }
  const file = parsed.data
  checkIds(file)
  checkReferences(file)
  checkRules(file)
  checkCaseLists(file)
  checkInvitationLists(file)
  checkPlanLists(file)
  return file
}

function checkIds(file: ParsedWorkspaceFile) {
  idSet('regions', file.regions)
  idSet('organisations', file.organisations)
  idSet('people', file.people)
  idSet('roles', file.roles)
  idSet('holdings', file.holdings)
  idSet('bodies', file.bodies)
  idSet('memberships', file.memberships)
  idSet('meetings', file.meetings)
  idSet('rhythms', file.rhythms)
  idSet('cycleItems', file.cycleItems)
  const uids = new Set<string>()
  for (const m of file.meetings) {
    if (uids.has(m.uid)) throw refuse(format(nb.errors.importDuplicateUid, { id: m.id, uid: m.uid }))
    uids.add(m.uid)
  }
}

function checkReferences(file: ParsedWorkspaceFile) {
  const ids = {
    regions: new Set(file.regions.map((r) => r.id)),
    organisations: new Set(file.organisations.map((o) => o.id)),
    people: new Set(file.people.map((p) => p.id)),
    roles: new Set(file.roles.map((r) => r.id)),
    bodies: new Set(file.bodies.map((b) => b.id)),
    meetings: new Set(file.meetings.map((m) => m.id)),
  }
  const need = (list: ListName, id: number, target: keyof typeof ids, ref: number | null) => {
    if (ref !== null && !ids[target].has(ref)) throw brokenReference(list, id, target, ref)
  }
  const seat = (list: ListName, id: number, s: { personId: number | null; roleId: number | null }) => {
    if ((s.personId === null) === (s.roleId === null)) {
      throw refuse(
        format(nb.errors.importInvalid, {
          path: `${what(list)} med id ${id}`,
          message: format(nb.validation.memberOneOf, { field: nb.fields.member }),
        }),
      )
    }
    need(list, id, 'people', s.personId)
    need(list, id, 'roles', s.roleId)
  }
  for (const o of file.organisations) need('organisations', o.id, 'regions', o.regionId)
  for (const p of file.people) need('people', p.id, 'organisations', p.organisationId)
  for (const r of file.roles) need('roles', r.id, 'organisations', r.organisationId)
  for (const h of file.holdings) {
    need('holdings', h.id, 'roles', h.roleId)
    need('holdings', h.id, 'people', h.personId)
  }
  for (const b of file.bodies) {
    need('bodies', b.id, 'bodies', b.parentBodyId)
    need('bodies', b.id, 'regions', b.regionId)
    need('bodies', b.id, 'people', b.secretaryPersonId)
  }
  for (const m of file.meetings) need('meetings', m.id, 'bodies', m.bodyId)
  for (const r of file.rhythms) need('rhythms', r.id, 'bodies', r.bodyId)
  for (const item of file.cycleItems) {
    need('cycleItems', item.id, 'bodies', item.bodyId)
    for (const bodyId of item.prerequisiteBodyIds) need('cycleItems', item.id, 'bodies', bodyId)
  }
  for (const mv of file.meetingMoves) need('meetingMoves', mv.meetingId, 'meetings', mv.meetingId)
  for (const m of file.memberships) {
    need('memberships', m.id, 'bodies', m.bodyId)
    need('memberships', m.id, 'organisations', m.representsOrganisationId)
    need('memberships', m.id, 'regions', m.representsRegionId)
    seat('memberships', m.id, m)
    for (const d of m.deputies) seat('memberships', m.id, d)
  }
}

function checkRules(file: ParsedWorkspaceFile) {
  const shortCodes = new Set<string>()
  for (const b of file.bodies) {
    if (shortCodes.has(b.shortCode)) {
      throw invalid(
        `${what('bodies')} med id ${b.id}`,
        format(nb.errors.duplicateShortCode, { value: b.shortCode, name: b.name }),
      )
    }
    shortCodes.add(b.shortCode)
  }
  const regionNames = new Set<string>()
  for (const r of file.regions) {
    if (regionNames.has(r.name))
      throw invalid(`${what('regions')} med id ${r.id}`, format(nb.errors.duplicateName, { value: r.name }))
    regionNames.add(r.name)
  }
  const parent = new Map(file.bodies.map((b) => [b.id, b.parentBodyId]))
  for (const b of file.bodies) {
    const seen = new Set<number>()
    for (let at: number | null = b.id; at !== null; at = parent.get(at) ?? null) {
      if (seen.has(at)) throw invalid(`${what('bodies')} med id ${b.id}`, nb.errors.parentCycle)
      seen.add(at)
    }
  }
  const seats = new Map(file.roles.map((r) => [r.id, r.seats]))
  const byRole = new Map<number, ParsedWorkspaceFile['holdings']>()
  for (const h of file.holdings) byRole.set(h.roleId, [...(byRole.get(h.roleId) ?? []), h])
  for (const h of file.holdings) {
    if (h.toDate !== null && h.toDate < h.fromDate) {
      throw invalid(
        `${what('holdings')} med id ${h.id}`,
        format(nb.validation.endBeforeStart, { field: nb.fields.toDate }),
      )
    }
    const concurrent = (byRole.get(h.roleId) ?? []).filter((o) => overlaps(o, h))
    if (concurrent.length > (seats.get(h.roleId) ?? 1)) {
      throw invalid(
        `holdings ${h.id}`,
        format(nb.errors.seatsFull, { seats: seats.get(h.roleId) ?? 1, person: `#${h.personId}` }),
      )
    }
  }
  for (const m of file.memberships) {
    if (m.toDate !== null && m.toDate < m.fromDate) {
      throw invalid(
        `${what('memberships')} med id ${m.id}`,
        format(nb.validation.endBeforeStart, { field: nb.fields.toDate }),
      )
    }
    const positions = new Set(m.deputies.map((d) => d.position))
    if (positions.size !== m.deputies.length) {
      throw invalid(
        `${what('memberships')} med id ${m.id}`,
        format(nb.validation.deputyTwice, { field: nb.fields.deputies }),
      )
    }
  }
}
