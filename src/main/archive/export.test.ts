import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArchiveResult } from '../../shared/documents'
import { storeFile } from '../cases/file-store'
import { openTestWorkspace, tempFolder, type TestWorkspace } from '../test-support/temp-workspace'
import { exportToArchive } from './archive'
import { madeDoc, madeSet, parseCsv, sha256 } from './archive-test-kit'

let ws: TestWorkspace
let archive: { path: string; remove: () => void }
let ssu: number
beforeEach(async () => {
  ws = await openTestWorkspace()
  await ws.must('workspace.create', { template: 'empty', name: 'Helsefellesskapet Agder' })
  ssu = (await ws.must('bodies.save', { name: 'Strategisk samarbeidsutvalg', shortCode: 'SSU', level: 'strategisk' }))
    .id
  archive = tempFolder('sekretariat-arkiv-')
  await ws.must('archive.setFolder', { bodyId: ssu, folder: archive.path })
})
afterEach(async () => {
  archive.remove()
  await ws.close()
})

const caseRequest = { kind: 'caseDocument', id: 1, year: null } as const
const packageRequest = { kind: 'package', id: 1, year: null } as const
const listing = (folder = archive.path) => readdirSync(folder).sort()

const failure = async (work: Promise<ArchiveResult>) => {
  const error = await work.then(
    () => null,
    (e: unknown) => e as { error?: { message: string; field?: string } },
  )
  if (!error?.error) throw new Error(`expected an AppError, got ${String(error)}`)
  return error.error
}

describe('filing a single document', () => {
  it('writes the file and a manifest in CSV (BOM, semicolons, CRLF, æøå) and JSON with matching checksums', async () => {
    const doc = madeDoc('SSU-sak 09-2026 Øyeblikkelig hjelp; «døgnopphold».docx', {
      tittel: 'Øyeblikkelig hjelp; "døgnopphold" på Ålgård',
      møtesaksnummer: '2026/09',
    })
    const { record, paths } = await exportToArchive(ws.ctx, caseRequest, madeSet(ssu, [doc]))

    expect(listing()).toEqual([doc.fileName, 'manifest.csv', 'manifest.json'])
    expect(paths).toEqual([doc.fileName, 'manifest.csv', 'manifest.json'].map((f) => join(archive.path, f)))
    const raw = readFileSync(join(archive.path, 'manifest.csv'))
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = raw.toString('utf8').slice(1)
    expect(text.endsWith('\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    const [header, row] = parseCsv(text)
    expect(header).toEqual([
      'tittel',
      'dokumenttype',
      'dokumentdato',
      'utvalg',
      'møtedato',
      'møtesaksnummer',
      'saksbehandler',
      'filnavn',
      'sjekksum',
    ])
    const written = readFileSync(join(archive.path, doc.fileName))
    expect(row).toEqual([
      'Øyeblikkelig hjelp; "døgnopphold" på Ålgård',
      'Saksfremlegg',
      '2026-11-23',
      'Strategisk samarbeidsutvalg',
      '2026-12-03',
      '2026/09',
      'Åse Ødegård',
      doc.fileName,
      sha256(written),
    ])
    expect(written.equals(doc.bytes)).toBe(true)

    const json = JSON.parse(readFileSync(join(archive.path, 'manifest.json'), 'utf8'))
    expect(json).toMatchObject({ arbeidsområde: 'Helsefellesskapet Agder', eksportert: '2026-11-23T10:00:00.000Z' })
    expect(json.dokumenter).toEqual(record.files)
    expect(record).toMatchObject({ bodyId: ssu, bodyShortCode: 'SSU', kind: 'caseDocument', folder: archive.path })
    expect(record.files[0].sjekksum).toBe(sha256(doc.bytes))
  })

  it('never overwrites: the second filing gets " (2)", manifest included', async () => {
    const doc = madeDoc('Protokoll SSU 03.12.2026.docx')
    await exportToArchive(ws.ctx, caseRequest, madeSet(ssu, [doc]))
    const again = { ...doc, bytes: Buffer.from('endret') }
    const { record } = await exportToArchive(ws.ctx, caseRequest, madeSet(ssu, [again]))
    expect(listing()).toEqual([
      'Protokoll SSU 03.12.2026 (2).docx',
      'Protokoll SSU 03.12.2026.docx',
      'manifest (2).csv',
      'manifest (2).json',
      'manifest.csv',
      'manifest.json',
    ])
    expect(readFileSync(join(archive.path, doc.fileName)).equals(doc.bytes)).toBe(true)
    expect(record.files[0].filnavn).toBe('Protokoll SSU 03.12.2026 (2).docx')
  })

  it('makes names Windows accepts', async () => {
    await exportToArchive(ws.ctx, caseRequest, madeSet(ssu, [madeDoc('Sak: ja/nei?.docx')]))
    expect(listing()).toContain('Sak ja nei .docx')
  })
})

describe('filing a package', () => {
  it('writes a subfolder with the package, numbered documents and attachments from the store', async () => {
    const plan = storeFile(ws.ctx.dataFolder, 'plan.pdf', Buffer.from('%PDF handlingsplan'))
    const list = storeFile(ws.ctx.dataFolder, 'liste.xlsx', Buffer.from('deltakere'))
    const cases = [
      madeDoc('SSU-sak 09-2026 Budsjett.docx', { møtesaksnummer: '2026/09' }),
      madeDoc('SSU-sak 10-2026 Avtale.docx'),
    ]
    const made = madeSet(
      ssu,
      [madeDoc('SSU 03.12.2026 Sakspapirer.docx'), madeDoc('Innkalling SSU 03.12.2026.docx'), ...cases],
      [
        { fileName: 'plan.pdf', sha256: plan.sha256, title: 'Handlingsplan 2026', caseFileName: cases[0].fileName },
        { fileName: 'liste.xlsx', sha256: list.sha256, title: 'Deltakere', caseFileName: cases[0].fileName },
      ],
    )
    const { record, paths } = await exportToArchive(ws.ctx, packageRequest, made)

    const folder = join(archive.path, 'SSU 03.12.2026 Sakspapirer')
    expect(listing()).toEqual(['SSU 03.12.2026 Sakspapirer'])
    expect(listing(folder)).toEqual([
      '01 Innkalling SSU 03.12.2026.docx',
      '02 SSU-sak 09-2026 Budsjett.docx',
      '02-1 Vedlegg 1 - Handlingsplan 2026.pdf',
      '02-2 Vedlegg 2 - Deltakere.xlsx',
      '03 SSU-sak 10-2026 Avtale.docx',
      'SSU 03.12.2026 Sakspapirer.docx',
      'manifest.csv',
      'manifest.json',
    ])
    expect(readFileSync(join(folder, '02-1 Vedlegg 1 - Handlingsplan 2026.pdf'))).toEqual(
      Buffer.from('%PDF handlingsplan'),
    )
    expect(record.folder).toBe(folder)
    expect(paths).toHaveLength(8)
    const attachment = record.files.find((f) => f.filnavn.startsWith('02-1'))
    expect(attachment).toMatchObject({
      tittel: 'Handlingsplan 2026',
      dokumenttype: 'Vedlegg',
      møtesaksnummer: '2026/09',
    })
    expect(attachment?.sjekksum).toBe(plan.sha256)
    for (const f of record.files) expect(sha256(readFileSync(join(folder, f.filnavn)))).toBe(f.sjekksum)

    await exportToArchive(ws.ctx, packageRequest, made)
    expect(listing()).toEqual(['SSU 03.12.2026 Sakspapirer', 'SSU 03.12.2026 Sakspapirer (2)'])
  })

  it('numbers attachments apart when their case document is not in the set', async () => {
    const stored = storeFile(ws.ctx.dataFolder, 'a.pdf', Buffer.from('a'))
    const made = madeSet(
      ssu,
      [madeDoc('Pakke.docx'), madeDoc('Innkalling.docx')],
      [{ ...stored, title: 'Kart', caseFileName: 'Ukjent.docx' }],
    )
    const { record } = await exportToArchive(ws.ctx, packageRequest, made)
    expect(record.files.map((f) => f.filnavn)).toEqual(['Pakke.docx', '01 Innkalling.docx', 'Vedlegg 1 - Kart.pdf'])
  })

  it('refuses before writing anything when an attachment is missing from the store', async () => {
    const made = madeSet(
      ssu,
      [madeDoc('Pakke.docx')],
      [{ fileName: 'borte.pdf', sha256: sha256('x'), title: 'Borte', caseFileName: 'Pakke.docx' }],
    )
    expect((await failure(exportToArchive(ws.ctx, packageRequest, made))).message).toMatch(/borte\.pdf/)
    expect(listing()).toEqual([])
  })
})

describe('refusals and all or nothing', () => {
  it('refuses when the body has no folder, or the document spans bodies and none is named', async () => {
    await ws.must('archive.setFolder', { bodyId: ssu, folder: '' })
    expect(await failure(exportToArchive(ws.ctx, caseRequest, madeSet(ssu, [madeDoc('a.docx')])))).toMatchObject({
      field: 'folder',
      message: expect.stringMatching(/^Strategisk samarbeidsutvalg har ingen arkivmappe/),
    })
    const plan = { kind: 'yearlyPlan', id: null, year: 2026 } as const
    expect(await failure(exportToArchive(ws.ctx, plan, madeSet(null, [madeDoc('Årshjul 2026.docx')])))).toMatchObject({
      field: 'id',
      message: expect.stringMatching(/Velg hvilket utvalg/),
    })
  })

  it('files a document across bodies with the body the request names', async () => {
    const plan = { kind: 'yearlyPlan', id: ssu, year: 2026 } as const
    const { record } = await exportToArchive(ws.ctx, plan, madeSet(null, [madeDoc('Årshjul 2026.docx')]))
    expect(record).toMatchObject({ bodyId: ssu, kind: 'yearlyPlan' })
    expect(listing()).toContain('Årshjul 2026.docx')
  })

  it('refuses when the folder has vanished since it was chosen', async () => {
    rmSync(archive.path, { recursive: true })
    const error = await failure(exportToArchive(ws.ctx, caseRequest, madeSet(ssu, [madeDoc('a.docx')])))
    expect(error).toMatchObject({ field: 'folder', message: expect.stringMatching(/finnes ikke lenger/) })
  })

  it('removes what it wrote when a later file fails, and records nothing', async () => {
    const made = madeSet(ssu, [madeDoc('Pakke.docx'), madeDoc('Innkalling.docx'), madeDoc('Sak.docx')])
    const error = await failure(
      exportToArchive(ws.ctx, packageRequest, made, {
        // Another program takes the third name between the check and the rename.
        beforeRename: (path) => void (path.endsWith('02 Sak.docx') && mkdirSync(path)),
      }),
    )
    expect(error).toMatchObject({
      field: 'folder',
      message: expect.stringMatching(/«02 Sak\.docx».*Ingenting ble arkivert/),
    })
    // Only the intruder is left: no documents, no temporary files.
    expect(listing(join(archive.path, 'Pakke'))).toEqual(['02 Sak.docx'])
    expect(await ws.must('archive.log', {})).toEqual([])
  })

  it('names a locked file, and cleans up a failed manifest write in a single filing', async () => {
    const locked = Object.assign(new Error('busy'), { code: 'EBUSY' })
    const error = await failure(
      exportToArchive(ws.ctx, caseRequest, madeSet(ssu, [madeDoc('Sak.docx')]), {
        beforeRename: (path) => {
          if (path.endsWith('manifest.json')) throw locked
        },
      }),
    )
    expect(error.message).toMatch(/^Kunne ikke skrive «manifest\.json»: filen eller mappen er låst/)
    expect(listing()).toEqual([])
  })

  it('says the folder is gone when it vanishes half-way', async () => {
    const made = madeSet(ssu, [madeDoc('Pakke.docx'), madeDoc('Innkalling.docx')])
    const error = await failure(
      exportToArchive(ws.ctx, packageRequest, made, {
        beforeRename: (path) => {
          if (path.endsWith('Innkalling.docx')) rmSync(join(archive.path, 'Pakke'), { recursive: true })
        },
      }),
    )
    expect(error.message).toBe(
      `Arkivmappen ${archive.path} finnes ikke lenger. Er nettverksstasjonen koblet fra? Ingenting ble arkivert.`,
    )
    expect(listing()).toEqual([])
  })
})
