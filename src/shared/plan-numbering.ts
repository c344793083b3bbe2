/**
 * Numbers of an action plan's nodes, worked out from parent and position, never stored: a
 * reordering renumbers what the user sees while every reference keeps pointing at the same id.
 * Pure, so main (matrix, Word, Excel) and the renderer number the same way.
 */

export interface TreeNode {
  id: number
  parentId: number | null
  position: number
}

export interface NumberedNode<T extends TreeNode> {
  node: T
  /** "1", "1.2", "1.2.3". */
  number: string
  /** 0 for a root. */
  depth: number
}

const bySiblingOrder = (a: TreeNode, b: TreeNode) => a.position - b.position || a.id - b.id

/**
 * Depth-first tree order with numbers. Siblings are counted 1..n in position order (ties by
 * id), so gaps in stored positions never show. A node whose parent is not in the list is left
 * out: it cannot be placed.
 */
export function numberTree<T extends TreeNode>(nodes: readonly T[]): NumberedNode<T>[] {
  const children = new Map<number | null, T[]>()
  const ids = new Set(nodes.map((n) => n.id))
  for (const node of nodes) {
    const parent = node.parentId !== null && ids.has(node.parentId) ? node.parentId : node.parentId === null ? null : -1
    if (parent === -1) continue
    const list = children.get(parent)
    if (list) list.push(node)
    else children.set(parent, [node])
  }
  for (const list of children.values()) list.sort(bySiblingOrder)

  const out: NumberedNode<T>[] = []
  // Iterative, so a deep or long plan never meets the stack limit.
  const stack: { node: T; number: string; depth: number }[] = []
  const pushChildren = (parentId: number | null, prefix: string, depth: number) => {
    const list = children.get(parentId) ?? []
    for (let i = list.length - 1; i >= 0; i--) {
      stack.push({ node: list[i], number: prefix === '' ? `${i + 1}` : `${prefix}.${i + 1}`, depth })
    }
  }
  pushChildren(null, '', 0)
  const seen = new Set<number>()
  while (stack.length > 0) {
    const item = stack.pop() as NumberedNode<T>
    if (seen.has(item.node.id)) continue
    seen.add(item.node.id)
    out.push(item)
    pushChildren(item.node.id, item.number, item.depth + 1)
  }
  return out
}

/**
 * The sibling order after moving `id` to `position` (1-based, clamped to the list): the ids of
 * `siblings` with `id` taken out and put back there. `id` need not be among `siblings` (a move
 * from another parent).
 */
export function placeAt(siblings: readonly number[], id: number, position: number): number[] {
  const rest = siblings.filter((s) => s !== id)
  const at = Math.max(0, Math.min(rest.length, Math.trunc(position) - 1))
  return [...rest.slice(0, at), id, ...rest.slice(at)]
}

/** Compares numbers as the tree orders them: "1.2" before "1.10". */
export function compareNumbers(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) if (pa[i] !== pb[i]) return pa[i] - pb[i]
  return pa.length - pb.length
}
