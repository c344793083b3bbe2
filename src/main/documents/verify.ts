import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

/**
 * Test support: reads the Word documents we make with independent readers, so the tests see what
 * the recipient sees. LibreOffice converts to PDF (pdftotext reads it), python-docx reads styles,
 * numbering, tables and properties, pdftoppm renders pages to look at. Not used by the app.
 */

const run = promisify(execFile)

/** Converts the files to PDF in one LibreOffice call and gives each file's text (pdftotext -layout). */
export async function toPdfText(paths: readonly string[]): Promise<Map<string, string>> {
  const pdfs = await toPdf(paths)
  const texts = new Map<string, string>()
  try {
    for (const path of paths) {
      const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', pdfs.get(path) ?? '', '-'], {
        maxBuffer: 64 * 1024 * 1024,
      })
      texts.set(path, stdout)
    }
  } finally {
    rmSync(pdfs.folder, { recursive: true, force: true })
  }
  return texts
}

/**
 * PDFs of the files, in a fresh temporary folder the caller removes (`folder`). LibreOffice gets a
 * private profile, so runs in parallel (and a desktop LibreOffice) do not collide.
 */
export async function toPdf(paths: readonly string[]): Promise<Map<string, string> & { folder: string }> {
  const folder = mkdtempSync(join(tmpdir(), 'kit-pdf-'))
  const profile = mkdtempSync(join(tmpdir(), 'lo-kit-'))
  try {
    await run(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        'pdf',
        '--outdir',
        folder,
        ...paths,
      ],
      { timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
    )
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
  const made = new Set(readdirSync(folder))
  const result = new Map<string, string>() as Map<string, string> & { folder: string }
  result.folder = folder
  for (const path of paths) {
    const pdf = `${basename(path, extname(path))}.pdf`
    if (!made.has(pdf)) throw new Error(`LibreOffice made no PDF of ${path}`)
    result.set(path, join(folder, pdf))
  }
  return result
}

export interface DocxParagraph {
  kind: 'paragraph'
  style: string | null
  text: string
  numbering: { numId: number | null; ilvl: number } | null
}

export interface DocxTable {
  kind: 'table'
  headerRow: boolean
  rows: string[][]
}

/** The document as python-docx reads it. */
export interface DocxReading {
  body: (DocxParagraph | DocxTable)[]
  paragraphs: DocxParagraph[]
  tables: DocxTable[]
  core: {
    title: string
    subject: string
    keywords: string
    author: string
    description: string
    language: string
    created: string | null
  }
  custom: Record<string, string>
  /** Every w:lang w:val in the document, styles, headers and footers. */
  languages: string[]
  /** Runs with text in the body that have no w:lang of their own. */
  runsWithoutLanguage: number
  sections: { orientation: 'portrait' | 'landscape' }[]
}

const script = join(dirname(fileURLToPath(import.meta.url)), 'read-docx.py')

export async function readDocxWithPythonDocx(path: string): Promise<DocxReading> {
  const { stdout } = await run('/usr/bin/python3', [script, path], { maxBuffer: 64 * 1024 * 1024 })
  return JSON.parse(stdout) as DocxReading
}

/** Renders every page of the document to PNG (pdftoppm, 60 dpi unless given); gives the paths in page order. */
export async function renderPages(path: string, outDir: string, dpi = 60): Promise<string[]> {
  const pdfs = await toPdf([path])
  try {
    const prefix = join(outDir, basename(path, extname(path)))
    await run('pdftoppm', ['-png', '-r', String(dpi), pdfs.get(path) ?? '', prefix])
    return readdirSync(outDir)
      .filter((f) => f.startsWith(basename(prefix)) && f.endsWith('.png'))
      .sort()
      .map((f) => join(outDir, f))
  } finally {
    rmSync(pdfs.folder, { recursive: true, force: true })
  }
}

/** One part of the .docx (e.g. word/document.xml) as text. */
export async function docxPart(bytes: Buffer, part: string): Promise<string> {
  const { default: JSZip } = await import('jszip')
  const zip = await JSZip.loadAsync(bytes)
  const file = zip.file(part)
  if (!file) throw new Error(`no ${part} in the document`)
  return file.async('string')
}
