import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { DocumentRequest } from '../../shared/documents'
import { docFromText } from '../../shared/rich-text'
import { openTestWorkspace, type TestWorkspace } from '../test-support/temp-workspace'
import { makeCaseDocument } from './case-document'
import { fingerprintOf, makeDocuments, type MadeSet } from './make'
import { addMinutes, longDate } from './meeting-parts'
import { docxPart, readDocxWithPythonDocx, toPdfText, type DocxReading } from './verify'

/**
 * Every meeting document made from the demo workspace (clock 23.11.2026) and read back by real
 * readers: LibreOffice (one call for all of them, text through pdftotext) and python-docx.
 */

let ws: TestWorkspace
const folder = mkdtempSync(join(tmpdir(), 'meeting-docs-'))

type Key =
  | 'notice'
  | 'withdrawnNotice'
  | 'programme'
  | 'emptyAgenda'
  | 'package'
  | 'minutes'
  | 'corrected'
  | 'unapproved'
  | 'plan'
  | 'planOss'
  | 'followUps'
const made = new Map<Key, MadeSet>()
const requests = new Map<Key, DocumentRequest>()
const paths = new Map<Key, string>()
let texts: Map<string, string>
const text = (key: Key) => texts.get(paths.get(key) ?? '') ?? ''
/** The text with line breaks and layout spacing made single spaces, for phrases a line may wrap in. */
const flat = (key: Key) => text(key).replace(/\s+/g, ' ')
const readings = new Map<Key, Promise<DocxReading>>()
const read = (key: Key) => {
  if (!readings.has(key)) readings.set(key, readDocxWithPythonDocx(paths.get(key) ?? ''))
  return readings.get(key) as Promise<DocxReading>
}

const request = (kind: DocumentRequest['kind'], id: number | null, year: number | null = null): DocumentRequest => ({
  kind,
  id,
  year,
})

async function meetingOf(code: string, date: string) {
  const found = (await ws.must('meetings.list', { year: Number(date.slice(0, 4)) })).find(
    (m) => m.bodyShortCode === code && m.date === date,
  )
  if (!found) throw new Error(`no meeting ${code} ${date}`)
  return found
}

const bodyId = async (code: string) => {
  const found = (await ws.must('bodies.list', {})).find((b) => b.shortCode === code)
  if (!found) throw new Error(`no body ${code}`)
  return found.id
}

let ossDecember: number
let handlingPlanCase: number

beforeAll(async () => {
  ws = await openTestWorkspace()
  await ws.must('workspace.create', { template: 'demo', name: 'Demo' })

  // A programme meeting of the partnership meeting, timed item by item.
  const pm = await bodyId('PM')
  const programme = await ws.must('meetings.save', {
    bodyId: pm,
    date: '2027-03-11',
    startTime: '09:00',
    endTime: '13:00',
    place: 'Clarion Hotel Ernst, Kristiansand',
    videoLink: 'https://teams.microsoft.com/l/meetup-join/partnerskap',
    kind: 'programme',
  })
  const items: [string, 'intro' | 'tableDialogue' | 'break' | 'other', number, string][] = [
    ['Velkommen og åpning', 'intro', 15, 'Randi Fidjeland'],
    ['Pause', 'break', 15, ''],
    ['Borddialog: kompetanse – beholde, utvikle og utdanne', 'tableDialogue', 60, 'Bordverter'],
  ]
  for (const [title, programmeKind, durationMinutes, speaker] of items) {
    await ws.must('agenda.saveItem', { meetingId: programme.id, title, programmeKind, durationMinutes, speaker })
  }
  // A meeting nobody has started an agenda for.
  const empty = await ws.must('meetings.save', {
    bodyId: pm,
    date: '2027-10-14',
    startTime: '09:00',
    endTime: '13:00',
    place: '',
    videoLink: '',
  })
  // A cancelled meeting stays out of the year plan.
  await ws.must('meetings.setStatus', { id: (await meetingOf('SR-PHR', '2026-11-30')).id, status: 'cancelled' })

  // Two attachments to the handling plan case, which is on OSS's December agenda.
  ossDecember = (await meetingOf('OSS', '2026-12-02')).id
  const agenda = await ws.must('agenda.get', { meetingId: ossDecember })
  handlingPlanCase =
    agenda.items.find((i) => i.title.startsWith('Årlig gjennomgang av handlingsplanen'))?.caseId ?? Number.NaN
  for (const title of ['Statusmatrise for handlingsplanen', 'Innspill fra RS']) {
    await ws.must('attachments.add', {
      caseId: handlingPlanCase,
      fileName: `${title}.pdf`,
      title,
      content: Buffer.from(`%PDF-1.4 ${title}`).toString('base64'),
    })
  }

  // A correction to approved minutes (OSS, June), which also has a withdrawn case.
  const june = (await meetingOf('OSS', '2026-06-03')).id
  const minutes = await ws.must('minutes.get', { meetingId: june })
  const corrected = minutes.agenda.items.find((i) => i.kind === 'case' && !i.withdrawn)
  if (!corrected) throw new Error('no case to correct')
  await ws.must('minutes.saveItem', {
    id: corrected.id,
    presenter: corrected.presenter,
    summary: corrected.summary,
    decision: docFromText('OSS slutter seg til tiltakene.\nSR-EK kartlegger liggedøgnene.'),
    correctionReason: 'Vedtakspunkt 2 manglet i protokollen.',
  })

  const oss = await bodyId('OSS')
  requests.set('notice', request('notice', (await meetingOf('SR-EK', '2026-11-24')).id))
  requests.set('withdrawnNotice', request('notice', june))
  requests.set('programme', request('notice', programme.id))
  requests.set('emptyAgenda', request('notice', empty.id))
  requests.set('package', request('package', ossDecember))
  requests.set('minutes', request('minutes', (await meetingOf('OSS', '2026-09-02')).id))
  requests.set('corrected', request('minutes', june))
  requests.set('unapproved', request('minutes', (await meetingOf('RS-L', '2026-11-11')).id))
  requests.set('plan', request('yearlyPlan', null, 2026))
  requests.set('planOss', request('yearlyPlan', oss, 2026))
  requests.set('followUps', request('followUps', null))

  for (const [key, r] of requests) {
    const set = await makeDocuments(ws.ctx, r)
    made.set(key, set)
    const path = join(folder, `${key}.docx`)
    writeFileSync(path, set.files[0].bytes)
    paths.set(key, path)
  }
  texts = await toPdfText([...paths.values()])
}, 60_000)

afterAll(async () => {
  await ws.close()
  rmSync(folder, { recursive: true, force: true })
})

const headings = (reading: DocxReading, style: string) =>
  reading.paragraphs.filter((p) => p.style === style).map((p) => p.text)

/** What every document must be: nb-NO throughout, properties set, the header row marked on every data table. */
async function expectWellFormed(key: Key, documentType: string) {
  const reading = await read(key)
  expect(reading.languages).toEqual(['nb-NO'])
  expect(reading.runsWithoutLanguage).toBe(0)
  expect(reading.core.language).toBe('nb-NO')
  expect(reading.core.author).toBe('Sekretariatet')
  expect(reading.custom.Dokumenttype).toBe(documentType)
  expect(reading.paragraphs[0].style).toBe('Title')
  return reading
}

describe('the notice of meeting (møteinnkalling med saksliste)', () => {
  it('shows the meeting, who is invited with deputies, and the agenda with numbers, types and officers', async () => {
    const t = text('notice')
    expect(flat('notice')).toContain('Innkalling til møte i Samhandlingsråd eldre og personer med kronisk sykdom')
    expect(t).toContain('Tirsdag 24. november 2026')
    expect(t).toContain('kl. 10:00–14:00')
    expect(t).toContain('Møte 4/2026')
    expect(t).toMatch(/SR-EK-sak 12\/2026\s+Kompetansepakke for hjemmetjenesten\s+Vedtakssak\s+Astrid Kvinlaug/)
    expect(t).toMatch(/SR-EK-sak 13\/2026\s+Utskrivningsklare pasienter/)
    expect(t).toContain('Tilleggssak')
    expect(t).toContain('Forfall meldes til sekretariatet så snart som mulig. Varamedlem kalles inn ved forfall.')
    expect(t).toMatch(/Side 1 av 1/)

    const reading = await expectWellFormed('notice', 'Møteinnkalling')
    expect(headings(reading, 'Heading 1')).toEqual(['Saksliste', 'Innkalte'])
    const [block, agenda, invited] = reading.tables
    expect(block.rows.map((r) => r[0])).toEqual(['Utvalg', 'Møte', 'Dato', 'Tid', 'Sted'])
    expect(invited).toMatchObject({ headerRow: true })
    expect(invited.rows[0]).toEqual(['Navn', 'Rolle', 'Personlig vara'])
    expect(invited.rows.some((r) => r[2] !== '–' && r[2] !== '')).toBe(true)
    expect(agenda).toMatchObject({ headerRow: true })
    expect(agenda.rows[0]).toEqual(['Saksnr.', 'Sak', 'Type', 'Saksbehandler'])
    expect(agenda.rows.at(-1)?.[1]).toBe('Eventuelt')
    expect(reading.custom).toMatchObject({ Møtedato: '2026-11-24', Saksnummer: '' })
    expect(reading.core.title).toBe('Innkalling til møte i SR-EK 24.11.2026')
  })

  it('marks a withdrawn case "Trukket" where it stands, with its number', async () => {
    expect(text('withdrawnNotice')).toMatch(/OSS-sak 14\/2026\s+.+– Trukket/)
  })

  it('gives a programme meeting its timetable: time, item, speaker and kind', async () => {
    const t = text('programme')
    expect(t).toContain('Program')
    expect(t).toMatch(/09:00–09:15\s+Velkommen og åpning\s+Randi Fidjeland\s+Innledning/)
    expect(t).toMatch(/09:15–09:30\s+Pause/)
    expect(t).toContain('https://teams.microsoft.com/l/meetup-join/partnerskap')
    const reading = await read('programme')
    expect(reading.tables.find((x) => x.rows[0][0] === 'Kl.')?.rows[0]).toEqual(['Kl.', 'Post', 'Innleder', 'Type'])
    expect(reading.tables[0].rows.map((r) => r[0])).toContain('Videomøte')
  })

  it('says the agenda is not ready rather than failing on an empty one', () => {
    const t = text('emptyAgenda')
    expect(t).toContain('Sakslisten er ikke klar ennå')
    expect(t).toContain('Ikke avklart')
  })

  it('tells the archive manifest what it is', () => {
    const set = made.get('notice') as MadeSet
    expect(set.files).toHaveLength(1)
    expect(set.files[0].fileName).toBe('SR-EK 2026 Møte 24.11.2026 - innkalling.docx')
    expect(set.files[0].manifest).toEqual({
      tittel: 'Innkalling til møte i SR-EK 24.11.2026',
      dokumenttype: 'Møteinnkalling',
      dokumentdato: '2026-11-23',
      utvalg: 'Samhandlingsråd eldre og personer med kronisk sykdom',
      møtedato: '2026-11-24',
      møtesaksnummer: '',
      saksbehandler: '',
    })
  })
})

describe('the meeting package (møtepakke)', () => {
  it('holds the notice, then every case document on a page of its own with its own lists', async () => {
    const set = made.get('package') as MadeSet
    const agenda = await ws.must('agenda.get', { meetingId: ossDecember })
    const cases = agenda.items.filter((i) => i.kind === 'case' && !i.withdrawn && !i.postponed)
    expect(cases.length).toBeGreaterThan(2)
    const t = text('package')
    expect(flat('package')).toContain('Innkalling til møte i Overordnet strategisk samarbeidsutvalg')
    expect(t).toContain('Saksfremleggene følger etter innkallingen.')
    for (const c of cases) expect(flat('package')).toContain(c.title)
    expect(t).toMatch(/1\.\s+OSS tar status for handlingsplanen 2026 til orientering\./)

    // A section per case document: each starts on a new page (no type is Word's "next page").
    const xml = await docxPart(set.files[0].bytes, 'word/document.xml')
    expect(xml.match(/<w:sectPr/g)).toHaveLength(cases.length + 1)
    expect(xml).not.toContain('w:val="continuous"')
    // Every page after the first carries the same header.
    const headerIds = [...xml.matchAll(/<w:headerReference w:type="default" r:id="(rId\d+)"/g)].map((m) => m[1])
    const rels = await docxPart(set.files[0].bytes, 'word/_rels/document.xml.rels')
    const targets = headerIds.map((id) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '')
    const headerXml = await Promise.all(targets.map((target) => docxPart(set.files[0].bytes, `word/${target}`)))
    expect(new Set(headerXml).size).toBe(1)

    const reading = await expectWellFormed('package', 'Møtepakke')
    expect(reading.paragraphs.filter((p) => p.style === 'Title').map((p) => p.text)).toEqual([
      'Innkalling til møte i Overordnet strategisk samarbeidsutvalg',
      ...cases.map((c) => c.title),
    ])
    // Each case's proposal is a list of its own, counting from 1.
    const proposals = reading.body
      .map((b, i) => (b.kind === 'paragraph' && b.text === 'Forslag til vedtak' ? i : -1))
      .filter((i) => i >= 0)
    const firstPoints = proposals
      .map((i) => reading.body.slice(i + 1).find((b) => b.kind === 'paragraph' && b.numbering))
      .map((b) => (b?.kind === 'paragraph' ? b.numbering?.numId : null))
      .filter((n) => n !== null && n !== undefined)
    expect(firstPoints.length).toBeGreaterThan(1)
    expect(new Set(firstPoints).size).toBe(firstPoints.length)
  })

  it('comes with the notice and each case document as separate files, in agenda order, and the attachments', async () => {
    const set = made.get('package') as MadeSet
    const agenda = await ws.must('agenda.get', { meetingId: ossDecember })
    const caseIds = agenda.items.filter((i) => i.kind === 'case' && !i.withdrawn && !i.postponed).map((i) => i.caseId)
    const separate = await Promise.all(caseIds.map((id) => makeCaseDocument(ws.ctx, id ?? 0)))
    expect(set.files.map((f) => f.fileName)).toEqual([
      'OSS 2026 Møte 02.12.2026 - møtepakke.docx',
      'OSS 2026 Møte 02.12.2026 - innkalling.docx',
      ...separate.map((f) => f.fileName),
    ])
    expect(set.files.slice(2).map((f) => f.fingerprint)).toEqual(separate.map((f) => f.fingerprint))
    expect(set.bodyId).toBe(await bodyId('OSS'))
    expect(set.title).toBe('Møtepakke for OSS 02.12.2026')
    const planFile = separate[caseIds.indexOf(handlingPlanCase)].fileName
    expect(set.attachments.map((a) => [a.title, a.fileName, a.caseFileName])).toEqual([
      ['Statusmatrise for handlingsplanen', 'Statusmatrise for handlingsplanen.pdf', planFile],
      ['Innspill fra RS', 'Innspill fra RS.pdf', planFile],
    ])
    expect(set.attachments.every((a) => /^[0-9a-f]{64}$/.test(a.sha256))).toBe(true)
  })
})

describe('the minutes (møteprotokoll)', () => {
  it('records presence, each item with presenter, summary, decision and follow-up, approval and signatures', async () => {
    const t = text('minutes')
    expect(flat('minutes')).toContain('Protokoll fra møte i Overordnet strategisk samarbeidsutvalg')
    expect(t).toContain('OSS-sak 16/2026 Godkjenning av innkalling og saksliste')
    expect(t).toMatch(/Til stede\s+Arne Reinertsen, Berit Rysstad/)
    expect(t).toMatch(/Forfall\s+Jørgen Mykland/)
    expect(t).toMatch(/Protokollen\s+Godkjent 30\.09\.2026/)
    expect(t).toContain('Saksfremstiller: Synnøve Ugland')
    expect(t).toMatch(/1\.\s+OSS vedtar budsjett for sekretariatet 2027 på kr 3 020 000\./)
    expect(t).toMatch(/Sende budsjettforslaget til partene\s+Sekretariatet\s+12\.10\.2026/)
    expect(t).toContain('Saken ble utsatt til møtet 02.12.2026.')
    expect(t).toMatch(/Møteleder\s+Sekretær/)

    const reading = await expectWellFormed('minutes', 'Møteprotokoll')
    expect(headings(reading, 'Heading 1')).toContain('OSS-sak 18/2026 Budsjett for sekretariatet 2027')
    expect(headings(reading, 'Heading 2').every((h) => h === 'Vedtak')).toBe(true)
    expect(headings(reading, 'Heading 2').length).toBeGreaterThanOrEqual(4)
    expect(headings(reading, 'Heading 3')).toEqual(['Oppfølging'])
    const followUps = reading.tables.find((x) => x.rows[0][0] === 'Hva')
    expect(followUps).toMatchObject({ headerRow: true, rows: [['Hva', 'Ansvarlig', 'Frist'], expect.any(Array)] })
  })

  it('says when the minutes are not approved yet, and lists corrections made after approval', async () => {
    expect(text('unapproved')).toMatch(/Protokollen\s+Ikke godkjent ennå/)
    const t = text('corrected')
    expect(t).toContain('Rettelser etter godkjenning')
    expect(t).toContain('Vedtakspunkt 2 manglet i protokollen.')
    expect(t).toContain('Saken ble trukket og ikke behandlet.')
    expect(t).toMatch(/2\.\s+SR-EK kartlegger liggedøgnene\./)
  })
})

describe('the year plan (årshjul)', () => {
  it('shows the wheel on a landscape page, with alt text, and the meetings per body with their deadlines', async () => {
    const t = text('plan')
    expect(t).toContain('Årshjul og møteplan 2026')
    expect(t).toContain('Møteplan 2026')
    expect(t).toContain('OSS – Overordnet strategisk samarbeidsutvalg')
    expect(t).toMatch(/onsdag 02\.12\.2026\s+09:00–12:00\s+5\/2026\s+Sørlandet sykehus, Kristiansand\s+18\.11\.2026/)
    // The cancelled meeting of SR-PHR is left out.
    expect(t).not.toContain('30.11.2026')
    // The wheel fits the first page: the meeting plan starts on the second.
    const pages = t.split('\f')
    expect(pages[0]).toContain('Årshjul og møteplan 2026')
    expect(pages[1]).toContain('Møteplan 2026')

    const reading = await expectWellFormed('plan', 'Årshjul')
    expect(reading.sections.map((x) => x.orientation)).toEqual(['landscape'])
    expect(reading.tables.every((x) => x.headerRow)).toBe(true)
    expect(reading.tables[0].rows[0]).toEqual(['Dato', 'Tid', 'Møte', 'Sted', 'Saksfrist', 'Innkalling', 'Protokoll'])
    const set = made.get('plan') as MadeSet
    const xml = await docxPart(set.files[0].bytes, 'word/document.xml')
    expect(xml).toMatch(/<wp:docPr [^>]*descr="Årshjulet for 2026[^"]*OSS[^"]*"/)
    expect(xml).toContain('<pic:pic')
    expect(set.bodyId).toBeNull()
    expect(set.files[0].fileName).toBe('2026 Møteplan - årshjul.docx')
  })

  it('shows one body when one is asked for', async () => {
    const t = text('planOss')
    expect(t).toContain('Årshjul og møteplan 2026 – Overordnet strategisk samarbeidsutvalg')
    expect(t).not.toContain('AU – Arbeidsutvalget')
    const set = made.get('planOss') as MadeSet
    expect(set.files[0].fileName).toBe('OSS 2026 Møteplan - årshjul.docx')
    expect(set.bodyId).toBe(await bodyId('OSS'))
  })
})

describe('the follow-up list (oppfølgingsliste)', () => {
  it('lists open actions per body with who, when, and the decision they came from; overdue ones say so', async () => {
    const t = text('followUps')
    expect(t).toContain('Åpne oppfølgingspunkter fra vedtak, per 23.11.2026.')
    expect(t).toMatch(/Kartlegge utskrivningsklare\s+SR-EK\s+01\.09\.2026\s+OSS-sak 13\/2026/)
    expect(t).toContain('Forfalt')
    expect(t).toContain('møte 03.06.2026')
    const reading = await expectWellFormed('followUps', 'Oppfølgingsliste')
    expect(headings(reading, 'Heading 1')).toEqual([
      'OSS – Overordnet strategisk samarbeidsutvalg',
      'RS-L – Regionalt samarbeidsutvalg Lister',
    ])
    expect(reading.tables[0]).toMatchObject({ headerRow: true })
    expect(reading.tables[0].rows[0]).toEqual(['Hva', 'Ansvarlig', 'Frist', 'Fra vedtak'])
    expect(reading.tables[0].rows[1][2]).toBe('01.09.2026\nForfalt')
    // The RS-L action is due 02.12.2026: not overdue on 23.11.2026.
    expect(reading.tables[1].rows[1][2]).toBe('02.12.2026')
  })

  it('shows one body when one is asked for, and says so when nothing is open', async () => {
    const au = await makeDocuments(ws.ctx, request('followUps', await bodyId('AU')))
    const path = join(folder, 'au.docx')
    writeFileSync(path, au.files[0].bytes)
    const reading = await readDocxWithPythonDocx(path)
    expect(reading.paragraphs.map((p) => p.text)).toEqual(
      expect.arrayContaining(['Oppfølgingsliste – Arbeidsutvalget', 'Ingen åpne oppfølgingspunkter.']),
    )
    expect(au.files[0].fileName).toBe('AU Åpne punkter per 23.11.2026 - oppfølgingsliste.docx')
  })
})

describe('fingerprints', () => {
  it('are the same from fingerprintOf as from making the documents', async () => {
    for (const [key, r] of requests) {
      const set = made.get(key) as MadeSet
      expect(await fingerprintOf(ws.ctx, r)).toEqual(new Map(set.files.map((f) => [f.fileName, f.fingerprint])))
    }
    const caseDocument = request('caseDocument', handlingPlanCase)
    const [file] = (await makeDocuments(ws.ctx, caseDocument)).files
    expect(await fingerprintOf(ws.ctx, caseDocument)).toEqual(new Map([[file.fileName, file.fingerprint]]))
  })

  it('follow the data, not the clock', async () => {
    const later = { ...ws.ctx, now: () => new Date('2026-11-24T09:00:00Z') }
    for (const key of ['notice', 'minutes', 'plan', 'followUps'] as const) {
      const now = [...(await fingerprintOf(ws.ctx, requests.get(key) as DocumentRequest)).values()]
      expect([...(await fingerprintOf(later, requests.get(key) as DocumentRequest)).values()]).toEqual(now)
    }
  })

  it('tell the archive log when a filed document has changed since', async () => {
    const archive = mkdtempSync(join(tmpdir(), 'meeting-docs-archive-'))
    try {
      const notice = requests.get('notice') as DocumentRequest
      const meeting = await ws.must('meetings.get', { id: notice.id ?? 0 })
      await ws.must('archive.setFolder', { bodyId: meeting.meeting.bodyId, folder: archive })
      await ws.must('archive.export', notice)
      expect((await ws.must('archive.log', {}))[0]).toMatchObject({ kind: 'notice', changedSince: false })
      const m = meeting.meeting
      await ws.must('meetings.save', {
        id: m.id,
        bodyId: m.bodyId,
        date: m.date,
        startTime: m.startTime,
        endTime: m.endTime,
        place: 'Kristiansand rådhus',
        videoLink: m.videoLink,
        kind: m.kind,
        notes: m.notes,
      })
      expect((await ws.must('archive.log', {}))[0]).toMatchObject({ kind: 'notice', changedSince: true })
    } finally {
      rmSync(archive, { recursive: true, force: true })
    }
  })
})

describe('refusals', () => {
  it('answers not_found for a meeting, case or body that does not exist', async () => {
    for (const kind of ['notice', 'package', 'minutes', 'caseDocument'] as const) {
      const result = await ws.call('documents.make', { kind, id: 99_999, year: null })
      expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } })
    }
    for (const r of [request('yearlyPlan', 99_999, 2026), request('followUps', 99_999)]) {
      expect(await ws.call('documents.make', r)).toMatchObject({ ok: false, error: { code: 'not_found' } })
    }
  })
})

describe('meeting parts', () => {
  it('write dates with the weekday and count programme times on', () => {
    expect(longDate('2026-12-02')).toBe('onsdag 2. desember 2026')
    expect(addMinutes('09:45', 30)).toBe('10:15')
  })
})
