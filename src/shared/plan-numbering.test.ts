import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareNumbers, numberTree, placeAt, type TreeNode } from './plan-numbering'

const n = (id: number, parentId: number | null, position: number): TreeNode => ({ id, parentId, position })

/** A random forest: each node's parent is an earlier node or none; positions arbitrary (gaps, ties). */
const forestArb = fc
  .array(fc.record({ parentPick: fc.nat(1000), root: fc.boolean(), position: fc.nat(20) }), {
    maxLength: 60,
  })
  .map((specs) =>
    specs.map((s, i): TreeNode => ({
      id: 100 + i * 7,
      parentId: i === 0 || s.root ? null : 100 + (s.parentPick % i) * 7,
      position: s.position,
    })),
  )

describe('numberTree', () => {
  it('numbers depth first from positions, counting siblings 1..n whatever the stored gaps', () => {
    const tree = numberTree([n(5, null, 2), n(1, null, 1), n(2, 1, 10), n(3, 1, 4), n(4, 3, 1), n(6, 5, 1)])
    expect(tree.map((t) => `${t.node.id}:${t.number}:${t.depth}`)).toEqual([
      '1:1:0',
      '3:1.1:1',
      '4:1.1.1:2',
      '2:1.2:1',
      '5:2:0',
      '6:2.1:1',
    ])
  })

  it('leaves out nodes whose parent is missing', () => {
    expect(numberTree([n(1, null, 1), n(2, 99, 1)]).map((t) => t.node.id)).toEqual([1])
  })

  it('is a bijection between nodes and numbers, in tree order', () => {
    fc.assert(
      fc.property(forestArb, (nodes) => {
        const tree = numberTree(nodes)
        expect(tree).toHaveLength(nodes.length)
        expect(new Set(tree.map((t) => t.node.id)).size).toBe(nodes.length)
        expect(new Set(tree.map((t) => t.number)).size).toBe(nodes.length)
        const numberOf = new Map(tree.map((t) => [t.node.id, t.number]))
        for (const t of tree) {
          // A child's number is its parent's plus one part; the depth is the count of dots.
          if (t.node.parentId !== null) expect(t.number.startsWith(`${numberOf.get(t.node.parentId)}.`)).toBe(true)
          expect(t.depth).toBe(t.number.split('.').length - 1)
        }
        // Tree order is the numbers' order.
        const numbers = tree.map((t) => t.number)
        expect([...numbers].sort(compareNumbers)).toEqual(numbers)
      }),
    )
  })

  it('keeps every id when siblings are reordered, and only their numbers change', () => {
    fc.assert(
      fc.property(forestArb, fc.nat(1000), fc.integer({ min: 1, max: 30 }), (nodes, pick, position) => {
        fc.pre(nodes.length > 0)
        const moved = nodes[pick % nodes.length]
        const siblings = numberTree(nodes)
          .filter((t) => t.node.parentId === moved.parentId)
          .map((t) => t.node.id)
        const order = placeAt(siblings, moved.id, position)
        expect([...order].sort((a, b) => a - b)).toEqual([...siblings].sort((a, b) => a - b))
        const reordered = nodes.map((node) => {
          const at = order.indexOf(node.id)
          return at < 0 ? node : { ...node, position: at + 1 }
        })
        const before = numberTree(nodes)
        const after = numberTree(reordered)
        expect(new Set(after.map((t) => t.node.id))).toEqual(new Set(before.map((t) => t.node.id)))
        const place = Math.min(position, siblings.length)
        const numberOfMoved = after.find((t) => t.node.id === moved.id)?.number ?? ''
        expect(numberOfMoved.split('.').at(-1)).toBe(String(place))
        // Nodes outside the moved sibling group's subtrees keep their numbers.
        const prefix =
          before
            .find((t) => t.node.id === moved.id)
            ?.number.split('.')
            .slice(0, -1)
            .join('.') ?? ''
        const outside = (num: string) => (prefix === '' ? false : !num.startsWith(`${prefix}.`))
        const beforeOutside = before.filter((t) => outside(t.number)).map((t) => `${t.node.id}:${t.number}`)
        const afterOutside = after.filter((t) => outside(t.number)).map((t) => `${t.node.id}:${t.number}`)
        expect(afterOutside).toEqual(beforeOutside)
      }),
    )
  })
})

describe('placeAt', () => {
  it('puts the id at the 1-based position, clamped', () => {
    expect(placeAt([1, 2, 3], 3, 1)).toEqual([3, 1, 2])
    expect(placeAt([1, 2, 3], 1, 99)).toEqual([2, 3, 1])
    expect(placeAt([1, 2], 9, 2)).toEqual([1, 9, 2])
    expect(placeAt([], 9, 0)).toEqual([9])
  })
})

describe('compareNumbers', () => {
  it('orders as the tree does', () => {
    expect(['1.10', '1.2', '2', '1', '1.2.1'].sort(compareNumbers)).toEqual(['1', '1.2', '1.2.1', '1.10', '2'])
  })
})
