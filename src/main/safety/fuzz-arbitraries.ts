import fc from 'fast-check'

/**
 * Inputs for the API fuzz test, in three kinds:
 * - random: any value at all (what a broken client or a hostile page could send),
 * - mutated: a valid input with one to three fields replaced by the wrong type, removed, or joined
 *   by unknown fields; strings of 100 000 characters, control characters, numbers as strings,
 * - nearValid: a valid input whose ids, texts, numbers and dates are varied within their types, so
 *   calls get past validation and into the handlers with ids that do not exist or point elsewhere.
 */

const huge = (ch: string) => ch.repeat(100_000)
const controlText = fc
  .array(fc.integer({ min: 0, max: 0x1f }), { minLength: 1, maxLength: 8 })
  .map((codes) => `Tekst${String.fromCharCode(...codes)}slutt`)

/** Deep nesting: arrays or objects a thousand levels deep. */
const deep = fc.constantFrom('array', 'object').map((kind) => {
  let value: unknown = 'bunn'
  for (let i = 0; i < 1000; i++) value = kind === 'array' ? [value] : { a: value }
  return value
})

const nastyStrings = fc.constantFrom(
  '',
  ' ',
  '\u0000',
  '999999',
  '-1',
  '1.5',
  'NaN',
  'Infinity',
  'null',
  'true',
  '[]',
  '{}',
  '2026-02-30',
  '2026-13-01',
  '0000-00-00',
  '24:00',
  '{nr}',
  '__proto__',
  "'; drop table person; --",
  '\ud800',
  'æøå ÆØÅ 🙂',
  huge('x'),
  huge('æ'),
)

/** A value of the wrong kind for almost any field. */
export const nasty: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: nastyStrings },
  { weight: 2, arbitrary: controlText },
  {
    weight: 3,
    arbitrary: fc.constantFrom<unknown>(null, undefined, true, false, 0, -1, 999999, 1.5, NaN, Infinity, -0, 2 ** 53),
  },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.constantFrom<unknown>([], {}, [1, 2, 3], { id: 1 }, [null]) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 2 }) },
  { weight: 1, arbitrary: deep },
)

/** Any value, including what IPC's structured clone can carry besides JSON (dates, maps, big ints). */
export const randomValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 4,
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withTypedArray: true,
    withSparseArray: true,
    withNullPrototype: true,
    withObjectString: true,
    withBoxedValues: true,
  }),
  nasty,
)

const isIdKey = (key: string) => key === 'id' || /Id$/.test(key) || /Ids$/.test(key) || key === 'ids'

/** What the input schema says about one field: its choices, bounds and length. */
export interface Hint {
  choices?: unknown[]
  min?: number
  max?: number
  maxLength?: number
  nullable?: boolean
}

type JsonSchema = {
  enum?: unknown[]
  const?: unknown
  anyOf?: JsonSchema[]
  properties?: Record<string, JsonSchema>
  items?: JsonSchema
  type?: string
  minimum?: number
  exclusiveMinimum?: number
  maximum?: number
  maxLength?: number
}

/**
 * Reads the hints out of an operation's JSON Schema (`z.toJSONSchema`), keyed by dotted path with
 * `*` for array items, so near-valid inputs pick enum values and numbers the schema accepts.
 */
export function hintsOf(json: object, path = '', hints = new Map<string, Hint>()): Map<string, Hint> {
  const schema: JsonSchema = json
  const hint = hints.get(path) ?? {}
  if (schema.enum) hint.choices = [...(hint.choices ?? []), ...schema.enum]
  if ('const' in schema) hint.choices = [...(hint.choices ?? []), schema.const]
  if (schema.type === 'null') hint.nullable = true
  if (schema.minimum !== undefined) hint.min = schema.minimum
  if (schema.exclusiveMinimum !== undefined) hint.min = schema.exclusiveMinimum + 1
  if (schema.maximum !== undefined) hint.max = schema.maximum
  if (schema.maxLength !== undefined) hint.maxLength = schema.maxLength
  hints.set(path, hint)
  for (const option of schema.anyOf ?? []) hintsOf(option, path, hints)
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    hintsOf(property, path ? `${path}.${key}` : key, hints)
  }
  if (schema.items) hintsOf(schema.items, path ? `${path}.*` : '*', hints)
  return hints
}

/** What near-valid inputs draw from: ids of real rows, and the schema's hints. */
export interface Pool {
  ids: number[]
  hints: Map<string, Hint>
}

/** Ids of real rows (of any table), a few small ones, a few that exist nowhere, the largest safe one. */
const anyId = (pool: Pool) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...pool.ids) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: 60 }) },
    { weight: 1, arbitrary: fc.constantFrom(999999, 2 ** 31 - 1, Number.MAX_SAFE_INTEGER) },
  )

const dateLike = fc.oneof(
  fc
    .date({ min: new Date('1990-01-01'), max: new Date('2110-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-29', '2028-02-29', '2026-12-31', '2026-01-01', '2026-11-23', '2000-01-01'),
)
const monthDayLike = fc.constantFrom('01-01', '12-31', '02-29', '02-30', '06-15', '13-01')
const timeLike = fc.constantFrom('00:00', '08:30', '09:00', '12:00', '15:45', '23:59', '24:00', '9:00')

const textLike = (maxLength: number) =>
  fc.oneof(
    fc.string({ maxLength: Math.min(maxLength, 40) }),
    fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength, 40) }),
    fc.string({ unit: 'binary', maxLength: Math.min(maxLength, 20) }),
    fc.constantFrom('Kari Nordmann', '{nr}/{år}', '{dokument}', 'a@b.no', '   ', 'Sak 12/2026', '<b>fet</b>'),
    // Exactly as long as allowed, in letters that take two bytes in UTF-8.
    fc.constant('æ'.repeat(Math.min(maxLength, 100_000))),
  )

/** A value of the same type as `value`, varied within what the schema allows (mostly). */
function sameKind(path: string, key: string, value: unknown, pool: Pool): fc.Arbitrary<unknown> {
  const hint = pool.hints.get(path) ?? {}
  const orNull = (arbitrary: fc.Arbitrary<unknown>) =>
    hint.nullable || value === null ? fc.oneof(arbitrary, fc.constant(null)) : arbitrary
  if (isIdKey(key) && (typeof value === 'number' || value === null)) return orNull(anyId(pool))
  if (hint.choices && hint.choices.length > 0) return orNull(fc.constantFrom(...hint.choices))
  if (typeof value === 'number') {
    const min = hint.min ?? -2
    const max = Math.min(hint.max ?? 120, min + 1000)
    return orNull(fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max)))
  }
  if (typeof value === 'boolean') return fc.boolean()
  if (typeof value === 'string') {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return orNull(dateLike)
    if (/^\d{2}-\d{2}$/.test(value)) return orNull(monthDayLike)
    if (/^\d{2}:\d{2}$/.test(value)) return timeLike
    return textLike(hint.maxLength ?? 200)
  }
  if (value === null) return fc.constant(null)
  return fc.constant(value)
}

/** Keeps most fields as they are and varies some within their type; arrays of ids get other ids. */
export function nearValid(value: unknown, pool: Pool, path = '', key = ''): fc.Arbitrary<unknown> {
  if (Array.isArray(value)) {
    if (isIdKey(key)) return fc.array(anyId(pool), { maxLength: 4 })
    const item = path ? `${path}.*` : '*'
    return fc.oneof(
      { weight: 3, arbitrary: fc.tuple(...value.map((v) => nearValid(v, pool, item, key))) },
      { weight: 1, arbitrary: fc.constant([]) },
    )
  }
  if (value !== null && typeof value === 'object') {
    const shape: Record<string, fc.Arbitrary<unknown>> = {}
    for (const [k, v] of Object.entries(value)) shape[k] = nearValid(v, pool, path ? `${path}.${k}` : k, k)
    return fc.record(shape)
  }
  return fc.oneof(
    { weight: 3, arbitrary: fc.constant(value) },
    { weight: 1, arbitrary: sameKind(path, key, value, pool) },
  )
}

type Path = (string | number)[]

function pathsOf(value: unknown, prefix: Path = [], depth = 0): Path[] {
  if (depth > 4 || value === null || typeof value !== 'object') return []
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value as Record<string, unknown>)
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k], depth + 1)])
}

interface Mutation {
  pick: number
  kind: 'replace' | 'delete' | 'unknownField'
  value: unknown
  name: string
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  pick: fc.nat(),
  kind: fc.constantFrom<Mutation['kind']>('replace', 'replace', 'replace', 'delete', 'unknownField'),
  value: nasty,
  name: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('extra', '__proto__', 'constructor', 'id', huge('k'))),
})

function clone(value: unknown): unknown {
  return value === null || typeof value !== 'object' ? value : structuredClone(value)
}

function apply(base: unknown, m: Mutation): unknown {
  const root = clone(base)
  const paths: Path[] = [[], ...pathsOf(root)]
  const path = paths[m.pick % paths.length]
  if (path.length === 0) {
    if (m.kind === 'replace') return m.value
    if (root !== null && typeof root === 'object' && !Array.isArray(root)) {
      Object.defineProperty(root, m.name, { value: m.value, enumerable: true, configurable: true, writable: true })
    }
    return root
  }
  let parent = root as Record<string | number, unknown>
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>
  const last = path[path.length - 1]
  if (m.kind === 'replace') parent[last] = m.value
  else if (m.kind === 'delete') {
    if (Array.isArray(parent)) parent.splice(Number(last), 1)
    else delete parent[last]
  } else if (!Array.isArray(parent)) {
    Object.defineProperty(parent, m.name, { value: m.value, enumerable: true, configurable: true, writable: true })
  }
  return root
}

/** A near-valid input with one to three mutations applied. */
export function mutated(valid: unknown, pool: Pool): fc.Arbitrary<unknown> {
  return fc
    .tuple(nearValid(valid, pool), fc.array(mutation, { minLength: 1, maxLength: 3 }))
    .map(([base, ms]) => ms.reduce(apply, base))
}

/** The texts of an input (field names and string values): a refusal may rightly quote them. */
export function textsOf(value: unknown, depth = 0, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value)
  else if (value !== null && typeof value === 'object' && depth < 8 && found.length < 500) {
    for (const [k, v] of Object.entries(value)) {
      found.push(k)
      textsOf(v, depth + 1, found)
    }
  }
  return found
}

/** A short description of an input for a failure message: long strings and deep values cut. */
export function describeInput(value: unknown): string {
  const seen = new WeakSet<object>()
  let text: string
  try {
    text = JSON.stringify(value, (_k, v: unknown) => {
      if (typeof v === 'string' && v.length > 60) return `${v.slice(0, 40)}…(${v.length} tegn)`
      if (typeof v === 'bigint') return `${v}n`
      if (typeof v === 'number' && !Number.isFinite(v)) return String(v)
      if (v !== null && typeof v === 'object') {
        if (seen.has(v)) return '[sirkel]'
        seen.add(v)
      }
      return v
    })
  } catch {
    text = String(value)
  }
  return (text ?? String(value)).slice(0, 400)
}
