import type { FileChild } from 'docx'
import { isEmptyDoc, type RichDoc, type RichNode } from '../../../shared/rich-text'
import { note } from './blocks'
import type { Look } from './look'
import type { ListAllocator } from './numbering'
import { richTextToDocx } from './rich-text'

/**
 * A proposed decision or a decision, as Norwegian bodies write them: its own list when it has
 * one; plain paragraphs become the points of one numbered list; a single paragraph stays a
 * paragraph, as a one-point decision is written. Nothing written gives the note `empty`.
 */
export function decisionBlocks(
  doc: RichDoc,
  lists: ListAllocator,
  options: { look: Look; headingOffset: number; empty: string },
): FileChild[] {
  const content = doc.content.filter((n) => !(n.type === 'paragraph' && isEmptyDoc({ type: 'doc', content: [n] })))
  if (content.length === 0) return [note(options.empty)]
  const rich = { headingOffset: options.headingOffset, look: options.look }
  if (content.length > 1 && content.every((n) => n.type === 'paragraph')) {
    const points: RichNode = {
      type: 'orderedList',
      attrs: { start: 1 },
      content: content.map((p) => ({ type: 'listItem', content: [p] })),
    }
    return richTextToDocx({ type: 'doc', content: [points] }, lists, rich)
  }
  return richTextToDocx({ type: 'doc', content }, lists, rich)
}
