import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join, relative, sep } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { fileNameFrom } from '../documents/kit'
import { AppError } from '../errors'
import { tempFolder } from '../test-support/temp-workspace'
import { childPath, joinInside, maxNameBytes, maxNameChars, safeChildPath, safeName } from './paths'

const folder = tempFolder('sekretariat-paths-')
afterAll(() => folder.remove())

// eslint-disable-next-line no-control-regex
const forbidden = /[<>:"/\\|?*\u0000-\u001f\u007f]/
const reserved = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i

/** Everything a name must be, on every system Sekretariat runs on. */
function expectHarmless(name: string) {
  expect(name).not.toMatch(forbidden)
  expect(name).not.toMatch(/^[\s.]|[\s.]$/)
  expect(name.length).toBeGreaterThan(0)
  expect(reserved.test(name.split('.')[0].trimEnd())).toBe(false)
  expect(Array.from(name).length).toBeLessThanOrEqual(maxNameChars)
  expect(Buffer.byteLength(name, 'utf8')).toBeLessThanOrEqual(maxNameBytes)
  expect(name).toBe(name.normalize('NFC'))
  expect(/^[\s.]*$/.test(name.normalize('NFKC'))).toBe(false)
}

describe('safeName', () => {
  it.each([
    ['../../etc/passwd', 'etc passwd'],
    ['..\\..\\x', 'x'],
    ['..', 'dokument'],
    ['.', 'dokument'],
    ['．．', 'dokument'],
    ['‥', 'dokument'],
    ['CON', '_CON'],
    ['con.txt', '_con.txt'],
    ['COM1 .docx', '_COM1 .docx'],
    ['LPT¹', '_LPT¹'],
    ['a/b', 'a b'],
    ['a\u0000b', 'a b'],
    ['Sak: ja/nei? <utkast>.docx', 'Sak ja nei utkast .docx'],
    ['Referat. . .', 'Referat'],
    ['  .skjult', 'skjult'],
    ['Møte i Ørsta', 'Møte i Ørsta'],
  ])('%j becomes %j', (hostile, safe) => {
    expect(safeName(hostile)).toBe(safe)
    expectHarmless(safeName(hostile))
  })

  it('writes a name in NFC, so "å" typed two ways is one file', () => {
    expect(safeName('a\u030a.docx')).toBe('\u00e5.docx')
  })

  it('cuts 10 000 characters to the limits and keeps the extension, never inside a character', () => {
    const long = safeName(`${'x'.repeat(10_000)}.docx`)
    expect(long).toHaveLength(maxNameChars)
    expect(long.endsWith('.docx')).toBe(true)
    // Two bytes each in UTF-8: the byte limit cuts first.
    const norwegian = safeName(`${'æ'.repeat(10_000)}.pdf`)
    expect(Buffer.byteLength(norwegian)).toBeLessThanOrEqual(maxNameBytes)
    expect(norwegian.endsWith('æ.pdf')).toBe(true)
    // Four bytes and two UTF-16 units each: no half a pair is left.
    const emoji = safeName('😀'.repeat(300))
    expect(emoji).toBe('😀'.repeat(60))
  })

  it('uses the fallback when nothing is left, and makes the fallback harmless too', () => {
    expect(safeName('???', { fallback: 'vedlegg' })).toBe('vedlegg')
    expect(safeName('', { fallback: '../x' })).toBe('x')
  })

  it('for any text: a harmless name that stays what it is when cleaned again', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 400 }),
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({
        unit: fc.constantFrom('.', ' ', '/', '\\', '\u0000', 'æ', '😀', 'C', 'O', 'N', '．'),
        maxLength: 20,
      }),
    )
    fc.assert(
      fc.property(text, (name) => {
        const safe = safeName(name)
        expectHarmless(safe)
        expect(safeName(safe)).toBe(safe)
        const path = childPath(folder.path, name)
        expect(dirname(path)).toBe(folder.path)
        expect(relative(folder.path, path).split(sep)).toHaveLength(1)
      }),
      { numRuns: 3000 },
    )
  })

  it("passes the document kit's file names through unchanged, apart from the byte limit", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (title) => {
        const made = fileNameFrom('{tittel} - {dokument}', { tittel: title, dokument: 'saksfremlegg' })
        if (Buffer.byteLength(made) <= maxNameBytes) expect(safeName(made)).toBe(made.normalize('NFC'))
      }),
      { numRuns: 2000 },
    )
  })
})

describe('joinInside and safeChildPath', () => {
  it('refuse a name that is not one component, rather than change it', () => {
    for (const name of ['..', '.', '', 'a/b', '../x', 'a\\b', 'a\u0000b', '/etc/passwd']) {
      expect(() => joinInside(folder.path, name), name).toThrow(AppError)
    }
    expect(() => joinInside(folder.path, '../x')).toThrow(/ville havnet utenfor mappen/)
    expect(joinInside(folder.path, 'Sak (2).docx')).toBe(join(folder.path, 'Sak (2).docx'))
  })

  it('write nothing outside the folder, for any hostile name', () => {
    const inside = join(folder.path, 'mappe')
    mkdirSync(inside)
    for (const name of ['../../etc/passwd', '..\\..\\x', 'CON', 'a/b', 'a\u0000b', 'x'.repeat(10_000), '．．', '..']) {
      writeFileSync(safeChildPath(inside, name), 'x')
    }
    expect(readdirSync(folder.path)).toEqual(['mappe'])
    expect(readdirSync(inside).sort()).toEqual(
      ['_CON', 'a b', 'dokument', 'etc passwd', 'x', 'x'.repeat(maxNameChars)].sort(),
    )
  })

  it('follow a folder that is a link to its real place, and refuse a link standing at the name', () => {
    const real = join(folder.path, 'ekte')
    mkdirSync(real)
    const link = join(folder.path, 'lenke')
    symlinkSync(real, link)
    expect(safeChildPath(link, 'Sak.docx')).toBe(join(real, 'Sak.docx'))
    symlinkSync('/etc/passwd', join(real, 'passwd'))
    expect(() => safeChildPath(real, 'passwd')).toThrow(/står det en symbolsk lenke med navnet «passwd»/)
  })
})
