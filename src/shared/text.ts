/** Fills `{{name}}` placeholders the way i18next does, for messages made outside React. */
export function format(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole))
}

/**
 * Picks `key_one` or `key_other` from a catalog section by count, as i18next does for nb,
 * and fills in the count: `plural(nb.errors, 'refPeople', 2)` -> "2 personer".
 */
export function plural<K extends string>(
  section: Record<`${K}_one` | `${K}_other`, string>,
  key: K,
  count: number,
): string {
  const template = count === 1 ? section[`${key}_one`] : section[`${key}_other`]
  return format(template, { count })
}

const collator = new Intl.Collator('nb', { sensitivity: 'base', numeric: true })

/** Norwegian order: æ, ø, å after z; case and accents ignored; "Sak 2" before "Sak 10". */
export const compareNb = (a: string, b: string): number => collator.compare(a, b)

export function sortByNb<T>(items: readonly T[], key: (item: T) => string): T[] {
  return [...items].sort((a, b) => compareNb(key(a), key(b)))
}

// Private-use stand-ins keep æ, ø and å whole through NFD, which would split å into a + ring.
const keep = { æ: '\ue000', ø: '\ue001', å: '\ue002' } as const
const restore = { '\ue000': 'æ', '\ue001': 'ø', '\ue002': 'å' } as const

/**
 * Folds text for search: lower case, accents removed (é -> e), but æ, ø and å kept,
 * because in Norwegian they are letters of their own, not accented variants.
 */
export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('nb')
    .replace(/[æøå]/g, (c) => keep[c as keyof typeof keep])
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\ue000-\ue002]/g, (c) => restore[c as keyof typeof restore])
}

/** True when every word of the query is found in one of the texts. */
export function matchesQuery(query: string, texts: readonly (string | null | undefined)[]): boolean {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  const haystack = foldForSearch(texts.filter(Boolean).join(' \u0001 '))
  return words.every((w) => haystack.includes(w))
}
