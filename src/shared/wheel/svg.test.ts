import { describe, expect, it } from 'vitest'
import type { WheelData } from '../cycle'
import { layoutWheel } from './layout'
import { escapeXml, wheelSvg } from './svg'

const monthNames = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des']
const legend = { meeting: 'Møte', deadline: 'Frist', item: 'Årshjulaktivitet' }

const data: WheelData = {
  year: 2026,
  today: '2026-04-01',
  rings: [
    { key: 'ssu', label: 'SSU' },
    { key: 'rs', label: 'RS Øst & Vest' },
  ],
  marks: [
    {
      id: 'm1',
      ring: 'ssu',
      date: '2026-02-12',
      kind: 'meeting',
      label: 'Møte 1/2026 <SSU>',
      target: { meetingId: 1 },
    },
    { id: 'd1', ring: 'ssu', date: '2026-01-22', kind: 'deadline', label: 'Saksfrist "SSU"', target: { meetingId: 1 } },
    {
      id: 'm2',
      ring: 'rs',
      date: '2026-06-03',
      kind: 'meeting',
      label: 'Avlyst: Rådets møte',
      target: { meetingId: 2 },
      cancelled: true,
    },
    {
      id: 'i1',
      ring: 'rs',
      date: '2026-10-01',
      kind: 'item',
      label: "Årlig gjennomgang av plan'en",
      target: { itemId: 7 },
    },
  ],
}

const svg = wheelSvg(layoutWheel(data, { size: 700, monthNames }), { title: 'Årshjul 2026 – Agder & co', legend })

/** Tags open and close in order, and every & starts an entity: enough to know a parser will take it. */
function assertWellFormed(xml: string) {
  const stack: string[] = []
  for (const [, closing, name, selfClosing] of xml.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
    if (closing) expect(stack.pop()).toBe(name)
    else if (!selfClosing) stack.push(name)
  }
  expect(stack).toEqual([])
  expect(xml).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/)
}

describe('wheelSvg', () => {
  it('is a standalone, well-formed SVG document', () => {
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg).toMatch(/ width="700" height="[\d.]+" viewBox="-350 -350 700 [\d.]+"/)
    assertWellFormed(svg)
  })

  it('keeps Norwegian letters as they are and escapes the title', () => {
    expect(svg).toContain('<title>Årshjul 2026 – Agder &amp; co</title>')
    expect(svg).toContain('RS Øst &amp; Vest')
    expect(escapeXml('æøå ÆØÅ')).toBe('æøå ÆØÅ')
  })

  it('gives every mark a tooltip title with its label escaped', () => {
    expect(svg).toContain('<title>Møte 1/2026 &lt;SSU&gt;</title>')
    expect(svg).toContain('<title>Saksfrist &quot;SSU&quot;</title>')
    expect(svg).toContain('<title>Avlyst: Rådets møte</title>')
    expect(svg).toContain('<title>Årlig gjennomgang av plan&apos;en</title>')
    expect(svg.match(/<title>/g)).toHaveLength(data.marks.length + 1)
  })

  it('writes the legend, the months and the year', () => {
    for (const word of Object.values(legend)) expect(svg).toContain(`>${word}</text>`)
    for (const month of monthNames) expect(svg).toContain(`>${month}</text>`)
    expect(svg).toContain('>2026</text>')
  })

  it('draws cancelled marks hollow and grey', () => {
    const cancelled = /<path d="[^"]+" fill="([^"]+)" stroke="([^"]+)"[^>]*><title>Avlyst/.exec(svg)
    expect(cancelled?.slice(1)).toEqual(['#ffffff', '#8a8a8a'])
  })

  it('drops characters XML forbids', () => {
    expect(escapeXml('a\u0000b\u001Fc\td')).toBe('abc\td')
  })
})
