import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { docxImport as t } from '../../shared/strings/nb/docx-import'
import { format } from '../../shared/text'
import { AppError } from '../errors'
import { tempFolder } from '../test-support/temp-workspace'
import { importCaseDocx } from './docx-import'

// python-docx is Debian's python3-docx; it is installed for the system Python only.
const python = '/usr/bin/python3'
const script = join(import.meta.dirname, 'make-docx.py')
const folder = tempFolder('sekretariat-docx-')
afterAll(() => folder.remove())

type Run = string | { text: string; bold?: boolean; italic?: boolean; link?: string }
type Item = Run | Run[] | { runs: Run | Run[]; children?: Item[] }
type Block =
  | { title: string }
  | { heading: string; level?: number }
  | { p: Run[]; style?: string }
  | { bullets: Item[] }
  | { numbers: Item[] }
  | { table: string[][]; header?: boolean }
  | { image: true }

/** Writes a real .docx with python-docx and returns its bytes. */
function docx(name: string, blocks: Block[]): Uint8Array {
  const path = join(folder.path, name)
  execFileSync(python, [script, path], { input: JSON.stringify({ blocks }) })
  return readFileSync(path)
}

const bold = (text: string): Run => ({ text, bold: true })

/** Modelled on seed 001 (annual review of the action plan); people and numbers are made up. */
const saksfremlegg: Block[] = [
  { p: [bold('SAKSFREMLEGG')] },
  { title: 'Årlig gjennomgang av handlingsplan' },
  {
    table: [
      ['Saksnummer:', '07/2026'],
      ['Saksbehandler:', 'Ola Testesen'],
      ['Møtedato:', '12.03.2026'],
    ],
  },
  { p: ['Sakstype: Vedtakssak'] },
  { heading: '1. Bakgrunn for saken', level: 1 },
  {
    p: [
      'Handlingsplanen skal gjennomgås årlig, jf. sak 09/2024 og ',
      { text: 'strategien', link: 'https://example.org/strategi?ar=2026&del=2' },
      '.',
    ],
  },
  { heading: '2. Saksopplysninger', level: 1 },
  { p: ['Status er merket med ', bold('rødt, gult og grønt'), ' i matrisen (vedlegg 1).'] },
  { heading: '2.1 Status vedtatt handlingsplan', level: 2 },
  {
    bullets: [
      'Fokusområde 1: Tjenesteinnovasjon',
      {
        runs: 'Fokusområde 2: Rett kompetanse',
        children: ['Hovedmål 1: Samhandlingsledelse', 'Hovedmål 2: Arbeidsstyrken'],
      },
      'Fokusområde 3: Pådriver i utviklingen av regionen',
    ],
  },
  {
    header: true,
    table: [
      ['Region', 'Innspill', 'Status'],
      ['Region Nord', 'Enklere språk og færre tiltak', 'Gult'],
      ['Region Sør', 'Tydeligere ansvar', 'Grønt'],
    ],
  },
  { image: true },
  { heading: '3. Sekretariatets vurderinger og forslag til oppfølging i 2026', level: 1 },
  { p: ['Ny handlingsplan bør gjelde ', { text: 'ett år', italic: true }, ' om gangen.'] },
  { heading: 'Forslag til vedtak', level: 1 },
  {
    numbers: [
      'Handlingsplanen tas til orientering.',
      'Innspillene tas med i arbeidet med ny handlingsplan.',
      'Sekretariatet legger fram ny sak om felles nettside.',
    ],
  },
  { heading: 'Vedlegg', level: 2 },
  { numbers: ['Matrise med status for tiltakene', 'Innspill fra regionene'] },
  { p: ['Vedlegg 3: Referat fra møtet 12.03.2026'] },
]

const codeOf = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(AppError)
  return (error as AppError).error
}

describe('importCaseDocx', () => {
  it('splits a saksfremlegg with Word headings into its sections', async () => {
    const result = await importCaseDocx(docx('sak.docx', saksfremlegg), 'sak.docx')

    expect(result.title).toBe('Årlig gjennomgang av handlingsplan')
    const { background, facts, assessment, proposal } = result.sections
    expect(background).toBe(
      '<p>Handlingsplanen skal gjennomgås årlig, jf. sak 09/2024 og ' +
        '<a href="https://example.org/strategi?ar=2026&amp;del=2">strategien</a>.</p>',
    )
    expect(facts).toContain('<strong>rødt, gult og grønt</strong>')
    expect(facts).toContain('<h2>2.1 Status vedtatt handlingsplan</h2>')
    expect(facts).toMatch(
      /<ul><li>Fokusområde 1[^<]*<\/li><li>Fokusområde 2[^<]*<ul><li>Hovedmål 1[^<]*<\/li><li>Hovedmål 2[^<]*<\/li><\/ul><\/li>/,
    )
    expect(facts).toMatch(/<table><thead><tr><th><p><strong>Region<\/strong><\/p><\/th>/)
    expect(facts).toContain('<td><p>Region Nord</p></td>')
    expect(facts).not.toContain('<img')
    expect(assessment).toBe('<p>Ny handlingsplan bør gjelde <em>ett år</em> om gangen.</p>')
    expect(proposal).toMatch(/^<ol>(<li>[^<]+<\/li>){3}<\/ol>$/)
    expect(result.attachmentTitles).toEqual([
      'Matrise med status for tiltakene',
      'Innspill fra regionene',
      'Referat fra møtet 12.03.2026',
    ])

    // The header block and the section headings themselves are not part of any section.
    const all = Object.values(result.sections).join('')
    for (const dropped of [
      'Saksnummer',
      'Ola Testesen',
      'Sakstype',
      'Bakgrunn for saken',
      'Saksopplysninger<',
      'Vedlegg<',
    ])
      expect(all).not.toContain(dropped)
    expect(result.notes).toEqual([t.headerDropped, t.images_one])
  })

  it('reads bold paragraphs and bold one-item lists as headings, and says which section it did not find', async () => {
    // Like seed 000: the proposed decision first, headings typed as bold text with a colon.
    const bytes = docx('bold.docx', [
      { p: [bold('Evaluering av partnerskapsmøtet')] },
      { p: ['Møtedato: 24.10.2026'] },
      { p: [bold('Forslag til vedtak:')] },
      { numbers: ['Programkomitéen videreføres uten endringer.', 'Innspillene tas med i planleggingen.'] },
      { p: [bold('Bakgrunn for saken')] },
      { p: ['Utvalget holder to partnerskapsmøter i året.'] },
      // Typed as a numbered list item in bold, as in seed 001 ("2. Saksopplysninger").
      { numbers: [[bold('Saksopplysninger')]] },
      { p: ['Alle bordene leverte forslag til tiltak.'] },
      { p: [bold('Informasjon og folkeopplysning')] },
      { bullets: ['Folkemøter', 'Kampanjer'] },
    ])
    const result = await importCaseDocx(bytes, 'C:\\Saker\\partnerskap.docx')

    expect(result.title).toBe('Evaluering av partnerskapsmøtet')
    expect(result.sections.proposal).toMatch(/^<ol>(<li>[^<]+<\/li>){2}<\/ol>$/)
    expect(result.sections.background).toBe('<p>Utvalget holder to partnerskapsmøter i året.</p>')
    // A bold line that is not a known heading stays as text in its section.
    expect(result.sections.facts).toBe(
      '<p>Alle bordene leverte forslag til tiltak.</p><p><strong>Informasjon og folkeopplysning</strong></p>' +
        '<ul><li>Folkemøter</li><li>Kampanjer</li></ul>',
    )
    expect(result.sections.assessment).toBe('')
    expect(result.attachmentTitles).toEqual([])
    expect(result.notes).toEqual([
      t.headerDropped,
      'Fant ikke avsnittet «Vurdering»; teksten kan ligge i «Saksopplysninger».',
    ])
  })

  it('puts a document without known headings into the background', async () => {
    const bytes = docx('notat.docx', [
      { heading: 'Notat om møteplanen', level: 1 },
      { p: ['Møteplanen for 2027 må vedtas før sommeren.'] },
      { heading: 'Innledning', level: 2 },
      { bullets: ['Fire møter', 'Ett partnerskapsmøte'] },
      { p: ['Vi møtes der folk bor.'], style: 'Quote' },
    ])
    const result = await importCaseDocx(bytes, 'notat.docx')

    expect(result.title).toBe('Notat om møteplanen')
    expect(result.sections).toEqual({
      background:
        '<p>Møteplanen for 2027 må vedtas før sommeren.</p><h2>Innledning</h2><ul><li>Fire møter</li><li>Ett partnerskapsmøte</li></ul><p>Vi møtes der folk bor.</p>',
      facts: '',
      assessment: '',
      proposal: '',
    })
    expect(result.notes).toEqual([
      'Fant ingen kjente overskrifter (Bakgrunn, Saksopplysninger, Vurdering, Forslag til vedtak); all teksten ligger i «Bakgrunn for saken».',
      // Mammoth's "Unrecognised paragraph style: 'Quote'", in Norwegian.
      'Formatering fra disse Word-stilene ble ikke tatt med (teksten er med): «Quote».',
    ])
  })

  it('takes the title from the file name when the document has no heading', async () => {
    const result = await importCaseDocx(docx('plain.docx', [{ p: ['Bare tekst.'] }]), 'Sak 12-2026 møteplan.docx')
    expect(result.title).toBe('Sak 12-2026 møteplan')
    expect(result.sections.background).toBe('<p>Bare tekst.</p>')
  })

  it('refuses files that are not Word documents', async () => {
    const zip = join(folder.path, 'not-docx.zip')
    execFileSync(python, ['-c', 'import sys, zipfile; zipfile.ZipFile(sys.argv[1], "w").writestr("a.txt", "hei")', zip])
    const cases: [string, Uint8Array, string][] = [
      ['tilfeldig.docx', randomBytes(4096), t.notDocx],
      ['arkiv.docx', readFileSync(zip), t.notDocx],
      ['tom.docx', new Uint8Array(), t.empty],
      ['uten-tekst.docx', docx('empty.docx', [{ image: true }]), t.empty],
    ]
    for (const [file, bytes, message] of cases) {
      expect(await codeOf(importCaseDocx(bytes, file))).toEqual({
        code: 'import_invalid',
        message: format(message, { file }),
      })
    }
  })

  it('refuses a file over 20 MB before reading it', async () => {
    const error = await codeOf(importCaseDocx(new Uint8Array(21 * 1024 * 1024), 'stor.docx'))
    expect(error).toEqual({
      code: 'import_invalid',
      message: '«stor.docx» er for stor (21 MB). Et Word-dokument kan være høyst 20 MB.',
    })
  })
})
