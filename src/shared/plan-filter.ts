import type { MatrixFilter, MatrixRow } from './action-plan'
import { foldForSearch } from './text'

/**
 * Filters the status matrix the way the regions asked (seed 001: "filtrere på ansvar"): by
 * responsible, status, focus area, region and free text. Pure and linear, so the renderer
 * filters 300 measures on every keystroke and main can filter the same way for an export.
 */

export const emptyFilter: MatrixFilter = {
  search: '',
  responsible: null,
  statuses: [],
  focusAreaId: null,
  regionId: null,
}

export function isFilterEmpty(filter: MatrixFilter): boolean {
  return (
    filter.search.trim() === '' &&
    filter.responsible === null &&
    filter.statuses.length === 0 &&
    filter.focusAreaId === null &&
    filter.regionId === null
  )
}

/** 'organisation:12' -> which field of a row it is about, and the id. */
function parseResponsible(value: string | null): ((row: MatrixRow) => boolean) | null {
  if (value === null) return null
  const [kind, raw] = value.split(':')
  const id = Number(raw)
  if (kind === 'organisation') return (row) => row.responsibleOrganisationId === id
  if (kind === 'body') return (row) => row.responsibleBodyId === id
  if (kind === 'person') return (row) => row.responsiblePersonId === id
  return () => false
}

// Folding is the costly part of a search; a loaded matrix's rows are filtered again on every
// keystroke, so each row's folded text is kept for as long as the row object lives.
const folded = new WeakMap<MatrixRow, string>()

function searchable(row: MatrixRow): string {
  let text = folded.get(row)
  if (text === undefined) {
    text = foldForSearch(
      [row.number, row.title, row.responsibleLabel, row.timeFrame, row.indicator, row.resources, row.comment, row.notes]
        .filter(Boolean)
        .join(' \u0001 '),
    )
    folded.set(row, text)
  }
  return text
}

/**
 * The rows to show, in the order given (tree order). A row is shown when it meets every
 * criterion set, or when one of its descendants does: the ancestors keep the tree readable
 * ("1.2.3" still sits under 1 and 1.2). A goal whose text matches the search brings its
 * descendants that meet the other criteria, so searching a goal's words shows its measures.
 * Status criteria apply to measures only; goals are shown through them.
 */
export function filterMatrix(rows: MatrixRow[], filter: MatrixFilter): MatrixRow[] {
  if (isFilterEmpty(filter)) return rows
  const words = foldForSearch(filter.search).split(/\s+/).filter(Boolean)
  const responsible = parseResponsible(filter.responsible)
  const statuses = new Set<string>(filter.statuses)

  const parentOf = new Map<number, number | null>()
  const focusOf = new Map<number, number>()
  const searchHit = new Set<number>()
  const keep = new Set<number>()

  for (const row of rows) {
    parentOf.set(row.id, row.parentId)
    const parentFocus = row.parentId === null ? undefined : focusOf.get(row.parentId)
    focusOf.set(row.id, parentFocus ?? row.id)

    let hit = words.length === 0 || (row.parentId !== null && searchHit.has(row.parentId))
    if (!hit) {
      const text = searchable(row)
      hit = words.every((w) => text.includes(w))
    }
    if (hit) searchHit.add(row.id)

    const meets =
      hit &&
      (responsible === null || responsible(row)) &&
      (filter.regionId === null || row.regionIds.includes(filter.regionId)) &&
      (filter.focusAreaId === null || focusOf.get(row.id) === filter.focusAreaId) &&
      (statuses.size === 0 || (row.level === 'measure' && statuses.has(row.status ?? 'none')))
    if (!meets) continue
    // Walk up until a kept ancestor: each row is added once, so the whole pass stays linear.
    let at: number | null = row.id
    while (at !== null && !keep.has(at)) {
      keep.add(at)
      at = parentOf.get(at) ?? null
    }
  }
  return rows.filter((row) => keep.has(row.id))
}
