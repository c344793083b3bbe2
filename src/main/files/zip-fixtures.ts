import { createDeflateRaw, deflateRawSync } from 'node:zlib'
import ExcelJS from 'exceljs'
import JSZip from 'jszip'

/**
 * Crafted zips for the tests of the file gate: a writer that puts exactly the given bytes and
 * claims into the headers (so a directory can lie about sizes, names or flags, which no honest
 * zip library would write), real minimal .docx and .xlsx files, and a zip bomb made as a stream.
 */

export interface RawEntry {
  name: string
  /** The bytes as stored: already deflated when `method` is 8. */
  data: Buffer
  method?: number
  /** What the headers claim; the real size unless a test wants a lie. */
  uncompressedSize: number
  flags?: number
}

/** An entry deflated for real, with its true size. */
export const deflated = (name: string, content: string | Buffer): RawEntry => {
  const raw = typeof content === 'string' ? Buffer.from(content, 'utf8') : content
  return { name, data: deflateRawSync(raw), method: 8, uncompressedSize: raw.length }
}

/** Writes local headers, data, the central directory and its end record; CRCs are left 0. */
export function buildZip(entries: RawEntry[]): Buffer {
  const parts: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8')
    const flags = (e.flags ?? 0) | 0x800
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(flags, 6)
    local.writeUInt16LE(e.method ?? 8, 8)
    local.writeUInt32LE(e.data.length, 18)
    local.writeUInt32LE(Math.min(e.uncompressedSize, 0xfffffffe), 22)
    local.writeUInt16LE(name.length, 26)
    const head = Buffer.alloc(46)
    head.writeUInt32LE(0x02014b50, 0)
    head.writeUInt16LE(20, 4)
    head.writeUInt16LE(20, 6)
    head.writeUInt16LE(flags, 8)
    head.writeUInt16LE(e.method ?? 8, 10)
    head.writeUInt32LE(e.data.length, 20)
    head.writeUInt32LE(Math.min(e.uncompressedSize, 0xfffffffe), 24)
    head.writeUInt16LE(name.length, 28)
    head.writeUInt32LE(offset, 42)
    parts.push(local, name, e.data)
    central.push(head, name)
    offset += 30 + name.length + e.data.length
  }
  const directory = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...parts, directory, end])
}

export const contentTypes =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'

export const rootRels =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'

/** A one-paragraph document.xml; `prolog` goes between the XML declaration and the root. */
export const documentXml = (text: string, prolog = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${prolog}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`

/** The three parts of the smallest .docx mammoth reads, as raw entries to add to or change. */
export const docxEntries = (text = 'Bakgrunn for saken', prolog = ''): RawEntry[] => [
  deflated('[Content_Types].xml', contentTypes),
  deflated('_rels/.rels', rootRels),
  deflated('word/document.xml', documentXml(text, prolog)),
]

export const minimalDocx = (text?: string) => buildZip(docxEntries(text))

/** A real workbook from exceljs. */
export async function minimalXlsx(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.addWorksheet('Ark1').getCell('A1').value = 'Hei'
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** A zip of unrelated files, as jszip writes it. */
export async function zipOf(files: Record<string, string>): Promise<Buffer> {
  const zip = new JSZip()
  for (const [name, text] of Object.entries(files)) zip.file(name, text)
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
}

/** `megabytes` of zeros, deflated as a stream so the zeros never sit in memory: 1 GB gives about 1 MB. */
export async function deflatedZeros(megabytes: number): Promise<Buffer> {
  const deflate = createDeflateRaw({ level: 9 })
  const out: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => out.push(chunk))
  const done = new Promise((resolve) => deflate.on('end', resolve))
  const zeros = Buffer.alloc(1024 * 1024)
  for (let i = 0; i < megabytes; i++) {
    if (!deflate.write(zeros)) await new Promise((resolve) => deflate.once('drain', resolve))
  }
  deflate.end()
  await done
  return Buffer.concat(out)
}
