import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import { AppError } from '../errors'

/** What the importer's checks share: the refusal, and the file's lists named in the user's words. */

export const refuse = (message: string) => new AppError({ code: 'import_invalid', message, field: 'document' })

/** A list of the file: the register's (named in the catalog) and those version 3 added. */
export type ListName =
  | keyof typeof nb.errors.importWhat
  | 'matters'
  | 'cases'
  | 'attachments'
  | 'caseLinks'
  | 'agendaItems'
  | 'caseNumbers'
  | 'notices'
  | 'followUps'
  | 'attendance'
  | 'minutesCorrections'

const names: Partial<Record<string, string>> = nb.errors.importWhat
/** "person" for `people`; a list the catalog does not name yet is shown by its key. */
export const what = (list: string) => names[list] ?? list

/** "møte med id 7": an entry the rule checks point at. */
export const entry = (list: ListName, id: number | string) => `${what(list)} med id ${id}`

export const invalid = (path: string, message: string) => refuse(format(nb.errors.importInvalid, { path, message }))

export function idSet(list: ListName, items: readonly { id: number }[]): Set<number> {
  const ids = new Set<number>()
  for (const item of items) {
    if (ids.has(item.id)) throw refuse(format(nb.errors.importDuplicateId, { what: what(list), id: item.id }))
    ids.add(item.id)
  }
  return ids
}

/** Refuses a second entry with the same composite key (a link, a number, an attendance). */
export function keySet<T>(list: ListName, items: readonly T[], keyOf: (item: T) => string): void {
  const keys = new Set<string>()
  for (const item of items) {
    const key = keyOf(item)
    if (keys.has(key)) throw refuse(format(nb.errors.importDuplicateId, { what: what(list), id: key }))
    keys.add(key)
  }
}

export const brokenReference = (list: ListName, id: number | string, target: ListName, ref: number) =>
  refuse(format(nb.errors.importBrokenReference, { what: what(list), id, target: what(target), ref }))
