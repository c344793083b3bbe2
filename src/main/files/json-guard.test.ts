import { describe, expect, it } from 'vitest'
import { richDoc } from '../../shared/rich-text'
import { jsonLimits, jsonPath, jsonProblem, jsonProblemMessage } from './json-guard'

/** `[[[…0…]]]`, `depth` arrays deep, built without recursion. */
function nested(depth: number): unknown {
  let value: unknown = 0
  for (let i = 0; i < depth; i++) value = [value]
  return value
}

describe('the first look at a parsed workspace file', () => {
  it('passes ordinary documents, however wide', () => {
    expect(jsonProblem({ people: [{ name: 'Kari' }], empty: {}, list: [] })).toBeNull()
    expect(jsonProblem({ many: Array.from({ length: 200_000 }, (_, i) => ({ id: i })) })).toBeNull()
    expect(jsonProblem(nested(jsonLimits.maxDepth - 1))).toBeNull()
  })

  it('refuses nesting past the limit without recursing, saying where', () => {
    expect(jsonProblem(nested(jsonLimits.maxDepth + 1))).toMatchObject({ problem: 'tooDeep' })
    // A hundred thousand levels: a recursive walk (or schema) would run out of stack.
    const found = jsonProblem({ cases: [{ sections: nested(100_000) }] })
    expect(found).toMatchObject({ problem: 'tooDeep' })
    expect(jsonProblemMessage({ cases: [{ sections: nested(100_000) }] })).toBe(
      'Filen er ugyldig ved /cases/0/sections/0/0/0/0/0/…: den er nøstet dypere enn 200 nivåer.',
    )
  })

  it('refuses a document larger than the limit, counting as it goes', () => {
    const limits = { ...jsonLimits, maxBytes: 1000 }
    expect(jsonProblem({ text: 'x'.repeat(2000) }, limits)).toEqual({ problem: 'tooLarge' })
    expect(
      jsonProblem(
        Array.from({ length: 600 }, () => 1),
        limits,
      ),
    ).toEqual({ problem: 'tooLarge' })
    expect(jsonProblem({ text: 'x'.repeat(500) }, limits)).toBeNull()
  })

  it('refuses the key __proto__ anywhere, as JSON.parse makes it: an own key', () => {
    const top: unknown = JSON.parse('{"format":"x","__proto__":{"polluted":true}}')
    expect(jsonProblem(top)).toEqual({ problem: 'forbiddenKey', path: [], key: '__proto__' })
    const deep: unknown = JSON.parse('{"cases":[{"sections":{"attrs":{"__proto__":{"polluted":true}}}}]}')
    expect(jsonProblemMessage(deep)).toBe(
      'Filen er ugyldig ved /cases/0/sections/attrs: feltnavnet «__proto__» godtas ikke.',
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('leaves "constructor" and "prototype" to the schema, where they are plain data and pollute nothing', () => {
    const doc: unknown = JSON.parse(
      '{"type":"doc","content":[{"type":"paragraph","attrs":{"constructor":{"prototype":{"polluted":true}},"prototype":{"polluted":true}}}]}',
    )
    expect(jsonProblem(doc)).toBeNull()
    const parsed = richDoc.parse(doc)
    const attrs = parsed.content[0].attrs ?? {}
    expect(Object.getPrototypeOf(attrs)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined()
    // And zod drops a __proto__ key in a record rather than set a prototype with it.
    const proto: unknown = JSON.parse(
      '{"type":"doc","content":[{"type":"paragraph","attrs":{"__proto__":{"polluted":1}}}]}',
    )
    const dropped = richDoc.parse(proto).content[0].attrs ?? {}
    expect(Object.getPrototypeOf(dropped)).toBe(Object.prototype)
    expect(Object.keys(dropped)).toEqual([])
  })

  it('shows long paths short', () => {
    expect(jsonPath(['a', 1, 'b'])).toBe('/a/1/b')
    expect(jsonPath(Array.from({ length: 12 }, (_, i) => i))).toBe('/0/1/2/3/4/5/6/7/…')
  })
})
