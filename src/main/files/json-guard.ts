import { maxWorkspaceFileMb } from '../../shared/file-limits'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'

/**
 * A first look at a parsed JSON document before the schema walks it: zod's schemas recurse (rich
 * text is a recursive schema), so a document nested thousands deep would exhaust the stack there,
 * and one the size of the memory would be walked for a long time. One iterative pass here bounds
 * the depth and the size, and refuses the key `__proto__`, which no file of ours has and which a
 * later `target[key] = value` would turn into a changed prototype. Pure.
 */

export const jsonLimits = {
  /** The workspace file's lists, a case, its rich text (40 levels, two JSON levels each), marks. */
  maxDepth: 200,
  maxBytes: maxWorkspaceFileMb * 1024 * 1024,
} as const

export type JsonProblem =
  { problem: 'tooDeep' | 'forbiddenKey'; path: (string | number)[]; key?: string } | { problem: 'tooLarge' }

/** Roughly the bytes the value takes as JSON text: enough to tell 20 MB from 2 GB. */
const leafSize = (value: unknown) => (typeof value === 'string' ? value.length + 3 : String(value).length + 1)

/** One open array or object on the way down: what is left to visit in it. */
interface Level {
  container: unknown[] | Record<string, unknown>
  /** An object's keys; null for an array, which is visited by index. */
  keys: string[] | null
  next: number
  /** The key or index this container has in its parent. */
  key: string | number
}

/**
 * Depth first with one frame per open level, so memory stays at the depth, not the width: an
 * array of millions of items is walked without a list of them.
 */
export function jsonProblem(document: unknown, limits = jsonLimits): JsonProblem | null {
  const levels: Level[] = []
  const pathOf = () => levels.slice(1).map((l) => l.key)
  let size = 0
  const enter = (value: unknown, key: string | number): JsonProblem | null => {
    if (value === null || typeof value !== 'object') {
      size += leafSize(value)
      return size > limits.maxBytes ? { problem: 'tooLarge' } : null
    }
    if (levels.length >= limits.maxDepth) return { problem: 'tooDeep', path: [...pathOf(), key] }
    const keys = Array.isArray(value) ? null : Object.keys(value)
    size += 2 + (keys ? keys.reduce((sum, k) => sum + k.length + 4, 0) : (value as unknown[]).length)
    if (size > limits.maxBytes) return { problem: 'tooLarge' }
    levels.push({ container: value as Level['container'], keys, next: 0, key })
    const proto = keys?.includes('__proto__')
    return proto ? { problem: 'forbiddenKey', path: pathOf(), key: '__proto__' } : null
  }
  const first = enter(document, '')
  if (first) return first
  while (levels.length > 0) {
    const level = levels[levels.length - 1]
    const count = level.keys ? level.keys.length : (level.container as unknown[]).length
    if (level.next >= count) {
      levels.pop()
      continue
    }
    const key = level.keys ? level.keys[level.next] : level.next
    level.next += 1
    const found = enter((level.container as Record<string | number, unknown>)[key], key)
    if (found) return found
  }
  return null
}

/**
 * "/people/3/name": where in the file, for a message about its shape rather than a field. Keys come
 * from the file and may be of any length: each is cut, so the message stays a sentence.
 */
export const jsonPath = (path: readonly (string | number)[]) =>
  `/${path
    .slice(0, 8)
    .map((key) => (String(key).length > 40 ? `${String(key).slice(0, 40)}…` : key))
    .join('/')}${path.length > 8 ? '/…' : ''}`

/** The message for a problem, or null for a document within the limits. */
export function jsonProblemMessage(document: unknown): string | null {
  const found = jsonProblem(document)
  if (!found) return null
  const t = nb.fileSafety.json
  if (found.problem === 'tooLarge') return format(t.tooLargeParsed, { max: maxWorkspaceFileMb })
  if (found.problem === 'tooDeep') return format(t.tooDeep, { path: jsonPath(found.path), max: jsonLimits.maxDepth })
  return format(t.forbiddenKey, { path: jsonPath(found.path), key: found.key ?? '' })
}
