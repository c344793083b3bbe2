import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { RichDoc, RichNode } from '../../../shared/rich-text'
import { docxPart, readDocxWithPythonDocx } from '../verify'
import { buildDocument, listAllocator, packDocx, richTextToDocx, type RichTextOptions } from '.'
import { defaultProfile } from './profile-defaults'

/** The rich-text mapping, read back from real .docx files: the XML Word reads, and python-docx. */

const folder = mkdtempSync(join(tmpdir(), 'kit-rich-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const text = (t: string, marks?: RichNode['marks']): RichNode => ({
  type: 'text',
  text: t,
  ...(marks ? { marks } : {}),
})
const p = (...content: (string | RichNode)[]): RichNode => ({
  type: 'paragraph',
  content: content.map((c) => (typeof c === 'string' ? text(c) : c)),
})
const h = (level: number, t: string): RichNode => ({ type: 'heading', attrs: { level }, content: [text(t)] })
const li = (...content: RichNode[]): RichNode => ({ type: 'listItem', content })
const ol = (items: RichNode[], start = 1): RichNode => ({ type: 'orderedList', attrs: { start }, content: items })
const ul = (items: RichNode[]): RichNode => ({ type: 'bulletList', content: items })
const cell = (type: 'tableHeader' | 'tableCell', t: string, colspan = 1, rowspan = 1): RichNode => ({
  type,
  attrs: { colspan, rowspan, colwidth: null },
  content: [p(t)],
})
const row = (...cells: RichNode[]): RichNode => ({ type: 'tableRow', content: cells })
const doc = (...content: RichNode[]): RichDoc => ({ type: 'doc', content })

let count = 0
/** Packs the rich text into a document and gives its parts and python-docx's reading. */
async function made(rich: RichDoc, options: RichTextOptions = {}) {
  const children = richTextToDocx(rich, listAllocator(), options)
  const document = buildDocument({
    profile: defaultProfile('Testfellesskapet'),
    meta: {
      title: 'Test',
      subject: 'Test',
      keywords: [],
      reference: 'T',
      documentType: 'Test',
      body: 'T',
      meetingDate: null,
      caseNumber: null,
      created: new Date('2026-11-23T10:00:00Z'),
    },
    sections: [{ children }],
  })
  const bytes = await packDocx(document)
  const path = join(folder, `t${count++}.docx`)
  writeFileSync(path, bytes)
  return {
    xml: await docxPart(bytes, 'word/document.xml'),
    numbering: await docxPart(bytes, 'word/numbering.xml'),
    rels: await docxPart(bytes, 'word/_rels/document.xml.rels'),
    read: await readDocxWithPythonDocx(path),
  }
}

describe('richTextToDocx', () => {
  it('gives nothing for an empty document, or one of empty paragraphs', () => {
    expect(richTextToDocx(doc(), listAllocator())).toEqual([])
    expect(richTextToDocx(doc(p(), p(' ')), listAllocator())).toEqual([])
  })

  it('maps headings to Word heading styles, shifted below the document’s own', async () => {
    const { read } = await made(doc(h(1, 'Én'), p('tekst'), h(2, 'To'), h(3, 'Tre')), { headingOffset: 1 })
    expect(read.paragraphs.map((x) => [x.style, x.text])).toEqual([
      ['Heading 2', 'Én'],
      ['Normal', 'tekst'],
      ['Heading 3', 'To'],
      ['Heading 4', 'Tre'],
    ])
    const plain = await made(doc(h(1, 'Én')))
    expect(plain.read.paragraphs[0].style).toBe('Heading 1')
  })

  it('gives every ordered list its own numbering, restarting at 1 or at its start', async () => {
    const { read, numbering } = await made(
      doc(ol([li(p('a1')), li(p('a2'))]), p('mellom'), ol([li(p('b1'))]), ol([li(p('c4'))], 4)),
    )
    const numbered = read.paragraphs.filter((x) => x.numbering)
    expect(numbered.map((x) => x.text)).toEqual(['a1', 'a2', 'b1', 'c4'])
    const ids = numbered.map((x) => x.numbering?.numId)
    expect(ids[0]).toBe(ids[1])
    expect(new Set([ids[0], ids[2], ids[3]]).size).toBe(3)
    // Each list's instance starts its first level over: at 1, and at 4 for the list that says so.
    const startOf = (numId: number | null | undefined) => {
      const num = new RegExp(`<w:num w:numId="${numId}">(.*?)</w:num>`, 's').exec(numbering)?.[1] ?? ''
      return Number(/<w:lvlOverride w:ilvl="0"><w:startOverride w:val="(\d+)"/.exec(num)?.[1])
    }
    expect([startOf(ids[0]), startOf(ids[2]), startOf(ids[3])]).toEqual([1, 1, 4])
    expect(numbering).toContain('w:val="decimal"')
    expect(numbering).toContain('<w:lvlText w:val="%1."/>')
  })

  it('nests lists as levels of Word numbering: 1. / a) / i. and bullets', async () => {
    const nested = doc(
      ol([li(p('en'), ol([li(p('a'), ol([li(p('i'))]))])), li(p('to'))]),
      ul([li(p('punkt'), ul([li(p('under'))]))]),
    )
    const { read, numbering } = await made(nested)
    const levels = read.paragraphs.filter((x) => x.numbering).map((x) => [x.text, x.numbering?.ilvl])
    expect(levels).toEqual([
      ['en', 0],
      ['a', 1],
      ['i', 2],
      ['to', 0],
      ['punkt', 0],
      ['under', 1],
    ])
    expect(numbering).toContain('<w:lvlText w:val="%2)"/>')
    expect(numbering).toContain('w:val="lowerLetter"')
    expect(numbering).toContain('w:val="lowerRoman"')
    expect(numbering).toContain('w:val="bullet"')
  })

  it('keeps a list item’s second paragraph in the item, without a number', async () => {
    const { read } = await made(doc(ol([li(p('første'), p('fortsetter'))])))
    expect(read.paragraphs.map((x) => [x.text, x.numbering !== null])).toEqual([
      ['første', true],
      ['fortsetter', false],
    ])
  })

  it('marks the first row of header cells as a repeating, shaded header row; spans merge cells', async () => {
    const table: RichNode = {
      type: 'table',
      content: [
        row(cell('tableHeader', 'Rolle'), cell('tableHeader', 'Antall', 2)),
        row(cell('tableCell', 'Ordførere', 1, 2), cell('tableCell', '21'), cell('tableCell', 'a')),
        row(cell('tableCell', '23'), cell('tableCell', 'b')),
      ],
    }
    const { read, xml } = await made(doc(table))
    expect(read.tables).toHaveLength(1)
    expect(read.tables[0].headerRow).toBe(true)
    expect(read.tables[0].rows).toEqual([
      ['Rolle', 'Antall', 'Antall'],
      ['Ordførere', '21', 'a'],
      ['Ordførere', '23', 'b'],
    ])
    expect(xml).toContain('<w:gridSpan w:val="2"/>')
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/)
    expect(xml).toMatch(/<w:shd [^>]*w:fill="[0-9A-F]{6}"/)
    expect(xml).toMatch(/<w:tblBorders>.*<w:insideH [^>]*w:val="single"/s)
    // The header text is bold.
    expect(/<w:tr>.*?<\/w:tr>/s.exec(xml)?.[0]).toContain('<w:b/>')
  })

  it('leaves the header flag off a table without a header row', async () => {
    const { read } = await made(doc({ type: 'table', content: [row(cell('tableCell', 'x'), cell('tableCell', 'y'))] }))
    expect(read.tables[0].headerRow).toBe(false)
  })

  it('writes bold, italic and underline, and links as real hyperlinks (web and mail only)', async () => {
    const rich = doc(
      p(
        text('fet', [{ type: 'bold' }]),
        ' ',
        text('kursiv', [{ type: 'italic' }]),
        ' ',
        text('understrek', [{ type: 'underline' }]),
        ' ',
        text('lenke', [{ type: 'link', attrs: { href: 'https://helsefellesskap.no/a?b=1&c=2' } }]),
        ' ',
        text('farlig', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
      ),
    )
    const { xml, rels } = await made(rich)
    expect(xml).toMatch(/<w:b\/>.*<w:t[^>]*>fet<\/w:t>/s)
    expect(xml).toMatch(/<w:i\/>.*<w:t[^>]*>kursiv<\/w:t>/s)
    expect(xml).toMatch(/<w:u w:val="single"\/>.*<w:t[^>]*>understrek<\/w:t>/s)
    const link = /<w:hyperlink [^>]*r:id="([^"]+)"[^>]*>(.*?)<\/w:hyperlink>/s.exec(xml)
    expect(link?.[2]).toContain('lenke')
    expect(link?.[2]).toContain('<w:rStyle w:val="Hyperlink"/>')
    expect(rels).toMatch(
      new RegExp(`Id="${link?.[1]}"[^>]*Target="https://helsefellesskap.no/a\\?b=1&amp;c=2"[^>]*TargetMode="External"`),
    )
    expect(xml.match(/<w:hyperlink /g)).toHaveLength(1)
    expect(xml).toContain('farlig')
    expect(rels).not.toContain('javascript')
  })

  it('sets nb-NO on every run and in the document defaults', async () => {
    const { read, xml } = await made(
      doc(h(1, 'Overskrift'), p('Tekst med ', text('fet', [{ type: 'bold' }])), ul([li(p('punkt'))])),
    )
    expect(read.runsWithoutLanguage).toBe(0)
    expect(read.languages).toEqual(['nb-NO'])
    expect(xml.match(/<w:lang w:val="nb-NO"\/>/g)?.length).toBeGreaterThanOrEqual(4)
  })

  it('removes characters XML forbids, keeps line breaks as Word breaks', async () => {
    const { read, xml } = await made(
      doc(p('A\u0000B\u0008C\u000bD\u000cE\u001fF\ufffeG\uffffH\ud800I\udc00J 😀'), {
        type: 'paragraph',
        content: [text('første'), { type: 'hardBreak' }, text('andre')],
      }),
    )
    expect(read.paragraphs[0].text).toBe('ABCDEFGHIJ 😀')
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/)
    expect(xml).toMatch(/første<\/w:t><\/w:r><w:r>.*?<w:br\/>.*?andre/s)
  })

  it('is pure: the same text and a fresh allocator give the same XML', async () => {
    const rich = doc(ol([li(p('a'))]), ul([li(p('b'))]))
    const [a, b] = [await made(rich), await made(rich)]
    expect(a.xml).toBe(b.xml)
  })
})
