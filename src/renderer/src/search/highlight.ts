import { foldForSearch } from '../../../shared/text'

export interface TextPart {
  text: string
  hit: boolean
}

const wordChar = /[\p{L}\p{N}]/u

/**
 * Marks where the words of a query begin words of a text, as the full-text search matches them
 * (each word a prefix, case and accents ignored, æ/ø/å letters of their own). Main marks the
 * snippet; this marks the title the same way, so "legevakt" shows in "Legevaktsamarbeid".
 */
export function highlightPrefixes(text: string, query: string): TextPart[] {
  const words = foldForSearch(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
  if (words.length === 0 || !text) return [{ text, hit: false }]
  // Folded one character at a time, so every folded position maps back to the original text.
  const chars = [...text]
  const folded = chars.map((c) => foldForSearch(c))
  const marked = new Array<boolean>(chars.length).fill(false)
  for (let start = 0; start < chars.length; start++) {
    if (!wordChar.test(chars[start]) || (start > 0 && wordChar.test(chars[start - 1]))) continue
    for (const word of words) {
      let matched = ''
      let end = start
      while (end < chars.length && matched.length < word.length) matched += folded[end++]
      if (matched.startsWith(word)) marked.fill(true, start, end)
    }
  }
  const parts: TextPart[] = []
  chars.forEach((c, i) => {
    const last = parts[parts.length - 1]
    if (last && last.hit === marked[i]) last.text += c
    else parts.push({ text: c, hit: marked[i] })
  })
  return parts
}
