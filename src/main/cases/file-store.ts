import { createHash, randomUUID } from 'node:crypto'
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs'
import { extname, join } from 'node:path'
import { maxAttachmentMb } from '../../shared/cases'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import { AppError } from '../errors'
import { joinInside } from '../files/paths'
import type { StoredFile } from '../db/repositories/attachments'

/**
 * The workspace's own copies of attached files, in `vedlegg/` beside the database: a path on
 * the user's disk can vanish, a copy here cannot. Copies are named by their SHA-256, so the
 * same file attached twice is stored once, and the name is the checksum the archive asks for.
 */

export const maxAttachmentBytes = maxAttachmentMb * 1024 * 1024

const mimeTypes: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.doc': 'application/msword',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.xls': 'application/vnd.ms-excel',
  '.pptx': 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
}

export const mimeTypeOf = (fileName: string) => mimeTypes[extname(fileName).toLowerCase()] ?? 'application/octet-stream'

const storeFolder = (dataFolder: string) => join(dataFolder, 'vedlegg')
// The checksum comes from the database, which an imported file filled: it must stay a name in the folder.
export const storedPath = (dataFolder: string, sha256: string) => joinInside(storeFolder(dataFolder), sha256)

/** Decodes a file sent as base64, refusing what cannot be an attachment, with the file named. */
export function decodeFile(fileName: string, base64: string, field = 'content'): Buffer {
  const bytes = Buffer.from(base64, 'base64')
  if (bytes.length === 0) {
    throw new AppError({ code: 'validation', message: format(nb.caseErrors.fileEmpty, { name: fileName }), field })
  }
  if (bytes.length > maxAttachmentBytes) {
    throw new AppError({
      code: 'validation',
      message: format(nb.caseErrors.fileTooLarge, { name: fileName, max: maxAttachmentMb }),
      field,
    })
  }
  return bytes
}

/**
 * Makes a rename in the folder durable: the new name is in the folder's entry list, which is
 * only on disk once the folder itself is synced. Windows cannot open a folder for syncing, and
 * NTFS journals the rename anyway, so there it is skipped.
 */
function syncFolder(folder: string) {
  if (process.platform === 'win32') return
  const fd = openSync(folder, 'r')
  try {
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
}

/** Writes the copy durably (temp file, fsync, rename, fsync of the folder) before the database refers to it. */
export function storeFile(dataFolder: string, fileName: string, bytes: Buffer): StoredFile {
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const target = storedPath(dataFolder, sha256)
  if (!existsSync(target)) {
    mkdirSync(storeFolder(dataFolder), { recursive: true })
    const temp = `${target}.${randomUUID()}.tmp`
    const fd = openSync(temp, 'w')
    try {
      writeSync(fd, bytes)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temp, target)
    syncFolder(storeFolder(dataFolder))
  }
  return { fileName, mimeType: mimeTypeOf(fileName), size: bytes.length, sha256 }
}

/** Reads a stored copy back, and checks it is still the file that was stored. */
export function readStoredFile(dataFolder: string, sha256: string, fileName: string): Buffer {
  const path = storedPath(dataFolder, sha256)
  const bytes = existsSync(path) ? readFileSync(path) : null
  if (!bytes || createHash('sha256').update(bytes).digest('hex') !== sha256) {
    throw new AppError({ code: 'not_found', message: format(nb.caseErrors.fileMissing, { name: fileName }) })
  }
  return bytes
}
