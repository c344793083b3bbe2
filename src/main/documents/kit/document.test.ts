import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, describe, expect, it } from 'vitest'
import { docxPart, readDocxWithPythonDocx } from '../verify'
import {
  buildDocument,
  dataTable,
  heading,
  keyValueTable,
  packDocx,
  paragraph,
  type DocumentMeta,
  type DocumentSection,
} from '.'
import { defaultLogoPng, logoOf } from './logo'
import { defaultProfile } from './profile-defaults'

/** The frame every document gets: page, styles, header and footer, core and custom properties. */

const folder = mkdtempSync(join(tmpdir(), 'kit-doc-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

const meta: DocumentMeta = {
  title: 'Budsjett for sekretariatet 2027',
  subject: 'Saksfremlegg til Overordnet strategisk samarbeidsutvalg, møte 02.09.2026',
  keywords: ['Saksfremlegg', 'OSS', 'OSS-sak 18/2026'],
  reference: 'OSS-sak 18/2026',
  documentType: 'Saksfremlegg',
  body: 'Overordnet strategisk samarbeidsutvalg',
  meetingDate: '2026-09-02',
  caseNumber: 'OSS-sak 18/2026',
  created: new Date('2026-08-20T08:30:00Z'),
  description: 'Vedtakssak. Saksbehandler: Kari Nordmann.',
}
const profile = { ...defaultProfile('Helsefellesskapet i Agder'), addressLine: 'Postboks 1 · post@example.no' }

async function packed(sections: DocumentSection[] = [{ children: [heading(1, 'Bakgrunn'), paragraph('Tekst.')] }]) {
  const bytes = await packDocx(buildDocument({ profile, meta, sections }))
  const path = join(folder, `d${Math.random().toString(36).slice(2)}.docx`)
  writeFileSync(path, bytes)
  return { bytes, path, zip: await JSZip.loadAsync(bytes) }
}

const partsLike = async (zip: JSZip, pattern: RegExp) =>
  Promise.all(
    Object.keys(zip.files)
      .filter((n) => pattern.test(n))
      .map((n) => zip.file(n)?.async('string') ?? ''),
  )

describe('buildDocument', () => {
  it('writes core properties with the document’s own date, nb-NO, and the custom properties the archive reads', async () => {
    const { path } = await packed()
    const read = await readDocxWithPythonDocx(path)
    expect(read.core).toMatchObject({
      title: meta.title,
      subject: meta.subject,
      keywords: 'Saksfremlegg, OSS, OSS-sak 18/2026',
      author: 'Sekretariatet',
      description: meta.description,
      language: 'nb-NO',
      created: '2026-08-20T08:30:00',
    })
    expect(read.custom).toEqual({
      Utvalg: 'Overordnet strategisk samarbeidsutvalg',
      Møtedato: '2026-09-02',
      Saksnummer: 'OSS-sak 18/2026',
      Dokumenttype: 'Saksfremlegg',
    })
  })

  it('escapes what XML needs escaped in the properties', async () => {
    const bytes = await packDocx(
      buildDocument({ profile, meta: { ...meta, title: 'A & B <C> "D"\u0001' }, sections: [{ children: [] }] }),
    )
    const core = await docxPart(bytes, 'docProps/core.xml')
    expect(core).toContain('<dc:title>A &amp; B &lt;C&gt; &quot;D&quot;</dc:title>')
  })

  it('is A4 portrait with 2.5 cm margins, and a landscape section when asked', async () => {
    const { bytes, path } = await packed([
      { children: [paragraph('Stående')] },
      { children: [paragraph('Liggende')], orientation: 'landscape' },
    ])
    const xml = await docxPart(bytes, 'word/document.xml')
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(xml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/)
    expect(xml).toMatch(/<w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417"/)
    const read = await readDocxWithPythonDocx(path)
    expect(read.sections.map((s) => s.orientation)).toEqual(['portrait', 'landscape'])
  })

  it('defines real heading styles in the profile’s colour and font, Normal at 11 pt, and nb-NO as default language', async () => {
    const { bytes } = await packed()
    const styles = await docxPart(bytes, 'word/styles.xml')
    expect(styles).toMatch(
      /<w:docDefaults>.*<w:rFonts w:ascii="Calibri".*<w:sz w:val="22"\/>.*<w:lang w:val="nb-NO"\/>/s,
    )
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Title']) {
      const style = new RegExp(`<w:style w:type="paragraph" w:styleId="${id}">(.*?)</w:style>`, 's').exec(styles)?.[1]
      expect(style, id).toContain('<w:color w:val="005A9C"/>')
    }
  })

  it('puts the logo with its alternative text and the organisation in the header, and page X of Y in the footer', async () => {
    const { zip } = await packed()
    const headers = (await partsLike(zip, /^word\/header\d+\.xml$/)).join('\n')
    expect(headers).toMatch(/<wp:docPr [^>]*descr="Logo for Helsefellesskapet i Agder"/)
    expect(headers).toContain('Helsefellesskapet i Agder')
    expect(headers).toContain('Postboks 1 · post@example.no')
    // Pages after the first repeat the title; the first shows it big instead.
    expect(headers).toContain(meta.title)
    expect(Object.keys(zip.files).some((n) => /^word\/media\/.+\.png$/.test(n))).toBe(true)
    const footers = (await partsLike(zip, /^word\/footer\d+\.xml$/)).join('\n')
    expect(footers).toContain('OSS-sak 18/2026')
    expect(footers).toMatch(/Side .*PAGE.* av .*NUMPAGES/s)
    const xml = await docxPart(await zip.generateAsync({ type: 'nodebuffer' }), 'word/document.xml')
    expect(xml).toContain('<w:titlePg/>')
  })

  it('uses the profile’s own PNG logo, and the default one from resources/ without it', () => {
    expect(defaultLogoPng()?.subarray(1, 4).toString()).toBe('PNG')
    const own = Buffer.from(defaultLogoPng() ?? [])
    expect(logoOf({ logoPng: own.toString('base64') })?.equals(own)).toBe(true)
    expect(logoOf({ logoPng: Buffer.from('not a png').toString('base64') })?.equals(own)).toBe(true)
  })

  it('builds the kit’s tables: a key-value block and a data table with a repeating header row', async () => {
    const { path } = await packed([
      {
        children: [
          keyValueTable([
            ['Utvalg', 'OSS'],
            ['Møtedato', '02.09.2026'],
          ]),
          dataTable(
            [
              { title: 'Rolle', weight: 3 },
              { title: 'Antall', alignment: 'right' },
            ],
            [
              ['Ordførere', '21'],
              ['Sykehuset', '23'],
            ],
          ),
        ],
      },
    ])
    const read = await readDocxWithPythonDocx(path)
    expect(read.tables.map((t) => [t.headerRow, t.rows])).toEqual([
      [
        false,
        [
          ['Utvalg', 'OSS'],
          ['Møtedato', '02.09.2026'],
        ],
      ],
      [
        true,
        [
          ['Rolle', 'Antall'],
          ['Ordførere', '21'],
          ['Sykehuset', '23'],
        ],
      ],
    ])
    expect(read.runsWithoutLanguage).toBe(0)
  })
})
