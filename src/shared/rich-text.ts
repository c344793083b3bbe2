import { z } from 'zod'

/**
 * Rich text as the case editor (TipTap / ProseMirror) stores it: a JSON tree of nodes with
 * marks. The stored form is the editor's own, so the Word export can map it node by node.
 */
export interface RichMark {
  type: string
  attrs?: Record<string, unknown>
}

export interface RichNode {
  type: string
  attrs?: Record<string, unknown>
  content?: RichNode[]
  marks?: RichMark[]
  text?: string
}

export interface RichDoc {
  type: 'doc'
  content: RichNode[]
}

export const emptyDoc = (): RichDoc => ({ type: 'doc', content: [] })

/** A document of one paragraph per line: for text made in code (standard items, copied decisions). */
export function docFromText(text: string): RichDoc {
  const lines = text.split('\n').filter((l) => l.trim() !== '')
  return {
    type: 'doc',
    content: lines.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] })),
  }
}

const blockTypes = new Set([
  'paragraph',
  'heading',
  'bulletList',
  'orderedList',
  'listItem',
  'table',
  'tableRow',
  'tableHeader',
  'tableCell',
  'blockquote',
])

/** The document's text, one line per block: for search, previews and reference detection. */
export function plainText(doc: RichDoc | RichNode): string {
  const lines: string[] = []
  let line = ''
  const walk = (node: RichNode) => {
    if (node.type === 'text') line += node.text ?? ''
    else if (node.type === 'hardBreak') line += ' '
    node.content?.forEach(walk)
    if (blockTypes.has(node.type) && line.trim() !== '') {
      lines.push(line.trim())
      line = ''
    }
  }
  walk(doc as RichNode)
  if (line.trim() !== '') lines.push(line.trim())
  return lines.join('\n')
}

export const isEmptyDoc = (doc: RichDoc) => plainText(doc).trim() === ''

// Bounded so a crafted document cannot exhaust memory: depth and total size are checked too.
const maxDocChars = 2_000_000
const maxDepth = 40

function depthOf(node: RichNode, depth = 0): number {
  if (depth > maxDepth) return depth
  return Math.max(depth, ...(node.content ?? []).map((n) => depthOf(n, depth + 1)))
}

const richNode: z.ZodType<RichNode> = z.lazy(() =>
  z.object({
    type: z.string().max(40),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(richNode).optional(),
    marks: z
      .array(z.object({ type: z.string().max(40), attrs: z.record(z.string(), z.unknown()).optional() }))
      .optional(),
    text: z.string().optional(),
  }),
)

/** Input schema for a rich-text field: the editor's JSON, bounded in size and depth. */
export const richDoc = z
  .object({ type: z.literal('doc'), content: z.array(richNode) })
  .refine((d) => JSON.stringify(d).length <= maxDocChars, { message: 'documentTooLarge' })
  .refine((d) => depthOf(d as RichNode) <= maxDepth, { message: 'documentTooDeep' })
  .default(emptyDoc)

/** A case reference found in text: "sak 09/2024", "saken 15/2026", "SSU-sak 9/2024", "RS Lister-sak 03/2025". */
export interface CaseReference {
  /** The text as written. */
  text: string
  /** The body's short code when the text names one ("SSU"), else null. */
  bodyCode: string | null
  sequence: number
  year: number
}

const referencePattern =
  /(?:\b([A-ZÆØÅ][\wÆØÅæøå]*(?:[ -][A-ZÆØÅ][\wÆØÅæøå]*)?)-)?\b[Ss]ak(?:en)?\s+(\d{1,3})\/(\d{4})\b/g

/** Every case reference in a text, in order, each once. */
export function findCaseReferences(text: string): CaseReference[] {
  const seen = new Set<string>()
  const found: CaseReference[] = []
  for (const m of text.matchAll(referencePattern)) {
    const ref = { text: m[0], bodyCode: m[1] ?? null, sequence: Number(m[2]), year: Number(m[3]) }
    const key = `${ref.bodyCode ?? ''}:${ref.sequence}:${ref.year}`
    if (seen.has(key)) continue
    seen.add(key)
    found.push(ref)
  }
  return found
}
