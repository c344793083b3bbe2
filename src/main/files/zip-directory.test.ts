import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { prologProblem, xmlText } from './xml-prolog'
import { badEntryName, entryData, readZipDirectory } from './zip-directory'
import { buildZip, deflated, minimalDocx } from './zip-fixtures'

describe('readZipDirectory', () => {
  it('lists what jszip wrote, with sizes, methods and UTF-8 names', async () => {
    const zip = new JSZip()
    zip.file('word/document.xml', '<a>'.repeat(1000))
    zip.file('æøå.txt', 'hei', { compression: 'STORE' })
    const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
    const directory = readZipDirectory(bytes, 10)
    if (!directory.ok) throw new Error(directory.problem)
    expect(directory.entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['word/', 0, 0],
      ['word/document.xml', 8, 3000],
      ['æøå.txt', 0, 3],
    ])
    const stored = directory.entries[2]
    expect(entryData(bytes, stored, directory.centralOffset)?.toString()).toBe('hei')
  })

  it('tells a file that is no zip from one cut off', () => {
    expect(readZipDirectory(Buffer.from('%PDF-1.7 …'), 10)).toEqual({ ok: false, problem: 'notZip' })
    expect(readZipDirectory(new Uint8Array(0), 10)).toEqual({ ok: false, problem: 'notZip' })
    const docx = minimalDocx()
    for (const length of [4, 30, docx.length / 2, docx.length - 1]) {
      expect(readZipDirectory(docx.subarray(0, Math.floor(length)), 10)).toMatchObject({
        ok: false,
        problem: 'truncated',
      })
    }
  })

  it('refuses on the claimed count alone, and a directory pointing past itself', () => {
    const bytes = buildZip([deflated('a.xml', '<a/>')])
    const claimsMany = Buffer.from(bytes)
    claimsMany.writeUInt16LE(60_000, claimsMany.length - 12)
    expect(readZipDirectory(claimsMany, 2000)).toEqual({ ok: false, problem: 'tooManyEntries', count: 60_000 })
    const pointsAway = Buffer.from(bytes)
    pointsAway.writeUInt32LE(0x7fffffff, pointsAway.length - 6)
    expect(readZipDirectory(pointsAway, 2000)).toMatchObject({ ok: false, problem: 'truncated' })
  })

  it('reads the ZIP64 size of an entry', () => {
    const bytes = buildZip([{ ...deflated('big.bin', 'x'), uncompressedSize: 0xfffffffe }])
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
    // Mark the size as "in the extra field" and add one holding 6 GB: a lie the limits then refuse.
    const marked = Buffer.from(bytes)
    marked.writeUInt32LE(0xffffffff, central + 24)
    const extra = Buffer.alloc(12)
    extra.writeUInt16LE(1, 0)
    extra.writeUInt16LE(8, 2)
    extra.writeBigUInt64LE(6n * 2n ** 30n, 4)
    marked.writeUInt16LE(12, central + 30)
    const nameEnd = central + 46 + 'big.bin'.length
    const withExtra = Buffer.concat([marked.subarray(0, nameEnd), extra, marked.subarray(nameEnd)])
    withExtra.writeUInt32LE(withExtra.readUInt32LE(withExtra.length - 10) + 12, withExtra.length - 10)
    const directory = readZipDirectory(withExtra, 10)
    if (!directory.ok) throw new Error(directory.problem)
    expect(directory.entries[0].uncompressedSize).toBe(6 * 2 ** 30)
  })

  it.each([
    ['word/document.xml', false],
    ['[Content_Types].xml', false],
    ['word/media/bilde 1.png', false],
    ['../x', true],
    ['word/../../x', true],
    ['/abs', true],
    ['C:/x', true],
    ['c:x', true],
    ['a\\b', true],
    ['a\u0000b', true],
    ['', true],
    ['‥/x', true],
  ])('entry name %j is bad: %s', (name, bad) => {
    expect(badEntryName(name)).toBe(bad)
  })
})

describe('prologProblem', () => {
  it.each([
    ['<?xml version="1.0"?>\n<w:document/>', null],
    ['\ufeff<?xml version="1.0"?><!-- hei --><a/>', null],
    ['<a/>', null],
    ['ikke xml', null],
    ['<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "c">]><a/>', 'doctype'],
    ['<!doctype a SYSTEM "file:///etc/passwd"><a/>', 'doctype'],
    ['<?xml version="1.0"?><!-- <a> --><!DOCTYPE a><a/>', 'doctype'],
    ['<![CDATA[x]]><a/>', 'doctype'],
  ])('%j: %s', (text, problem) => {
    expect(prologProblem(text, true)).toBe(problem)
  })

  it('refuses a prolog still open where the head ends, unless that is the whole part', () => {
    expect(prologProblem('<?xml version="1.0"?><!-- lang', false)).toBe('notXml')
    expect(prologProblem('<?xml version="1.0"?><!-- lang', true)).toBeNull()
  })

  it('lets an image keep a DOCTYPE without entities, not one with them', () => {
    const svg = '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "svg11.dtd"><svg/>'
    expect(prologProblem(svg, true, true)).toBeNull()
    expect(prologProblem('<!DOCTYPE svg [<!ENTITY a "a">]><svg/>', true, true)).toBe('doctype')
  })

  it('reads UTF-16 either way round, with or without a byte order mark', () => {
    const text = '<!DOCTYPE a><a/>'
    const le = Buffer.from(text, 'utf16le')
    const be = Buffer.from(le).swap16()
    for (const head of [
      le,
      be,
      Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
      Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
    ]) {
      expect(xmlText(head)).toBe(text)
    }
  })
})
