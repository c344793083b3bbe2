import { describe, expect, it } from 'vitest'
import { highlightPrefixes } from './highlight'

const marked = (text: string, query: string) =>
  highlightPrefixes(text, query)
    .filter((p) => p.hit)
    .map((p) => p.text)

describe('highlightPrefixes', () => {
  it('marks each query word where it begins a word, whatever the case', () => {
    expect(marked('Legevaktsamarbeid i Lister 2024–2027', 'legevakt 2024')).toEqual(['Legevakt', '2024'])
  })

  it('does not mark a word found inside another word', () => {
    expect(marked('Interkommunal legevakt', 'kommunal')).toEqual([])
  })

  it('ignores accents but keeps æ, ø and å as letters of their own', () => {
    expect(marked('Kafé i Åseral', 'kafe åseral')).toEqual(['Kafé', 'Åseral'])
    expect(marked('Aseral og Åseral', 'åseral')).toEqual(['Åseral'])
    expect(marked('Øyeblikkelig hjelp', 'oye')).toEqual([])
  })

  it('keeps the whole text, in order, when nothing or everything matches', () => {
    expect(highlightPrefixes('Årsrapport 2025', '')).toEqual([{ text: 'Årsrapport 2025', hit: false }])
    expect(highlightPrefixes('Årsrapport 2025', 'års 2025')).toEqual([
      { text: 'Års', hit: true },
      { text: 'rapport ', hit: false },
      { text: '2025', hit: true },
    ])
  })
})
