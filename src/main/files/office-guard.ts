import { createInflateRaw } from 'node:zlib'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import { AppError } from '../errors'
import { looksLikeXml, prologProblem, xmlText } from './xml-prolog'
import { badEntryName, entryData, readZipDirectory, type ZipEntry } from './zip-directory'

/**
 * The gate every .docx and .xlsx passes before mammoth or exceljs sees it. Both unpack the whole
 * zip into memory and parse its XML, so this refuses, with a reason naming the file, what would
 * make them run away or read outside what an Office file is: not a zip or another kind of file,
 * a cut-off file, too many parts, too much once unpacked (as claimed, and as it really unpacks),
 * a compression ratio only a bomb has, part names that leave their folder, encryption, and a DTD
 * (DOCTYPE/ENTITY) in any XML part. Unpacking here is streamed and counted, never kept.
 */

export type OfficeKind = 'docx' | 'xlsx'

export const officeLimits = {
  maxEntries: 2000,
  /** Unpacked, all parts together. */
  maxUnpackedBytes: 100 * 1024 * 1024,
  /** A part this large unpacked must not be packed tighter than `maxRatio`. */
  ratioFromBytes: 2 * 1024 * 1024,
  maxRatio: 100,
  /** How much of an XML part is read for its prolog. */
  prologBytes: 64 * 1024,
} as const

const s = nb.fileSafety

interface KindRule {
  /** Every part of the main document lives under this folder. */
  folder: string
  /** The importer's own message for a file that is not this kind at all. */
  notKind: string
  /** The importer's own refusals carry a field, or not; kept as they were. */
  field?: string
}

const rules: Record<OfficeKind, KindRule> = {
  docx: { folder: 'word/', notKind: nb.docxImport.notDocx },
  xlsx: { folder: 'xl/', notKind: nb.planText.excel.refusals.notXlsx, field: 'content' },
}

/** Other Office kinds, told apart by their main folder, so a mix-up is named as such. */
const otherKinds: [folder: string, name: string][] = [
  ['word/', s.kinds.docx],
  ['xl/', s.kinds.xlsx],
  ['ppt/', s.kinds.pptx],
]

const megabytes = (bytes: number) =>
  new Intl.NumberFormat('nb', { maximumFractionDigits: 1 }).format(Math.ceil((bytes / 2 ** 20) * 10) / 10)

/** A part's name as a message shows it: short, and without characters that would garble the line. */
const shown = (name: string) =>
  // eslint-disable-next-line no-control-regex
  Array.from(name.replace(/[\u0000-\u001f\u007f]/g, '?'))
    .slice(0, 80)
    .join('')

/** Password-protected Office files are OLE containers holding an "EncryptedPackage" stream. */
const encryptedPackage = Buffer.from('EncryptedPackage', 'utf16le')
const isOle = (bytes: Uint8Array) => [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].every((b, i) => bytes[i] === b)

const xmlPart = /\.(xml|rels|vml)$/i

type Unpacked = { size: number; head: Buffer } | 'tooLarge' | 'damaged'

/**
 * Unpacks one part as a stream, counting bytes and keeping only the first `keep`; stops as soon
 * as it passes `limit`. A part whose directory entry understates its size is caught here.
 */
function unpack(entry: ZipEntry, data: Buffer, limit: number, keep: number): Promise<Unpacked> {
  if (entry.method === 0) {
    return Promise.resolve(data.length > limit ? 'tooLarge' : { size: data.length, head: data.subarray(0, keep) })
  }
  return new Promise((resolve) => {
    const inflate = createInflateRaw()
    const head: Buffer[] = []
    let kept = 0
    let size = 0
    let done = false
    const finish = (result: Unpacked) => {
      if (done) return
      done = true
      inflate.destroy()
      resolve(result)
    }
    inflate.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) return finish('tooLarge')
      if (kept < keep) {
        head.push(chunk.subarray(0, keep - kept))
        kept += Math.min(chunk.length, keep - kept)
      }
    })
    inflate.on('error', () => finish('damaged'))
    inflate.on('end', () => finish({ size, head: Buffer.concat(head) }))
    inflate.end(data)
  })
}

/**
 * Refuses the file with an AppError (`import_invalid`) unless it is a sound `kind` file within the
 * limits. `file` is the name the user chose, for the message.
 */
export async function guardOfficeFile(bytes: Uint8Array, file: string, kind: OfficeKind): Promise<void> {
  const rule = rules[kind]
  const values = { file, kind: s.kinds[kind], app: s.apps[kind] }
  const refuse = (message: string, more: Record<string, string | number> = {}) =>
    new AppError({
      code: 'import_invalid',
      message: format(message, { ...values, ...more }),
      ...(rule.field ? { field: rule.field } : {}),
    })

  if (isOle(bytes) && Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(encryptedPackage)) {
    throw refuse(s.zip.encrypted)
  }
  const directory = readZipDirectory(bytes, officeLimits.maxEntries)
  if (!directory.ok) {
    if (directory.problem === 'notZip') throw refuse(rule.notKind)
    if (directory.problem === 'truncated') throw refuse(s.zip.truncated)
    throw refuse(s.zip.tooManyEntries, { count: directory.count ?? 0, max: officeLimits.maxEntries })
  }
  const entries = directory.entries
  const names = new Set<string>()
  let claimed = 0
  for (const entry of entries) {
    const entryName = shown(entry.name)
    if (badEntryName(entry.name)) throw refuse(s.zip.badName, { entry: entryName })
    if (names.has(entry.name.toLowerCase())) throw refuse(s.zip.duplicate, { entry: entryName })
    names.add(entry.name.toLowerCase())
    if (entry.flags & 1) throw refuse(s.zip.encrypted)
    if (entry.method !== 0 && entry.method !== 8) throw refuse(s.zip.method, { entry: entryName })
    claimed += entry.uncompressedSize
    if (
      entry.uncompressedSize > officeLimits.ratioFromBytes &&
      entry.uncompressedSize > officeLimits.maxRatio * Math.max(1, entry.compressedSize)
    ) {
      const ratio = Math.round(entry.uncompressedSize / Math.max(1, entry.compressedSize))
      throw refuse(s.zip.bomb, { entry: entryName, ratio: new Intl.NumberFormat('nb').format(ratio) })
    }
  }
  if (claimed > officeLimits.maxUnpackedBytes) {
    throw refuse(s.zip.tooLargeUnpacked, { size: megabytes(claimed), max: officeLimits.maxUnpackedBytes / 2 ** 20 })
  }

  const lower = [...names]
  const has = (folder: string) => lower.some((name) => name.startsWith(folder))
  if (!has(rule.folder) || !names.has('[content_types].xml')) {
    const found = otherKinds.find(([folder]) => folder !== rule.folder && has(folder))?.[1]
    const odf = names.has('mimetype') && names.has('content.xml')
    if (found || odf) throw refuse(s.zip.wrongKind, { found: found ?? s.kinds.odf })
    throw refuse(rule.notKind)
  }

  // What the directory claims is now bounded; each part must unpack to exactly that, and no more.
  for (const entry of entries) {
    if (entry.name.endsWith('/') && entry.uncompressedSize === 0) continue
    const entryName = shown(entry.name)
    const data = entryData(bytes, entry, directory.centralOffset)
    if (!data) throw refuse(s.zip.truncated)
    const unpacked = await unpack(entry, data, entry.uncompressedSize, officeLimits.prologBytes)
    if (unpacked === 'damaged') throw refuse(s.zip.damagedEntry, { entry: entryName })
    if (unpacked === 'tooLarge' || unpacked.size !== entry.uncompressedSize) {
      throw refuse(s.zip.sizeLie, { entry: entryName })
    }
    const text = xmlText(unpacked.head)
    if (!xmlPart.test(entry.name) && !looksLikeXml(text)) continue
    const complete = unpacked.size <= officeLimits.prologBytes
    const problem = prologProblem(text, complete, /\.svg$/i.test(entry.name))
    if (problem === 'doctype') throw refuse(s.zip.doctype, { entry: entryName })
    if (problem === 'notXml') throw refuse(s.zip.notXml, { entry: entryName })
  }
}
