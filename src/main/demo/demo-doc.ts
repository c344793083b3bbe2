import type { RichDoc, RichNode } from '../../shared/rich-text'

/**
 * Builders for the editor's JSON (TipTap: StarterKit and TableKit node names), so the demo's case
 * documents read like the secretariat's own: paragraphs, bold lead-ins, lists and a table.
 */

/** A run of text; `**bold**` marks a bold stretch, as a writer would type it. */
function inline(text: string): RichNode[] {
  return text
    .split(/(\*\*[^*]+\*\*)/)
    .filter((part) => part !== '')
    .map((part) =>
      part.startsWith('**')
        ? { type: 'text', text: part.slice(2, -2), marks: [{ type: 'bold' }] }
        : { type: 'text', text: part },
    )
}

export const p = (text: string): RichNode => ({ type: 'paragraph', content: inline(text) })

const item = (text: string | RichNode[]): RichNode => ({
  type: 'listItem',
  content: typeof text === 'string' ? [p(text)] : text,
})

export const bullets = (...items: string[]): RichNode => ({ type: 'bulletList', content: items.map((i) => item(i)) })

/** A numbered list: the form of every proposed decision. */
export const numbered = (...items: string[]): RichNode => ({
  type: 'orderedList',
  attrs: { start: 1 },
  content: items.map((i) => item(i)),
})

/** A bullet whose own list goes one level down (the seeds nest lists often). */
export const nested = (text: string, ...children: string[]): RichNode[] => [p(text), bullets(...children)]

export const bulletsOf = (...items: (string | RichNode[])[]): RichNode => ({
  type: 'bulletList',
  content: items.map((i) => item(i)),
})

const cell = (type: 'tableHeader' | 'tableCell', text: string): RichNode => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null },
  content: [p(text)],
})

/** A table with a header row. */
export const table = (header: string[], rows: string[][]): RichNode => ({
  type: 'table',
  content: [
    { type: 'tableRow', content: header.map((h) => cell('tableHeader', h)) },
    ...rows.map((r) => ({ type: 'tableRow', content: r.map((c) => cell('tableCell', c)) })),
  ],
})

export const doc = (...content: RichNode[]): RichDoc => ({ type: 'doc', content })

/** A document of plain paragraphs. */
export const paragraphs = (...texts: string[]): RichDoc => doc(...texts.map(p))

/** The proposed decision: a numbered list, or one paragraph when there is one point. */
export const proposal = (...points: string[]): RichDoc =>
  points.length === 1 ? paragraphs(points[0]) : doc(numbered(...points))
