import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { defaultFileNamePattern } from './profile-defaults'
import { fileNameFrom, maxFileNameLength } from './file-name'

const pattern = defaultFileNamePattern
const values = { utvalg: 'OSS', nr: '09', år: '2026', tittel: 'Handlingsplan', dokument: 'saksfremlegg' }
// eslint-disable-next-line no-control-regex
const forbidden = /[<>:"/\\|?*\u0000-\u001f]/
const reserved = /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])$/i
const stemOf = (name: string) =>
  name
    .replace(/\.docx$/, '')
    .split('.')[0]
    .trimEnd()

describe('fileNameFrom', () => {
  it('fills the profile pattern', () => {
    expect(fileNameFrom(pattern, values)).toBe('OSS 09-2026 Handlingsplan - saksfremlegg.docx')
  })

  it('writes a case number with a slash as a dash, and a colon as a dash between spaces', () => {
    expect(fileNameFrom('{tittel} - {dokument}', { tittel: 'Oppfølging av sak 09/2024', dokument: 'x' })).toBe(
      'Oppfølging av sak 09-2024 - x.docx',
    )
    expect(fileNameFrom('{tittel}', { tittel: 'Budsjett: 2027' })).toBe('Budsjett - 2027.docx')
    expect(fileNameFrom('{tittel}', { tittel: 'a\\b' })).toBe('a-b.docx')
  })

  it('removes the characters Windows refuses, and control characters', () => {
    expect(fileNameFrom('{tittel}', { tittel: 'Hva <nå>? "Ja" | nei * \u0007slutt' })).toBe('Hva nå Ja nei slutt.docx')
  })

  it('drops an empty field with the dash glued to it', () => {
    expect(fileNameFrom(pattern, { ...values, nr: '', år: '' })).toBe('OSS Handlingsplan - saksfremlegg.docx')
    expect(fileNameFrom(pattern, { ...values, tittel: '' })).toBe('OSS 09-2026 - saksfremlegg.docx')
  })

  it('collapses spaces and strips trailing dots and spaces', () => {
    expect(fileNameFrom('{tittel}', { tittel: '  Mange    mellomrom . . ' })).toBe('Mange mellomrom.docx')
    expect(fileNameFrom('{tittel} {dokument}', { tittel: 'Slutt.', dokument: '' })).toBe('Slutt.docx')
  })

  it('never gives a reserved device name, with or without an extension', () => {
    for (const name of ['CON', 'con', 'Prn', 'AUX', 'NUL', 'COM1', 'com9', 'LPT1', 'lpt9', 'CON.txt', 'nul .x']) {
      const made = fileNameFrom('{tittel}', { tittel: name })
      expect(reserved.test(stemOf(made))).toBe(false)
    }
    expect(fileNameFrom('{tittel}', { tittel: 'CON' })).toBe('_CON.docx')
    expect(fileNameFrom('{tittel}', { tittel: 'Console' })).toBe('Console.docx')
  })

  it('cuts a long title and keeps the body, number and document type', () => {
    const long = `Oppfølging ${'av en svært lang sakstittel '.repeat(12)}slutt`
    const made = fileNameFrom(pattern, { ...values, tittel: long })
    const stem = made.replace(/\.docx$/, '')
    expect(Array.from(stem).length).toBeLessThanOrEqual(maxFileNameLength)
    expect(stem.startsWith('OSS 09-2026 Oppfølging av en svært lang')).toBe(true)
    expect(stem.endsWith(' - saksfremlegg')).toBe(true)
    // Cut at a word boundary.
    expect(stem).not.toMatch(/ [a-zæøå]{1,2} - saksfremlegg$/)
  })

  it('names something even when everything is empty', () => {
    expect(fileNameFrom(pattern, {})).toBe('dokument.docx')
  })

  it('keeps another extension when asked', () => {
    expect(fileNameFrom('{tittel}', { tittel: 'Vedlegg 1' }, '.pdf')).toBe('Vedlegg 1.pdf')
  })

  it('for any input: no forbidden character, no reserved name, no trailing dot or space, at most 150 characters', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.constantFrom('CON', 'nul', 'COM1', 'LPT9', 'aux.txt', '. .', '09/2024', '...', ' '),
    )
    fc.assert(
      fc.property(
        fc.record({ utvalg: text, nr: text, år: text, tittel: text, dokument: text, dato: text }),
        fc.oneof(fc.constant(pattern), text),
        (v, p) => {
          const made = fileNameFrom(p, v)
          expect(made.endsWith('.docx')).toBe(true)
          const stem = made.slice(0, -'.docx'.length)
          expect(forbidden.test(stem)).toBe(false)
          expect(/[\ud800-\udfff]/.test(stem.replace(/[\ud800-\udbff][\udc00-\udfff]/g, ''))).toBe(false)
          expect(reserved.test(stemOf(made))).toBe(false)
          expect(stem).not.toMatch(/[ .]$/)
          expect(stem.length).toBeGreaterThan(0)
          expect(Array.from(stem).length).toBeLessThanOrEqual(maxFileNameLength)
        },
      ),
      { numRuns: 2000 },
    )
  })
})
