import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import { brokenReference, entry, idSet, invalid, keySet, type ListName } from './check-kit'
import type { ParsedWorkspaceFile } from './format'

/**
 * Checks the version 3 lists: unique ids and keys, every reference, and the rules the tables
 * themselves enforce (one case once per agenda, no link to itself), so the import never stops
 * half-way on a constraint. Register ids are those the file's register lists hold.
 */
export function checkCaseLists(file: ParsedWorkspaceFile) {
  const ids = {
    bodies: new Set(file.bodies.map((b) => b.id)),
    people: new Set(file.people.map((p) => p.id)),
    meetings: new Set(file.meetings.map((m) => m.id)),
    matters: idSet('matters', file.matters),
    cases: idSet('cases', file.cases),
    agendaItems: idSet('agendaItems', file.agendaItems),
  }
  idSet('attachments', file.attachments)
  idSet('notices', file.notices)
  idSet('followUps', file.followUps)
  idSet('minutesCorrections', file.minutesCorrections)
  keySet('caseNumbers', file.caseNumbers, (n) => `${n.bodyId}:${n.year}:${n.sequence}`)
  keySet('attendance', file.attendance, (a) => `${a.meetingId}:${a.personId}`)
  keySet(
    'caseLinks',
    file.caseLinks,
    (l) => `${Math.min(l.caseId, l.linkedCaseId)}:${Math.max(l.caseId, l.linkedCaseId)}`,
  )

  const need = (list: ListName, id: number | string, target: keyof typeof ids, ref: number | null) => {
    if (ref !== null && !ids[target].has(ref)) throw brokenReference(list, id, target, ref)
  }
  for (const m of file.meetings) need('meetings', m.id, 'meetings', m.minutesApprovedInMeetingId)
  for (const c of file.cases) {
    need('cases', c.id, 'matters', c.matterId)
    need('cases', c.id, 'bodies', c.bodyId)
    need('cases', c.id, 'people', c.officerPersonId)
    need('cases', c.id, 'cases', c.forwardedFromId)
  }
  for (const a of file.attachments) need('attachments', a.id, 'cases', a.caseId)
  for (const l of file.caseLinks) {
    const key = `${l.caseId}-${l.linkedCaseId}`
    need('caseLinks', key, 'cases', l.caseId)
    need('caseLinks', key, 'cases', l.linkedCaseId)
    if (l.caseId === l.linkedCaseId) throw invalid(entry('caseLinks', key), nb.caseErrors.linkSelf)
  }
  for (const i of file.agendaItems) {
    need('agendaItems', i.id, 'meetings', i.meetingId)
    need('agendaItems', i.id, 'cases', i.caseId)
    need('agendaItems', i.id, 'meetings', i.postponedToMeetingId)
  }
  for (const n of file.caseNumbers) {
    const key = `${n.sequence}/${n.year}`
    need('caseNumbers', key, 'bodies', n.bodyId)
    need('caseNumbers', key, 'agendaItems', n.agendaItemId)
  }
  for (const n of file.notices) need('notices', n.id, 'meetings', n.meetingId)
  for (const f of file.followUps) need('followUps', f.id, 'agendaItems', f.agendaItemId)
  for (const a of file.attendance) {
    const key = `${a.meetingId}/${a.personId}`
    need('attendance', key, 'meetings', a.meetingId)
    need('attendance', key, 'people', a.personId)
  }
  for (const c of file.minutesCorrections) {
    need('minutesCorrections', c.id, 'meetings', c.meetingId)
    need('minutesCorrections', c.id, 'agendaItems', c.agendaItemId)
  }
  checkAgendaItems(file)
}

/** What an agenda item is decides what it holds; a case sits on its own body's agendas, once each. */
function checkAgendaItems(file: ParsedWorkspaceFile) {
  const meetingBody = new Map(file.meetings.map((m) => [m.id, m.bodyId]))
  const caseBody = new Map(file.cases.map((c) => [c.id, c.bodyId]))
  const bodyCode = new Map(file.bodies.map((b) => [b.id, b.shortCode]))
  const onAgenda = new Set<string>()
  for (const i of file.agendaItems) {
    const at = entry('agendaItems', i.id)
    const field = (key: 'caseId' | 'standardKey', rule: 'required' | 'invalidInput') =>
      invalid(at, format(nb.validation[rule], { field: nb.fields[key] }))
    if (i.kind === 'case' && i.caseId === null) throw field('caseId', 'required')
    if (i.kind !== 'case' && i.caseId !== null) throw field('caseId', 'invalidInput')
    if (i.kind === 'standard' && i.standardKey === null) throw field('standardKey', 'required')
    if (i.kind !== 'standard' && i.standardKey !== null) throw field('standardKey', 'invalidInput')
    if (i.caseId === null) continue
    const body = caseBody.get(i.caseId)
    if (body !== meetingBody.get(i.meetingId)) {
      throw invalid(at, format(nb.caseErrors.otherBody, { body: bodyCode.get(body ?? 0) ?? '' }))
    }
    const key = `${i.meetingId}:${i.caseId}`
    if (onAgenda.has(key)) throw invalid(at, nb.caseErrors.alreadyOnThisAgenda)
    onAgenda.add(key)
  }
}
