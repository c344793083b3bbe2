import { open } from 'node:fs/promises'
import Sqlite from 'better-sqlite3'
import type { OpenOptions } from '../db/connection'

/**
 * Checks on database files that are not the live connection: the file at start, a backup before
 * it is restored, a new backup before it gets its final name. Every check opens the file read-only,
 * so a damaged file is never written to.
 */

export type FileCheck = { ok: true } | { ok: false; problem: string }

const header = Buffer.from('SQLite format 3\0', 'latin1')

/** Cheap: the file starts with SQLite's header and its size is a whole number of pages. */
export async function looksLikeDatabase(file: string): Promise<boolean> {
  const handle = await open(file, 'r').catch(() => null)
  if (!handle) return false
  try {
    const { size } = await handle.stat()
    const start = Buffer.alloc(100)
    const { bytesRead } = await handle.read(start, 0, 100, 0)
    if (bytesRead < 100 || !start.subarray(0, 16).equals(header)) return false
    const raw = start.readUInt16BE(16)
    const pageSize = raw === 1 ? 65536 : raw
    return pageSize >= 512 && size % pageSize === 0
  } finally {
    await handle.close()
  }
}

export function openReadOnly(file: string, options: OpenOptions = {}): Sqlite.Database {
  return new Sqlite(file, {
    readonly: true,
    fileMustExist: true,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  })
}

/** SQLite's own words for "this is not a healthy database", as opposed to "could not open it now". */
export function isDamageError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')
}

/** The first lines of what `pragma quick_check` / `integrity_check` found, or null when it said ok. */
export function checkProblem(sqlite: Sqlite.Database, full: boolean): string | null {
  const rows = sqlite.pragma(full ? 'integrity_check(20)' : 'quick_check(20)', { simple: false }) as Record<
    string,
    string
  >[]
  const lines = rows.map((row) => Object.values(row)[0])
  return lines.length === 1 && lines[0] === 'ok' ? null : lines.slice(0, 3).join('; ')
}

/**
 * Runs the check on a file read-only. `full` is integrity_check (also compares indexes with
 * their tables), otherwise quick_check (the page structure; much faster on a big file).
 * Errors that are not about damage (locked, no permission) are thrown, not reported as damage.
 */
export function checkDatabaseFile(file: string, full: boolean, options: OpenOptions = {}): FileCheck {
  let sqlite: Sqlite.Database | null = null
  try {
    sqlite = openReadOnly(file, options)
    const problem = checkProblem(sqlite, full)
    return problem === null ? { ok: true } : { ok: false, problem }
  } catch (error) {
    if (isDamageError(error)) return { ok: false, problem: (error as Error).message }
    throw error
  } finally {
    sqlite?.close()
  }
}
