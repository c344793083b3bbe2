import { randomBytes } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { docxImport } from '../../shared/strings/nb/docx-import'
import { nb } from '../../shared/strings/nb'
import { AppError } from '../errors'
import { guardOfficeFile, officeLimits, type OfficeKind } from './office-guard'
import {
  buildZip,
  deflated,
  deflatedZeros,
  docxEntries,
  minimalDocx,
  minimalXlsx,
  zipOf,
  type RawEntry,
} from './zip-fixtures'

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  Buffer.from('IHDR'),
  randomBytes(200),
])

/** The refusal's message, or '' when the file passed. */
async function refusal(bytes: Uint8Array, kind: OfficeKind = 'docx', file = 'sak.docx'): Promise<string> {
  try {
    await guardOfficeFile(bytes, file, kind)
    return ''
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    expect(error.error.code).toBe('import_invalid')
    return error.error.message
  }
}

let bomb: Buffer
beforeAll(async () => {
  // 1 GB of zeros, about 1 MB deflated, made as a stream.
  bomb = await deflatedZeros(1024)
}, 60_000)

describe('the gate in front of mammoth and exceljs', () => {
  it('lets a real .docx and a real .xlsx through', async () => {
    expect(await refusal(minimalDocx())).toBe('')
    expect(await refusal(await minimalXlsx(), 'xlsx', 'status.xlsx')).toBe('')
  })

  it('refuses the wrong kind of file, naming it', async () => {
    expect(await refusal(png, 'docx', 'logo.docx')).toBe(docxImport.notDocx.replace('{{file}}', 'logo.docx'))
    expect(await refusal(await zipOf({ 'a.txt': 'hei', 'b/c.csv': '1;2' }))).toBe(
      docxImport.notDocx.replace('{{file}}', 'sak.docx'),
    )
    const xlsx = await minimalXlsx()
    expect(await refusal(xlsx, 'docx', 'status.docx')).toBe(
      '«status.docx» er en Excel-arbeidsbok (.xlsx), ikke et Word-dokument (.docx).',
    )
    expect(await refusal(minimalDocx(), 'xlsx', 'sak.xlsx')).toBe(
      '«sak.xlsx» er et Word-dokument (.docx), ikke en Excel-arbeidsbok (.xlsx).',
    )
    const odt = await zipOf({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<a/>' })
    expect(await refusal(odt)).toMatch(/er et OpenDocument-dokument \(LibreOffice\), ikke et Word-dokument/)
    const pptx = await zipOf({ '[Content_Types].xml': '<Types/>', 'ppt/presentation.xml': '<p/>' })
    expect(await refusal(pptx)).toMatch(/er en PowerPoint-presentasjon/)
  })

  it('refuses a file cut off anywhere, as damaged or incomplete', async () => {
    const whole = await minimalXlsx()
    for (const at of [0.5, 0.9, 0.999]) {
      expect(await refusal(whole.subarray(0, Math.floor(whole.length * at)), 'xlsx')).toMatch(
        /skadet eller ufullstendig/,
      )
    }
    // Cut inside the data, with the directory kept: the part no longer unpacks.
    const entries = docxEntries()
    const cut = { ...entries[2], data: entries[2].data.subarray(0, entries[2].data.length - 20) }
    expect(await refusal(buildZip([entries[0], entries[1], cut]))).toMatch(
      /delen «word\/document\.xml» kan ikke pakkes ut/,
    )
  })

  it('refuses a bomb by what it claims: 1 GB unpacked, before unpacking anything', async () => {
    const file = buildZip([...docxEntries(), { name: 'word/media/zeros.bin', data: bomb, uncompressedSize: 2 ** 30 }])
    expect(file.length).toBeLessThan(2 * 1024 * 1024)
    expect(await refusal(file)).toMatch(/delen «word\/media\/zeros\.bin» blir 1[\s ]?0\d\d ganger større/)
  })

  it('refuses parts that unpack to more than 100 MB together, or are packed tighter than 100:1', async () => {
    const fifty = await deflatedZeros(50)
    const tight = buildZip([
      ...docxEntries(),
      { name: 'word/media/a.bin', data: fifty, uncompressedSize: 50 * 2 ** 20 },
    ])
    expect(await refusal(tight)).toMatch(/pakket mistenkelig tett: delen «word\/media\/a\.bin» blir/)
    // Each part loosely packed (stored), together over the limit: claimed, so refused before reading.
    const stored = (name: string): RawEntry => ({
      name,
      data: Buffer.alloc(2 ** 20),
      method: 0,
      uncompressedSize: 60 * 2 ** 20,
    })
    const big = buildZip([...docxEntries(), stored('word/media/a.bin'), stored('word/media/b.bin')])
    expect(await refusal(big)).toBe(
      `«sak.docx» blir 120,1 MB når den pakkes ut; grensen er ${officeLimits.maxUnpackedBytes / 2 ** 20} MB. Filen ble ikke lest.`,
    )
  })

  it('refuses a directory that lies about sizes, stopping the unpacking at the claimed size', async () => {
    const lie = buildZip([...docxEntries(), { name: 'word/media/small.bin', data: bomb, uncompressedSize: 1000 }])
    const before = process.memoryUsage().rss
    expect(await refusal(lie)).toBe(
      '«sak.docx» er skadet eller laget for å lure: delen «word/media/small.bin» er ikke så stor som filen sier. Filen ble ikke lest.',
    )
    // Rough, but real: the gigabyte was never held.
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024)
    // A stored part claiming less than it holds.
    const stored = buildZip([
      ...docxEntries(),
      { name: 'x.bin', data: Buffer.alloc(10), method: 0, uncompressedSize: 5 },
    ])
    expect(await refusal(stored)).toMatch(/delen «x\.bin» er ikke så stor/)
  })

  it('refuses part names that leave the folder, or are not names at all', async () => {
    for (const name of [
      '../../evil.sh',
      'word/../../x.xml',
      '/etc/passwd',
      'C:/Windows/x.dll',
      'word\\..\\x',
      'a\u0000b',
      '．．/x',
    ]) {
      const message = await refusal(buildZip([...docxEntries(), deflated(name, 'x')]))
      expect(message, name).toMatch(/har en del med et navn som ikke godtas/)
    }
  })

  it('refuses encrypted parts and password-protected files', async () => {
    const flagged = buildZip([...docxEntries(), { ...deflated('word/secret.xml', '<a/>'), flags: 1 }])
    expect(await refusal(flagged)).toBe(
      '«sak.docx» er passordbeskyttet. Fjern passordet i Word (Fil > Info), lagre og prøv igjen.',
    )
    // What Office writes with a password: an OLE container with an EncryptedPackage stream.
    const ole = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(500),
      Buffer.from('EncryptedPackage', 'utf16le'),
      Buffer.alloc(500),
    ])
    expect(await refusal(ole, 'xlsx', 'hemmelig.xlsx')).toMatch(/passordbeskyttet\. Fjern passordet i Excel/)
  })

  it('refuses too many parts, before reading one, and the same part twice', async () => {
    const many = Array.from({ length: officeLimits.maxEntries + 1 }, (_, i) => deflated(`word/p${i}.xml`, '<a/>'))
    expect(await refusal(buildZip([...docxEntries(), ...many]))).toMatch(
      /består av 2004 deler; et Word-dokument \(\.docx\) kan ha høyst 2000/,
    )
    expect(await refusal(buildZip([...docxEntries(), deflated('WORD/document.xml', '<a/>')]))).toMatch(
      /delen «WORD\/document\.xml» finnes to ganger/,
    )
  })

  it('refuses a packing method it cannot read', async () => {
    const bzip = buildZip([
      ...docxEntries(),
      { name: 'word/x.xml', data: Buffer.from('BZh9'), method: 12, uncompressedSize: 4 },
    ])
    expect(await refusal(bzip)).toMatch(/pakket på en måte Sekretariat ikke kan lese \(delen «word\/x\.xml»\)/)
  })

  it('refuses a DTD in any XML part: billion laughs, external entities, hidden after a comment or in UTF-16', async () => {
    const laughs =
      '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
    const xxe = '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    for (const prolog of [laughs, xxe, `<!-- <w:document> -->${laughs}`, '<!DOCTYPE w:document SYSTEM "x.dtd">']) {
      const entries = docxEntries('&lol2;', prolog)
      expect(await refusal(buildZip(entries)), prolog).toBe(
        '«sak.docx» har en DTD-erklæring (DOCTYPE/ENTITY) i delen «word/document.xml». Det har Office-filer aldri, og den kan brukes til å fylle minnet; filen ble ikke lest.',
      )
    }
    const rels = deflated('word/_rels/document.xml.rels', `<?xml version="1.0"?>${laughs}<Relationships/>`)
    expect(await refusal(buildZip([...docxEntries(), rels]))).toMatch(/i delen «word\/_rels\/document\.xml\.rels»/)
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from(`<?xml version="1.0"?>${laughs}<a/>`, 'utf16le'),
    ])
    expect(await refusal(buildZip([...docxEntries(), deflated('word/styles.xml', utf16)]))).toMatch(/DTD-erklæring/)
    // A part named otherwise, that mammoth could still be pointed at, is judged by its content.
    expect(await refusal(buildZip([...docxEntries(), deflated('word/doc.bin', `${laughs}<a/>`)]))).toMatch(
      /DTD-erklæring/,
    )
  })

  it('refuses an XML part whose prolog never ends, and lets an SVG image keep its plain DOCTYPE', async () => {
    const endless = `<?xml version="1.0"?><!--${'x'.repeat(officeLimits.prologBytes)}-->`
    expect(await refusal(buildZip([...docxEntries(), deflated('word/settings.xml', `${endless}<a/>`)]))).toMatch(
      /delen «word\/settings\.xml» begynner ikke som XML/,
    )
    const svg =
      '<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"><svg/>'
    expect(await refusal(buildZip([...docxEntries(), deflated('word/media/image1.svg', svg)]))).toBe('')
    const svgLaughs = '<!DOCTYPE svg [<!ENTITY a "a">]><svg/>'
    expect(await refusal(buildZip([...docxEntries(), deflated('word/media/image1.svg', svgLaughs)]))).toMatch(/DTD/)
  })

  it('uses the Excel import’s own field and messages', async () => {
    try {
      await guardOfficeFile(png, 'bilde.xlsx', 'xlsx')
    } catch (error) {
      expect((error as AppError).error).toEqual({
        code: 'import_invalid',
        message: nb.planText.excel.refusals.notXlsx.replace('{{file}}', 'bilde.xlsx'),
        field: 'content',
      })
    }
    expect.assertions(1)
  })
})
