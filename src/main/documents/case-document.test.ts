import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CaseDetail } from '../../shared/cases'
import { docFromText, type RichDoc } from '../../shared/rich-text'
import { openTestWorkspace, type TestWorkspace } from '../test-support/temp-workspace'
import {
  caseDocumentModel,
  caseDocumentSections,
  makeCaseDocument,
  numberParts,
  type CaseDocumentModel,
} from './case-document'
import { buildDocument, listAllocator, packDocx } from './kit'
import { defaultProfile } from './kit/profile-defaults'
import { readDocxWithPythonDocx, toPdfText } from './verify'

/** The case document (saksfremlegg), made from the demo workspace and read by LibreOffice and python-docx. */

let ws: TestWorkspace
const folder = mkdtempSync(join(tmpdir(), 'kit-case-'))
beforeAll(async () => {
  ws = await openTestWorkspace()
  await ws.must('workspace.create', { template: 'demo' })
})
afterAll(async () => {
  await ws.close()
  rmSync(folder, { recursive: true, force: true })
})

const caseTitled = async (title: string): Promise<CaseDetail> => {
  const found = (await ws.must('cases.list', {})).find((c) => c.title === title)
  if (!found) throw new Error(`no case ${title}`)
  return ws.must('cases.get', { id: found.id })
}

const review = 'Årlig gjennomgang av handlingsplanen – status 2026'
const budget = 'Budsjett for sekretariatet 2027'

describe('the case document of the demo', () => {
  it('is read by LibreOffice and python-docx as the secretariat wrote it', async () => {
    const [plan, money] = [await caseTitled(review), await caseTitled(budget)]
    const started = performance.now()
    const made = await makeCaseDocument(ws.ctx, plan.summary.id)
    const elapsed = performance.now() - started
    const madeBudget = await makeCaseDocument(ws.ctx, money.summary.id)
    const paths = [join(folder, made.fileName), join(folder, madeBudget.fileName)]
    writeFileSync(paths[0], made.bytes)
    writeFileSync(paths[1], madeBudget.bytes)
    expect(elapsed).toBeLessThan(2000)

    // The file name by the profile's pattern: "OSS 25-2026 Årlig gjennomgang … - saksfremlegg.docx".
    const label = plan.summary.handling?.numberLabel ?? ''
    const [, nr, year] = /(\d{2})\/(\d{4})$/.exec(label) ?? []
    expect(made.fileName).toBe(`OSS ${nr}-${year} ${review} - saksfremlegg.docx`)

    const texts = await toPdfText(paths)
    const text = texts.get(paths[0]) ?? ''
    expect(text).toContain(review)
    expect(text).toContain('Saksopplysninger')
    expect(text).toContain(`${label} (foreløpig)`)
    expect(text).toMatch(/1\.\s+OSS tar status for handlingsplanen 2026 til orientering\./)
    expect(text).toMatch(/2\.\s+Innspillene fra RS tas med/)
    expect(text).toMatch(/3\.\s+Fokusområde 2/)
    expect(text).toContain('Kristiansand og Lindesnes')
    expect(text).toContain('Hovedinnspill')
    expect(text).toMatch(/Side 1 av \d/)
    expect(texts.get(paths[1])).toMatch(/Lønn, 2,6 årsverk\s+2 450 000\s+2 560 000/)

    const read = await readDocxWithPythonDocx(paths[0])
    expect(read.paragraphs[0]).toMatchObject({ style: 'Title', text: review })
    expect(read.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text)).toEqual([
      'Bakgrunn for saken',
      'Saksopplysninger',
      plan.assessmentTitle,
      'Forslag til vedtak',
    ])
    // The header block, then the RS table with its header row marked to repeat.
    expect(read.tables[0].rows.map((r) => r[0])).toEqual([
      'Utvalg',
      'Møtedato',
      'Saksnummer',
      'Saksbehandler',
      'Sakstype',
      'Arkivreferanse',
    ])
    expect(read.tables[0].rows[0][1]).toBe('Overordnet strategisk samarbeidsutvalg (OSS)')
    expect(read.tables[0].rows[5][1]).toBe('2026/877')
    expect(read.tables[1]).toMatchObject({ headerRow: true })
    expect(read.tables[1].rows[0]).toEqual(['RS', 'Behandlet', 'Hovedinnspill'])
    // The proposal: one numbered list of its own, after the heading.
    const afterProposal = read.paragraphs.slice(read.paragraphs.findIndex((p) => p.text === 'Forslag til vedtak') + 1)
    const points = afterProposal.filter((p) => p.numbering)
    expect(points).toHaveLength(3)
    expect(new Set(points.map((p) => p.numbering?.numId)).size).toBe(1)
    // The assessment's bullets are a list of their own.
    const bullets = read.paragraphs.filter((p) => p.text.startsWith('Færre tiltak'))
    expect(bullets[0].numbering?.numId).not.toBe(points[0].numbering?.numId)

    expect(read.core).toMatchObject({
      title: review,
      subject: 'Saksfremlegg til Overordnet strategisk samarbeidsutvalg, møte 02.12.2026',
      author: 'Sekretariatet',
      language: 'nb-NO',
    })
    expect(read.languages).toEqual(['nb-NO'])
    expect(read.runsWithoutLanguage).toBe(0)
    // A provisional number is no case number for the archive yet; a fixed one is.
    expect(read.custom).toMatchObject({ Saksnummer: '', Møtedato: '2026-12-02', Dokumenttype: 'Saksfremlegg' })
    const readBudget = await readDocxWithPythonDocx(paths[1])
    expect(readBudget.custom.Saksnummer).toBe(money.summary.handling?.numberLabel)
    expect(readBudget.custom.Saksnummer).toMatch(/^OSS-sak \d\d\/2026$/)
  })

  it('tells the archive manifest what the document is', async () => {
    const money = await caseTitled(budget)
    const made = await makeCaseDocument(ws.ctx, money.summary.id)
    const [, nr] = /(\d{2})\/2026$/.exec(money.summary.handling?.numberLabel ?? '') ?? []
    expect(made.manifest).toEqual({
      tittel: budget,
      dokumenttype: 'Saksfremlegg',
      dokumentdato: '2026-11-23',
      utvalg: 'Overordnet strategisk samarbeidsutvalg',
      møtedato: money.summary.handling?.meetingDate,
      møtesaksnummer: `2026/${nr}`,
      saksbehandler: money.summary.officerName,
    })
    expect(made.fileName).toBe(`OSS ${nr}-2026 Budsjett for sekretariatet 2027 - saksfremlegg.docx`)
  })

  it('has a fingerprint that follows the data, not the clock', async () => {
    const plan = await caseTitled('Møteplan og årshjul 2027')
    const first = await makeCaseDocument(ws.ctx, plan.summary.id)
    const later = await makeCaseDocument({ ...ws.ctx, now: () => new Date('2027-01-05T09:00:00Z') }, plan.summary.id)
    expect(later.fingerprint).toBe(first.fingerprint)
    expect(first.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    await ws.must('cases.save', {
      id: plan.summary.id,
      bodyId: plan.summary.bodyId,
      title: plan.summary.title,
      kind: plan.summary.kind,
      officerPersonId: plan.summary.officerPersonId,
      archiveRef: plan.summary.archiveRef,
      ...plan.sections,
      proposal: docFromText('OSS vedtar møteplanen.\nÅrshjulet publiseres på nettsiden.'),
    })
    const changed = await makeCaseDocument(ws.ctx, plan.summary.id)
    expect(changed.fingerprint).not.toBe(first.fingerprint)
  })

  it('shows the way a matter travelled between bodies', async () => {
    const legevakt = await caseTitled('Felles legevakt i Lister')
    const model = await caseDocumentModel(ws.ctx.db, legevakt.summary.id)
    expect(model.matter.map((m) => m.bodyShortCode)).toEqual(['RS-L', 'OSS'])
    const read = await readModel(model)
    const matterRow = read.tables[0].rows.find((r) => r[0] === 'Saksgang')
    expect(matterRow?.[1]).toContain('Regionalt samarbeidsutvalg Lister')
    expect(matterRow?.[1]).toContain(model.numberLabel ?? '-')
  })

  it('lists the attachments, numbered in their order', async () => {
    const plan = await caseTitled(review)
    for (const title of ['Statusmatrise for handlingsplanen', 'Innspill fra RS']) {
      await ws.must('attachments.add', {
        caseId: plan.summary.id,
        fileName: `${title}.pdf`,
        title,
        content: Buffer.from(`%PDF-1.4 ${title}`).toString('base64'),
      })
    }
    const read = await readModel(await caseDocumentModel(ws.ctx.db, plan.summary.id))
    const start = read.paragraphs.findIndex((p) => p.style === 'Heading 1' && p.text === 'Vedlegg')
    const items = read.paragraphs.slice(start + 1)
    expect(items.map((p) => p.text)).toEqual(['Statusmatrise for handlingsplanen', 'Innspill fra RS'])
    expect(items.every((p) => p.numbering?.ilvl === 0)).toBe(true)
  })
})

// ---- the pure builder --------------------------------------------------------------------------

const empty = (): RichDoc => ({ type: 'doc', content: [] })
const model = (over: Partial<CaseDocumentModel> = {}): CaseDocumentModel => ({
  caseId: 1,
  title: 'Felles nettside',
  kind: 'decision',
  body: { name: 'Overordnet strategisk samarbeidsutvalg', shortCode: 'OSS' },
  meetingDate: '2026-12-02',
  numberLabel: 'OSS-sak 07/2026',
  numberFixed: true,
  sequence: 7,
  year: 2026,
  officer: 'Kari Nordmann',
  archiveRef: '',
  assessmentTitle: 'Sekretariatets vurderinger',
  sections: {
    background: docFromText('Bakgrunn.'),
    facts: empty(),
    assessment: docFromText('Vurdering.'),
    proposal: docFromText('Første punkt.\nAndre punkt.'),
  },
  attachments: [],
  matter: [],
  ...over,
})

let n = 0
async function readModel(m: CaseDocumentModel) {
  const document = buildDocument({
    profile: defaultProfile('Test'),
    meta: {
      title: m.title,
      subject: '',
      keywords: [],
      reference: m.numberLabel ?? '',
      documentType: 'Saksfremlegg',
      body: m.body.name,
      meetingDate: m.meetingDate,
      caseNumber: m.numberLabel,
      created: new Date('2026-11-23T10:00:00Z'),
    },
    sections: [{ children: caseDocumentSections(m, listAllocator()) }],
  })
  const path = join(folder, `model-${n++}.docx`)
  writeFileSync(path, await packDocx(document))
  return readDocxWithPythonDocx(path)
}

describe('caseDocumentSections', () => {
  it('numbers a proposal written as plain paragraphs, leaves out empty sections, uses the body’s assessment title', async () => {
    const read = await readModel(model())
    expect(read.paragraphs.filter((p) => p.style === 'Heading 1').map((p) => p.text)).toEqual([
      'Bakgrunn for saken',
      'Sekretariatets vurderinger',
      'Forslag til vedtak',
    ])
    const points = read.paragraphs.filter((p) => p.numbering)
    expect(points.map((p) => p.text)).toEqual(['Første punkt.', 'Andre punkt.'])
    expect(points[0].numbering?.numId).toBe(points[1].numbering?.numId)
    expect(read.tables[0].rows.map((r) => r[0])).not.toContain('Arkivreferanse')
  })

  it('keeps a one-point proposal as a paragraph, and says so when there is none', async () => {
    const one = await readModel(
      model({ sections: { ...model().sections, proposal: docFromText('Saken tas til orientering.') } }),
    )
    expect(one.paragraphs.at(-1)).toMatchObject({ text: 'Saken tas til orientering.', numbering: null })
    const none = await readModel(model({ sections: { ...model().sections, proposal: empty() } }))
    expect(none.paragraphs.at(-1)?.text).toBe('Forslag til vedtak er ikke skrevet ennå.')
  })

  it('marks a provisional number, and says when there is no meeting or number yet', async () => {
    const provisional = await readModel(model({ numberFixed: false }))
    expect(provisional.tables[0].rows[2]).toEqual(['Saksnummer', 'OSS-sak 07/2026 (foreløpig)'])
    const queued = await readModel(model({ numberLabel: null, meetingDate: null, officer: null, numberFixed: false }))
    expect(queued.tables[0].rows.slice(1, 4)).toEqual([
      ['Møtedato', 'Ikke satt opp til møte'],
      ['Saksnummer', 'Ikke tildelt'],
      ['Saksbehandler', 'Ikke angitt'],
    ])
  })
})

describe('numberParts', () => {
  it('reads sequence and year from a label in the body’s format', () => {
    expect(numberParts('OSS-sak {nr}/{år}', 'OSS-sak 09/2026')).toEqual({ sequence: 9, year: 2026 })
    expect(numberParts('{nr}/{år}', '15/2026')).toEqual({ sequence: 15, year: 2026 })
    expect(numberParts('Sak {år}-{nr} (RS)', 'Sak 2026-03 (RS)')).toEqual({ sequence: 3, year: 2026 })
    expect(numberParts('OSS-sak {nr}/{år}', 'noe annet')).toBeNull()
  })
})
