import type { MatrixRow, MeasureStatus } from '../../../shared/action-plan'

/**
 * Pure helpers for the matrix on screen: which rows show under collapsed nodes, a node's
 * relatives, and which responsibles are in use. Kept apart from React so they are tested alone.
 */

/** The rows to draw: every row whose ancestors are all expanded (rows come in tree order). */
export function visibleRows(rows: readonly MatrixRow[], collapsed: ReadonlySet<number>): MatrixRow[] {
  if (collapsed.size === 0) return rows as MatrixRow[]
  const hidden = new Set<number>()
  const out: MatrixRow[] = []
  for (const row of rows) {
    if (row.parentId !== null && (hidden.has(row.parentId) || collapsed.has(row.parentId))) {
      hidden.add(row.id)
      continue
    }
    out.push(row)
  }
  return out
}

/** Ids of rows that have at least one child among `rows`. */
export function parentIds(rows: readonly MatrixRow[]): Set<number> {
  const out = new Set<number>()
  for (const row of rows) if (row.parentId !== null) out.add(row.parentId)
  return out
}

export const percent = (part: number, total: number) => (total === 0 ? 0 : Math.round((part / total) * 100))

/** The siblings of `row` in order (its parent's children), including itself. */
export function siblingsOf(rows: readonly MatrixRow[], row: MatrixRow): MatrixRow[] {
  return rows.filter((r) => r.parentId === row.parentId)
}

/** The row itself and all its descendants' ids: what a delete takes with it. */
export function subtreeIds(rows: readonly MatrixRow[], id: number): Set<number> {
  const out = new Set<number>([id])
  for (const row of rows) if (row.parentId !== null && out.has(row.parentId)) out.add(row.id)
  return out
}

/** The focus area a row sits under (its own id for a focus area). */
export function focusAreaOf(rows: readonly MatrixRow[], row: MatrixRow): MatrixRow | null {
  const byId = new Map(rows.map((r) => [r.id, r]))
  let at: MatrixRow | undefined = row
  while (at && at.parentId !== null) at = byId.get(at.parentId)
  return at ?? null
}

export interface ResponsibleChoice {
  /** 'organisation:12', 'body:3', 'person:40', as MatrixFilter takes it. */
  key: string
  kind: 'organisation' | 'body' | 'person'
  label: string
  /** Measures and goals it is responsible for. */
  count: number
}

type Names = { organisations: Map<number, string>; bodies: Map<number, string>; people: Map<number, string> }

/**
 * Every organisation, body and person responsible for something in the plan, with how many
 * rows each has: one list for the "Ansvarlig" filter, organisations first, then bodies, people.
 */
export function responsibleChoices(rows: readonly MatrixRow[], names: Names): ResponsibleChoice[] {
  const found = new Map<string, ResponsibleChoice>()
  const add = (kind: ResponsibleChoice['kind'], id: number | null, label: string | undefined) => {
    if (id === null) return
    const key = `${kind}:${id}`
    const known = found.get(key)
    if (known) known.count += 1
    else found.set(key, { key, kind, label: label ?? key, count: 1 })
  }
  for (const row of rows) {
    add('organisation', row.responsibleOrganisationId, names.organisations.get(row.responsibleOrganisationId ?? 0))
    add('body', row.responsibleBodyId, names.bodies.get(row.responsibleBodyId ?? 0))
    add('person', row.responsiblePersonId, names.people.get(row.responsiblePersonId ?? 0) ?? row.responsiblePersonName)
  }
  const order = { organisation: 0, body: 1, person: 2 }
  return [...found.values()].sort(
    (a, b) => order[a.kind] - order[b.kind] || a.label.localeCompare(b.label, 'nb', { numeric: true }),
  )
}

/** A measure with no organisation, body or person responsible: flagged in the matrix. */
export const lacksResponsible = (row: MatrixRow) =>
  row.level === 'measure' &&
  row.responsibleOrganisationId === null &&
  row.responsibleBodyId === null &&
  row.responsiblePersonId === null

/** Keys on the matrix that set a status: 1 red, 2 yellow, 3 green, 4 dropped, 0 none. */
export const statusKeys: Record<string, MeasureStatus | null> = {
  '1': 'red',
  '2': 'yellow',
  '3': 'green',
  '4': 'dropped',
  '0': null,
}
