import { describe, expect, it } from 'vitest'
import { docFromText, findCaseReferences, plainText, richDoc, type RichDoc } from './rich-text'

const doc: RichDoc = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Status' }] },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'RS Lister' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'RS Setesdal' }] }] },
      ],
    },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Viser til ' },
        { type: 'text', text: 'sak 09/2024', marks: [{ type: 'bold' }] },
      ],
    },
  ],
}

describe('rich text', () => {
  it('reads as plain text, one line per block', () => {
    expect(plainText(doc)).toBe('Status\nRS Lister\nRS Setesdal\nViser til sak 09/2024')
    expect(plainText(docFromText('a\n\nb'))).toBe('a\nb')
  })

  it('finds case references as secretariats write them, each once', () => {
    const found = findCaseReferences(
      'Viser til sak 09/2024, SSU-sak 9/2024 og RS Lister-sak 03/2025. Behandlet i saken 15/2026; jf. sak 09/2024.',
    )
    expect(found.map((r) => [r.text, r.bodyCode, r.sequence, r.year])).toEqual([
      ['sak 09/2024', null, 9, 2024],
      ['SSU-sak 9/2024', 'SSU', 9, 2024],
      ['RS Lister-sak 03/2025', 'RS Lister', 3, 2025],
      ['saken 15/2026', null, 15, 2026],
    ])
    expect(findCaseReferences('Budsjett 2024/2025 og forsak 1/2024')).toEqual([])
  })

  it('refuses a document nested deeper than any real one', () => {
    let node: RichDoc['content'][number] = { type: 'paragraph' }
    for (let i = 0; i < 60; i++) node = { type: 'bulletList', content: [node] }
    const parsed = richDoc.safeParse({ type: 'doc', content: [node] })
    expect(parsed.success).toBe(false)
    expect(richDoc.safeParse(undefined).data).toEqual({ type: 'doc', content: [] })
  })
})
