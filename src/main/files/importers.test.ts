import { createHash } from 'node:crypto'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PlanMatrix, PlanSummary } from '../../shared/action-plan'
import type { ApiError } from '../../shared/result'
import { planFiles } from '../archive/plan'
import { madeDoc, madeSet } from '../archive/archive-test-kit'
import { ArchiveWriter } from '../archive/writer'
import { openTestWorkspace, tempFolder, type TestWorkspace } from '../test-support/temp-workspace'
import type { WorkspaceFile } from '../workspace-file/format'
import { buildZip, deflatedZeros, docxEntries, minimalDocx, zipOf } from './zip-fixtures'

/**
 * Every importer, called as the app calls it, with files of the wrong kind, cut off or crafted:
 * each is refused with a Norwegian reason naming the file, within the test's time and without
 * holding the bomb in memory, and nothing is written: the database and the data folder are
 * exactly as before.
 */

let ws: TestWorkspace
let plan: PlanSummary
let matrix: PlanMatrix
let exportedXlsx: Buffer
let exportedWorkspace: WorkspaceFile
let bomb: Buffer

beforeAll(async () => {
  ws = await openTestWorkspace()
  await ws.must('workspace.create', { template: 'demo', name: 'Demo' })
  plan = (await ws.must('plans.list', { search: '' }))[0]
  matrix = await ws.must('plans.matrix', { planId: plan.id, reviewId: null })
  const file = await ws.must('plans.exportXlsx', { planId: plan.id, reviewId: matrix.reviewId })
  exportedXlsx = Buffer.from(file.content, 'base64')
  exportedWorkspace = (await ws.must('workspace.export', {})).document as WorkspaceFile
  bomb = await deflatedZeros(1024)
}, 120_000)
afterAll(() => ws.close())

/** Every table's rows, hashed, and every file in the data folder with its size: what "nothing written" means. */
function snapshot(): { tables: Record<string, string>; files: string[] } {
  const names = ws.ctx.sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .all() as { name: string }[]
  const tables = Object.fromEntries(
    names.map(({ name }) => {
      const rows = ws.ctx.sqlite.prepare(`SELECT * FROM "${name}"`).all()
      return [name, createHash('sha256').update(JSON.stringify(rows)).digest('hex')]
    }),
  )
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      // The WAL's size changes with reads and checkpoints; its content is in the tables above.
      else if (!/-(wal|shm)$/.test(entry.name)) files.push(`${relative(ws.folder, path)}:${statSync(path).size}`)
    }
  }
  walk(ws.folder)
  return { tables, files: files.sort() }
}

/** Calls the operation, expects a refusal, checks nothing changed and the bomb was never held. */
async function refused(call: () => Promise<{ ok: boolean; error?: ApiError }>): Promise<ApiError> {
  const before = snapshot()
  const rss = process.memoryUsage().rss
  const result = await call()
  expect(process.memoryUsage().rss - rss).toBeLessThan(200 * 1024 * 1024)
  expect(result.ok).toBe(false)
  expect(snapshot()).toEqual(before)
  return result.error as ApiError
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')
const half = (bytes: Buffer) => bytes.subarray(0, Math.floor(bytes.length / 2))
const laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
const png = Buffer.concat([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'), Buffer.alloc(300)])

/** The exported status sheet with its workbook part given a DTD, saved again as a zip tool would. */
async function xlsxWithDoctype(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(exportedXlsx)
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? ''
  zip.file('xl/workbook.xml', workbook.replace(/(<\?xml[^>]*\?>)/, `$1${laughs}`))
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

describe('cases.importDocx', () => {
  const importDocx = (fileName: string, bytes: Uint8Array) => () =>
    ws.call('cases.importDocx', { fileName, content: base64(bytes) })

  it('still reads a sound document', async () => {
    const result = await ws.must('cases.importDocx', { fileName: 'sak.docx', content: base64(minimalDocx('Hei')) })
    expect(result.sections.background).toContain('Hei')
  })

  it.each([
    ['a PNG renamed .docx', 'logo.docx', () => png, /«logo\.docx» er ikke et Word-dokument/],
    ['a workbook', 'status.docx', () => exportedXlsx, /«status\.docx» er en Excel-arbeidsbok \(\.xlsx\), ikke et Word/],
    ['a zip of other files', 'pakke.docx', () => zipOfText, /«pakke\.docx» er ikke et Word-dokument/],
    ['a file cut in half', 'halv.docx', () => half(minimalDocx()), /«halv\.docx» er skadet eller ufullstendig/],
    [
      'a 1 GB bomb',
      'bombe.docx',
      () => buildZip([...docxEntries(), { name: 'word/media/0.bin', data: bomb, uncompressedSize: 2 ** 30 }]),
      /«bombe\.docx» er pakket mistenkelig tett/,
    ],
    [
      'a bomb whose directory lies',
      'løgn.docx',
      () => buildZip([...docxEntries(), { name: 'word/media/0.bin', data: bomb, uncompressedSize: 10 }]),
      /«løgn\.docx» er skadet eller laget for å lure/,
    ],
    [
      'a part named out of the folder',
      'sti.docx',
      () => buildZip([...docxEntries(), { ...docxEntries()[2], name: '../../../evil.xml' }]),
      /«sti\.docx» har en del med et navn som ikke godtas \(«\.\.\/\.\.\/\.\.\/evil\.xml»\)/,
    ],
    [
      'entity expansion',
      'latter.docx',
      () => buildZip(docxEntries('&lol2;', laughs)),
      /«latter\.docx» har en DTD-erklæring .* i delen «word\/document\.xml»/,
    ],
  ])('refuses %s, naming the file', async (_label, fileName, bytes, reason) => {
    const error = await refused(importDocx(fileName, bytes()))
    expect(error.code).toBe('import_invalid')
    expect(error.message).toMatch(reason)
  })
})

let zipOfText: Buffer
beforeAll(async () => {
  zipOfText = await zipOf({ 'notat.txt': 'hei', 'bilder/a.png': 'x' })
})

describe('plans.previewXlsx and plans.importXlsx', () => {
  const input = (fileName: string, bytes: Uint8Array) => ({
    planId: plan.id,
    reviewId: matrix.reviewId ?? 0,
    fileName,
    content: base64(bytes),
  })

  it.each([
    ['a PNG renamed .xlsx', 'bilde.xlsx', () => png, /«bilde\.xlsx» er ikke en Excel-fil/],
    ['a Word document', 'sak.xlsx', () => minimalDocx(), /«sak\.xlsx» er et Word-dokument \(\.docx\), ikke en Excel/],
    ['a zip of other files', 'pakke.xlsx', () => zipOfText, /«pakke\.xlsx» er ikke en Excel-fil/],
    [
      'the status sheet cut in half',
      'halv.xlsx',
      () => half(exportedXlsx),
      /«halv\.xlsx» er skadet eller ufullstendig/,
    ],
    [
      'a 1 GB bomb',
      'bombe.xlsx',
      () => buildZip([{ name: 'xl/worksheets/sheet1.xml', data: bomb, uncompressedSize: 2 ** 30 }]),
      /«bombe\.xlsx» er pakket mistenkelig tett/,
    ],
    [
      'a bomb whose directory lies',
      'løgn.xlsx',
      async () => {
        const entries = [{ name: '[Content_Types].xml', data: bomb, uncompressedSize: 100 }]
        return buildZip([...entries, { ...docxEntries()[1], name: 'xl/workbook.xml' }])
      },
      /«løgn\.xlsx» er skadet eller laget for å lure: delen «\[Content_Types\]\.xml»/,
    ],
    [
      'entity expansion',
      'latter.xlsx',
      xlsxWithDoctype,
      /«latter\.xlsx» har en DTD-erklæring .* i delen «xl\/workbook\.xml»/,
    ],
  ])('refuse %s, naming the file', async (_label, fileName, bytes, reason) => {
    const file = await bytes()
    for (const operation of ['plans.previewXlsx', 'plans.importXlsx'] as const) {
      const error = await refused(() => ws.call(operation, input(fileName, file)))
      expect(error).toMatchObject({ code: 'import_invalid', field: 'content' })
      expect(error.message).toMatch(reason)
    }
  })

  it('still reads the status sheet as exported', async () => {
    const preview = await ws.must('plans.previewXlsx', input('status.xlsx', exportedXlsx))
    expect(preview.rowsRead).toBeGreaterThan(0)
  })
})

describe('workspace.inspectImport and workspace.import', () => {
  const deep = () => {
    let node: Record<string, unknown> = { type: 'text', text: 'x' }
    for (let i = 0; i < 100_000; i++) node = { type: 'paragraph', content: [node] }
    return node
  }
  const hostile: [string, () => unknown, RegExp][] = [
    [
      'rich text nested 100 000 deep',
      () => {
        const file = structuredClone(exportedWorkspace) as unknown as { cases: { sections: Record<string, unknown> }[] }
        file.cases[0].sections.background = { type: 'doc', content: [deep()] }
        return file
      },
      /^Filen er ugyldig ved \/cases\/0\/sections\/background\/content\/0\/content\/0\/….*dypere enn 200 nivåer/,
    ],
    [
      'a __proto__ key at the top',
      () => JSON.parse(JSON.stringify(exportedWorkspace).replace(/^\{/, '{"__proto__":{"isAdmin":true},')) as unknown,
      /^Filen er ugyldig ved \/: feltnavnet «__proto__» godtas ikke\.$/,
    ],
    [
      'a constructor key in a person',
      () => {
        const text = JSON.stringify(exportedWorkspace)
        return JSON.parse(
          text.replace('"people":[{', '"people":[{"constructor":{"prototype":{"isAdmin":true}},'),
        ) as unknown
      },
      /person nr\. 1: Ukjent felt: constructor/,
    ],
    [
      'a file cut after its people',
      () => {
        const text = JSON.stringify(exportedWorkspace)
        // The part of the text a cut-off file still parses to: everything up to the people list.
        const { format, version, people } = JSON.parse(text) as WorkspaceFile
        return { format, version, people }
      },
      /^Filen er ugyldig ved /,
    ],
  ]

  it.each(hostile)('refuse %s with the reason, writing nothing', async (_label, document, reason) => {
    const value = document()
    for (const operation of ['workspace.inspectImport', 'workspace.import'] as const) {
      const error = await refused(() => ws.call(operation, { document: value }))
      expect(error).toMatchObject({ code: 'import_invalid', field: 'document' })
      expect(error.message).toMatch(reason)
    }
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined()
  })

  it('refuse a file cut in half already as text: it is not JSON', () => {
    const text = JSON.stringify(exportedWorkspace)
    expect(() => JSON.parse(text.slice(0, text.length / 2)) as unknown).toThrow(SyntaxError)
  })
})

describe('names from user text', () => {
  const hostileNames = ['../../etc/passwd', '..\\..\\x', 'CON', 'a/b', 'a\u0000b', 'x'.repeat(10_000), '．．', '..']

  it('keeps attachment copies and the copies opened inside their folders', async () => {
    const c = await ws.must('cases.save', { bodyId: plan.ownerBodyId, title: 'Vedleggsprøve' })
    const opened: string[] = []
    ws.ctx.openFile = async (path) => void opened.push(path)
    try {
      for (const [i, fileName] of hostileNames.entries()) {
        const content = base64(Buffer.from(`vedlegg ${i}`))
        const added = await ws.call('attachments.add', { caseId: c.id, fileName: fileName.slice(0, 255), content })
        // The contract already refuses control characters in a name; the rest must be made safe.
        if (!added.ok) {
          expect(added.error, fileName).toMatchObject({ code: 'validation', field: 'fileName' })
          continue
        }
        await ws.must('attachments.open', { id: added.value.id })
      }
    } finally {
      delete ws.ctx.openFile
    }
    expect(opened.length).toBeGreaterThanOrEqual(hostileNames.length - 1)
    expect(readdirSync(join(ws.folder, 'vedlegg')).every((name) => /^[0-9a-f]{64}$/.test(name))).toBe(true)
    const temp = join(tmpdir(), 'sekretariat-vedlegg')
    for (const path of opened) {
      const rel = relative(temp, path).split(/[\\/]/)
      expect(rel, path).toHaveLength(2)
      expect(rel[1]).not.toMatch(/^\.\.?$|[\\/]/)
      expect(rel[1]).not.toContain('\u0000')
      expect(existsSync(path)).toBe(true)
    }
  })

  it('files an archive package inside the chosen folder, whatever the titles are', async () => {
    const folder = tempFolder('sekretariat-arkiv-')
    try {
      const files = hostileNames.map((name) => madeDoc(`${name}.docx`))
      const attachments = hostileNames.map((name, i) => ({
        title: name,
        fileName: `${name}.pdf`,
        sha256: String(i).repeat(64).slice(0, 64),
        caseFileName: files[1].fileName,
      }))
      const planned = planFiles({ kind: 'package', id: 1, year: null }, madeSet(1, files, attachments), () =>
        Buffer.from('pdf'),
      )
      const writer = new ArchiveWriter(folder.path)
      const sub = await writer.makeFolder(folder.path, planned.folderName ?? 'pakke')
      for (const file of planned.files) await writer.writeFile(sub, file.name, file.bytes)
      expect(writer.paths.every((path) => relative(sub, path).split(/[\\/]/).length === 1)).toBe(true)
      expect(readdirSync(folder.path)).toEqual([relative(folder.path, sub)])
      // A name that is not one component is refused outright, not changed.
      await expect(writer.writeFile(sub, '../utenfor.docx', Buffer.from('x'))).rejects.toThrow(/utenfor mappen/)
      await expect(writer.makeFolder(folder.path, '..')).rejects.toThrow(/utenfor mappen/)
    } finally {
      folder.remove()
    }
  })
})

describe('documents.saveProfile', () => {
  it('refuses a logo that declares more pixels than a logo has (a decompression bomb for every document)', async () => {
    const header = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
    const size = Buffer.alloc(8)
    size.writeUInt32BE(50_000, 0)
    size.writeUInt32BE(50_000, 4)
    const logo = Buffer.concat([header, size, Buffer.alloc(100)]).toString('base64')
    const profile = await ws.must('documents.profile', {})
    const error = await refused(() => ws.call('documents.saveProfile', { ...profile, logoPng: logo }))
    expect(error).toEqual({
      code: 'validation',
      field: 'logoPng',
      message:
        'Logoen er 50000 × 50000 piksler; den kan være høyst 4000 piksler på hver led. Lagre en mindre utgave og prøv igjen.',
    })
  })
})
