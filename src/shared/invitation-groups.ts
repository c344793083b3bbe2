import type { Invitee } from './invitations'
import { participantCategories, rsvpStatuses } from './invitations'
import { matchesQuery } from './text'

/**
 * How an invitation list is read, on screen and in the Word list alike: grouped by organisation,
 * category or answer, by name, with each substitute and companion right under the person they
 * came for. Pure, so the screen and the document cannot drift apart.
 */

export type Grouping = 'organisation' | 'category' | 'status' | 'none'
export const groupings: readonly Grouping[] = ['organisation', 'category', 'status', 'none']

/** One line of the list: an invitee, placed under a group, indented under whoever they stand in for or accompany. */
export interface ListRow {
  id: number
  invitee: Invitee
  /** 0 for someone on the list in their own right; 1 for a substitute or companion under them. */
  depth: number
}

export interface ListGroup {
  key: string
  /** The organisation's name, a category or status code; turned into a label by the screen. */
  label: string
  rows: ListRow[]
}

const byName = (a: Invitee, b: Invitee) => a.name.localeCompare(b.name, 'nb')

/** Who a row hangs under: the principal a substitute stands in for, or the one a companion came with. */
const parentOf = (i: Invitee) => i.standsInFor?.personId ?? i.companionOf?.personId ?? null

function groupKey(i: Invitee, grouping: Grouping): string {
  if (grouping === 'organisation') return i.organisationName
  if (grouping === 'category') return i.category
  if (grouping === 'status') return i.status
  return ''
}

function groupOrder(grouping: Grouping, keys: string[]): string[] {
  if (grouping === 'category') return participantCategories.filter((c) => keys.includes(c))
  if (grouping === 'status') return rsvpStatuses.filter((s) => keys.includes(s))
  // Organisations by name; the people without one last.
  return [...keys].sort((a, b) => (a === '' ? 1 : b === '' ? -1 : a.localeCompare(b, 'nb')))
}

/** The matches, and whoever stands in for or accompanies them: finding a principal shows their substitute. */
function withDependants(invitees: readonly Invitee[], query: string): Invitee[] {
  const keep = new Set(
    invitees
      .filter((i) => matchesQuery(query, [i.name, i.organisationName, i.title, ...i.roleTitles]))
      .map((i) => i.personId),
  )
  for (let grown = true; grown;) {
    grown = false
    for (const i of invitees) {
      const parent = parentOf(i)
      if (parent !== null && keep.has(parent) && !keep.has(i.personId)) {
        keep.add(i.personId)
        grown = true
      }
    }
  }
  return invitees.filter((i) => keep.has(i.personId))
}

/**
 * The list as the secretary reads it: grouped, by name, each substitute and companion right under
 * the person they came for (so "møter for …" is read in place). Grouped by answer, everyone stands
 * in their own answer's group instead, since that grouping is about counting answers.
 */
export function buildGroups(invitees: readonly Invitee[], grouping: Grouping, query: string): ListGroup[] {
  const shown = query.trim() ? withDependants(invitees, query) : [...invitees]
  const present = new Set(shown.map((i) => i.personId))
  const attach = grouping !== 'status'
  const children = new Map<number, Invitee[]>()
  const roots: Invitee[] = []
  for (const i of shown) {
    const parent = parentOf(i)
    if (attach && parent !== null && present.has(parent)) children.set(parent, [...(children.get(parent) ?? []), i])
    else roots.push(i)
  }
  roots.sort(byName)

  const groups = new Map<string, ListRow[]>()
  const seen = new Set<number>()
  const place = (i: Invitee, depth: number, key: string) => {
    // A chain that loops back (never expected from main) is shown once rather than forever.
    if (seen.has(i.personId)) return
    seen.add(i.personId)
    groups.set(key, [...(groups.get(key) ?? []), { id: i.personId, invitee: i, depth: Math.min(depth, 2) }])
    for (const child of (children.get(i.personId) ?? []).sort(byName)) place(child, depth + 1, key)
  }
  for (const root of roots) place(root, 0, groupKey(root, grouping))
  return groupOrder(grouping, [...groups.keys()]).map((key) => ({ key, label: key, rows: groups.get(key) ?? [] }))
}

export const flatRows = (groups: readonly ListGroup[]) => groups.flatMap((g) => g.rows)
