/**
 * Reads a zip's central directory (the table of contents at the end of the file) without unpacking
 * anything, so a .docx or .xlsx can be judged by what it claims before a library unpacks all of it
 * into memory. Pure: bytes in, entries or the reason they cannot be read out. ZIP64 is understood,
 * since some writers use it even for small files.
 */

export interface ZipEntry {
  name: string
  /** General purpose flags; bit 0 means encrypted. */
  flags: number
  /** 0 stored, 8 deflated; anything else is refused later. */
  method: number
  compressedSize: number
  uncompressedSize: number
  /** Where the entry's local header starts. */
  localOffset: number
}

export type ZipDirectory =
  | { ok: true; entries: ZipEntry[]; centralOffset: number }
  | { ok: false; problem: 'notZip' | 'truncated' | 'tooManyEntries'; count?: number }

const eocdSignature = 0x06054b50
const zip64LocatorSignature = 0x07064b50
const zip64EocdSignature = 0x06064b50
const centralSignature = 0x02014b50
export const localSignature = 0x04034b50

/** The end record is 22 bytes plus a comment of at most 65 535. */
const maxEndSearch = 22 + 0xffff

/** A 64-bit count or size as a number; past 2^53 it is a lie anyway, and any limit refuses it. */
const u64 = (bytes: Buffer, at: number) => Number(bytes.readBigUInt64LE(at))

export const startsWithZipSignature = (bytes: Uint8Array) =>
  bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04

function findEnd(bytes: Buffer): number {
  const stop = Math.max(0, bytes.length - maxEndSearch)
  for (let at = bytes.length - 22; at >= stop; at--) {
    if (bytes.readUInt32LE(at) === eocdSignature) return at
  }
  return -1
}

/** The ZIP64 end record's count, size and offset, when the classic record says to look there. */
function zip64End(bytes: Buffer, end: number): { count: number; size: number; offset: number } | null {
  const locator = end - 20
  if (locator < 0 || bytes.readUInt32LE(locator) !== zip64LocatorSignature) return null
  const at = u64(bytes, locator + 8)
  if (at + 56 > bytes.length || bytes.readUInt32LE(at) !== zip64EocdSignature) return null
  return { count: u64(bytes, at + 32), size: u64(bytes, at + 40), offset: u64(bytes, at + 48) }
}

/** Replaces the 0xffffffff markers with the values in the ZIP64 extra field (id 1), in its fixed order. */
function applyZip64(entry: ZipEntry, extra: Buffer): boolean {
  const wanted = (['uncompressedSize', 'compressedSize', 'localOffset'] as const).filter((k) => entry[k] === 0xffffffff)
  if (wanted.length === 0) return true
  for (let at = 0; at + 4 <= extra.length;) {
    const id = extra.readUInt16LE(at)
    const size = extra.readUInt16LE(at + 2)
    if (id === 1) {
      if (size < wanted.length * 8 || at + 4 + size > extra.length) return false
      wanted.forEach((key, i) => (entry[key] = u64(extra, at + 4 + i * 8)))
      return true
    }
    at += 4 + size
  }
  return false
}

/**
 * The entries as the central directory lists them. `maxEntries` is checked on the count the end
 * record claims, before a single entry is read. Names are UTF-8 when flag bit 11 says so, else
 * code page 437, of which only the ASCII part matters for the name checks.
 */
export function readZipDirectory(input: Uint8Array, maxEntries: number): ZipDirectory {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength)
  if (!startsWithZipSignature(bytes)) {
    // An empty archive starts with its end record; nothing a document can be.
    return { ok: false, problem: 'notZip' }
  }
  const end = bytes.length >= 22 ? findEnd(bytes) : -1
  if (end < 0) return { ok: false, problem: 'truncated' }
  let count = bytes.readUInt16LE(end + 10)
  let size = bytes.readUInt32LE(end + 12)
  let offset = bytes.readUInt32LE(end + 16)
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const big = zip64End(bytes, end)
    if (!big) return { ok: false, problem: 'truncated' }
    ;({ count, size, offset } = big)
  }
  if (count > maxEntries) return { ok: false, problem: 'tooManyEntries', count }
  if (offset + size > end) return { ok: false, problem: 'truncated' }

  const entries: ZipEntry[] = []
  let at = offset
  for (let i = 0; i < count; i++) {
    if (at + 46 > offset + size || bytes.readUInt32LE(at) !== centralSignature)
      return { ok: false, problem: 'truncated' }
    const flags = bytes.readUInt16LE(at + 8)
    const nameLength = bytes.readUInt16LE(at + 28)
    const extraLength = bytes.readUInt16LE(at + 30)
    const commentLength = bytes.readUInt16LE(at + 32)
    const next = at + 46 + nameLength + extraLength + commentLength
    if (next > offset + size) return { ok: false, problem: 'truncated' }
    const nameBytes = bytes.subarray(at + 46, at + 46 + nameLength)
    const entry: ZipEntry = {
      name: nameBytes.toString(flags & 0x800 ? 'utf8' : 'latin1'),
      flags,
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      uncompressedSize: bytes.readUInt32LE(at + 24),
      localOffset: bytes.readUInt32LE(at + 42),
    }
    if (!applyZip64(entry, bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength))) {
      return { ok: false, problem: 'truncated' }
    }
    entries.push(entry)
    at = next
  }
  return { ok: true, entries, centralOffset: offset }
}

/**
 * Where an entry's data starts and ends, from its local header (whose extra field may differ from
 * the central one), or null when the header is not there or the data runs past the directory.
 */
export function entryData(input: Uint8Array, entry: ZipEntry, centralOffset: number): Buffer | null {
  const bytes = Buffer.from(input.buffer, input.byteOffset, input.byteLength)
  const at = entry.localOffset
  if (at + 30 > centralOffset || bytes.readUInt32LE(at) !== localSignature) return null
  const start = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28)
  const stop = start + entry.compressedSize
  if (stop > centralOffset) return null
  return bytes.subarray(start, stop)
}

/**
 * Why an entry's name is not one an Office file has: a way out of the folder it is unpacked in
 * (`..`, an absolute path, a drive letter), Windows' separator, or control characters.
 */
export function badEntryName(name: string): boolean {
  if (name === '' || name.includes('\\')) return true
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return true
  if (name.startsWith('/') || /^[a-z]:/i.test(name)) return true
  return name.split('/').some((part) => part === '..' || part.normalize('NFKC') === '..')
}
