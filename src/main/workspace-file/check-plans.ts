import { allowedParents, type PlanLevel } from '../../shared/action-plan'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import { invalid, refuse, what } from './check-kit'
import type { ParsedWorkspaceFile } from './format'

/**
 * Refuses a file whose plan lists refer to something the file does not hold, or break a rule
 * the app keeps (a node's level under its parent, one plan per tree, status on measures only),
 * so the import never stops half-way and never brings in a tree the app could not have made.
 */

const t = nb.planText
type PlanList = keyof typeof t.importWhat

const name = (list: string) => (list in t.importWhat ? t.importWhat[list as PlanList] : what(list))
const at = (list: PlanList, id: number | string) => `${name(list)} med id ${id}`

function ids(list: PlanList, items: readonly { id: number }[]): Set<number> {
  const seen = new Set<number>()
  for (const item of items) {
    if (seen.has(item.id)) throw refuse(format(nb.errors.importDuplicateId, { what: name(list), id: item.id }))
    seen.add(item.id)
  }
  return seen
}

const allowedText = (level: PlanLevel) => allowedParents[level].map((l) => `et ${t.levelLower[l]}`).join(t.errors.or)

/** What is wrong with a node of `level` under a parent of `parent` (null: at the top); null when nothing. */
function parentRule(level: PlanLevel, parent: PlanLevel | null): string | null {
  const allowed: readonly PlanLevel[] = allowedParents[level]
  if (parent === null) {
    return allowed.length === 0
      ? null
      : format(t.errors.parentRequired, { level: t.levelLower[level], allowed: allowedText(level) })
  }
  if (allowed.length === 0) return t.errors.focusAreaNoParent
  if (allowed.includes(parent)) return null
  return format(t.errors.wrongParent, {
    level: t.levelLower[level],
    parent: t.levelLower[parent],
    allowed: allowedText(level),
  })
}

export function checkPlanLists(file: ParsedWorkspaceFile): void {
  const register = {
    bodies: new Set(file.bodies.map((b) => b.id)),
    organisations: new Set(file.organisations.map((o) => o.id)),
    people: new Set(file.people.map((p) => p.id)),
    cases: new Set(file.cases.map((c) => c.id)),
    followUps: new Set(file.followUps.map((f) => f.id)),
  }
  const plans = ids('plans', file.plans)
  ids('planNodes', file.planNodes)
  ids('planReviews', file.planReviews)
  ids('planInputs', file.planInputs)
  ids('planLinks', file.planLinks)

  const need = (list: PlanList, id: number | string, target: string, ref: number | null, known: Set<number>) => {
    if (ref !== null && !known.has(ref)) {
      throw refuse(format(nb.errors.importBrokenReference, { what: name(list), id, target: name(target), ref }))
    }
  }
  const field = (key: keyof typeof nb.fields) => nb.fields[key]
  const rule = (list: PlanList, id: number | string, key: keyof typeof nb.fields, message: string) =>
    invalid(at(list, id), `${field(key)}: ${message}`)

  for (const p of file.plans) need('plans', p.id, 'bodies', p.ownerBodyId, register.bodies)

  const nodes = new Map(file.planNodes.map((n) => [n.id, n]))
  const nodeIds = new Set(nodes.keys())
  for (const n of file.planNodes) {
    need('planNodes', n.id, 'plans', n.planId, plans)
    need('planNodes', n.id, 'planNodes', n.parentId, nodeIds)
    need('planNodes', n.id, 'organisations', n.responsibleOrganisationId, register.organisations)
    need('planNodes', n.id, 'bodies', n.responsibleBodyId, register.bodies)
    need('planNodes', n.id, 'people', n.responsiblePersonId, register.people)
    const parent = n.parentId === null ? undefined : nodes.get(n.parentId)
    // Levels strictly above their children also rule out cycles.
    const levelRule = parentRule(n.level, parent?.level ?? null)
    if (levelRule !== null) throw rule('planNodes', n.id, 'parentId', levelRule)
    if (parent && parent.planId !== n.planId) throw rule('planNodes', n.id, 'parentId', t.errors.parentOtherPlan)
  }

  const reviews = new Map(file.planReviews.map((r) => [r.id, r]))
  for (const r of file.planReviews) need('planReviews', r.id, 'plans', r.planId, plans)

  const statusKeys = new Set<string>()
  for (const s of file.measureStatuses) {
    const key = `${s.reviewId}/${s.nodeId}`
    if (statusKeys.has(key))
      throw refuse(format(nb.errors.importDuplicateId, { what: name('measureStatuses'), id: key }))
    statusKeys.add(key)
    need('measureStatuses', key, 'planReviews', s.reviewId, new Set(reviews.keys()))
    need('measureStatuses', key, 'planNodes', s.nodeId, nodeIds)
    const node = nodes.get(s.nodeId)
    if (node && node.level !== 'measure') {
      throw rule(
        'measureStatuses',
        key,
        'nodeId',
        format(t.errors.statusOnlyMeasures, { title: node.title, level: t.levelLower[node.level] }),
      )
    }
    if (node && reviews.get(s.reviewId)?.planId !== node.planId) {
      throw rule('measureStatuses', key, 'reviewId', t.errors.reviewOtherPlan)
    }
  }

  for (const i of file.planInputs) {
    need('planInputs', i.id, 'plans', i.planId, plans)
    need('planInputs', i.id, 'planNodes', i.nodeId, nodeIds)
    need('planInputs', i.id, 'planReviews', i.reviewId, new Set(reviews.keys()))
    need('planInputs', i.id, 'bodies', i.fromBodyId, register.bodies)
    need('planInputs', i.id, 'people', i.personId, register.people)
    if (i.nodeId !== null && nodes.get(i.nodeId)?.planId !== i.planId) {
      throw rule('planInputs', i.id, 'nodeId', t.errors.nodeOtherPlan)
    }
    if (i.reviewId !== null && reviews.get(i.reviewId)?.planId !== i.planId) {
      throw rule('planInputs', i.id, 'reviewId', t.errors.reviewOtherPlan)
    }
  }

  for (const l of file.planLinks) {
    need('planLinks', l.id, 'planNodes', l.nodeId, nodeIds)
    need('planLinks', l.id, 'cases', l.caseId, register.cases)
    need('planLinks', l.id, 'followUps', l.followUpId, register.followUps)
    if ((l.caseId === null) === (l.followUpId === null)) {
      throw rule('planLinks', l.id, 'caseId', format(nb.validation.invalidInput, { field: field('caseId') }))
    }
    const node = nodes.get(l.nodeId)
    if (node && l.status !== null && node.level !== 'measure') {
      throw rule(
        'planLinks',
        l.id,
        'status',
        format(t.errors.linkStatusOnlyMeasures, { title: node.title, level: t.levelLower[node.level] }),
      )
    }
  }
}
