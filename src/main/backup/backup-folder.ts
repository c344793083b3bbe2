import { randomUUID } from 'node:crypto'
import { mkdir, readdir, rename, stat, unlink } from 'node:fs/promises'
import { basename, join } from 'node:path'
import Sqlite from 'better-sqlite3'
import type { BackupEntry, BackupReason } from '../../shared/backups'
import type { OpenOptions } from '../db/connection'
import {
  backupFileName,
  backupsToDelete,
  newestFirst,
  parseBackupFileName,
  type NamedBackup,
} from '../domain/backup-rotation'
import { checkProblem, looksLikeDatabase, openReadOnly } from './database-file'

/** The backups folder on disk: writing one backup, listing them, rotating. No workspace here. */

/** Pages copied per step; between steps the event loop runs, so the window never waits long. */
const pagesPerStep = 256
/** Writes by the app restart an online backup; after this many restarts it finishes in one step. */
const maxRestarts = 3
/**
 * Above this size the new copy gets quick_check instead of integrity_check: the check runs on
 * the main thread, and integrity_check of 50 MB holds it for about 80 ms. quick_check finds
 * damaged pages; what it skips (indexes against their tables) an online backup cannot get wrong.
 */
const fullCheckLimit = 8 * 1024 * 1024

const tempPrefix = '.skriver-'
const isTemp = (file: string) => file.startsWith(tempPrefix) && file.endsWith('.tmp')

/**
 * The name for a new backup. Within one second (a pinned demo clock makes every backup the same
 * second) the counter goes above every backup of that second, whatever its kind: a name freed by
 * rotation is never reused, so the newest backup always sorts as the newest.
 */
async function freeName(folder: string, time: Date, reason: BackupReason): Promise<string> {
  const stamp = backupFileName(time, reason).slice(0, 20)
  const files = await readdir(folder).catch(() => [] as string[])
  const seqs = files.filter((f) => f.startsWith(stamp)).map((f) => parseBackupFileName(f)?.seq ?? 0)
  return backupFileName(time, reason, Math.max(0, ...seqs) + 1)
}

/**
 * Copies a database file with SQLite's online backup API, through a read-only connection of its
 * own: it sees only committed data (a copy through the app's own connection taken while a
 * transaction is open comes out empty), and the app's writes go on between steps. The copy is
 * written under a temporary name, switched to a single-file journal mode (no -wal beside it on a
 * share), checked, and only then given its real name: a half-written or bad backup never has
 * a name that a restore would offer.
 */
export async function writeBackup(
  sourceFile: string,
  folder: string,
  reason: BackupReason,
  now: Date,
  options: OpenOptions = {},
  createFolder = true,
): Promise<BackupEntry> {
  // A chosen folder that is gone (a share or a USB disk not connected) is an error, not a new
  // folder on the local disk where the mount point was.
  if (createFolder) await mkdir(folder, { recursive: true })
  const temp = join(folder, `${tempPrefix}${randomUUID()}.tmp`)
  try {
    const source = openReadOnly(sourceFile, options)
    let tables: number
    try {
      tables = (source.prepare('select count(*) as n from sqlite_master').get() as { n: number }).n
      let remaining = Infinity
      let restarts = 0
      await source.backup(temp, {
        progress: ({ remainingPages }) => {
          if (remainingPages > remaining) restarts++
          remaining = remainingPages
          return restarts >= maxRestarts ? 0x7fffffff : pagesPerStep
        },
      })
    } finally {
      source.close()
    }
    const size = (await stat(temp)).size
    const copy = new Sqlite(temp, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
    try {
      copy.pragma('journal_mode = DELETE')
      const problem = checkProblem(copy, size <= fullCheckLimit)
      if (problem !== null) throw new Error(`integrity_check: ${problem}`)
      const copied = (copy.prepare('select count(*) as n from sqlite_master').get() as { n: number }).n
      if (copied !== tables) throw new Error(`sqlite_master: ${copied} != ${tables}`)
    } finally {
      copy.close()
    }
    const name = await freeName(folder, now, reason)
    await rename(temp, join(folder, name))
    return { file: name, reason, time: now.toISOString(), size, ok: true }
  } catch (error) {
    await unlink(temp).catch(() => undefined)
    await unlink(`${temp}-journal`).catch(() => undefined)
    throw error
  }
}

/** Every backup in the folder (files with our names only), newest first. A missing folder is empty. */
export async function listBackups(folder: string): Promise<BackupEntry[]> {
  const files = await readdir(folder).catch(() => [] as string[])
  const named = files
    .map((file) => ({ file, name: parseBackupFileName(file) }))
    .filter((f): f is { file: string; name: NonNullable<typeof f.name> } => f.name !== null)
    .map((f) => ({ file: f.file, ...f.name }))
  const entries: BackupEntry[] = []
  for (const b of newestFirst(named)) {
    const info = await stat(join(folder, b.file)).catch(() => null)
    if (!info?.isFile()) continue
    entries.push({
      file: b.file,
      reason: b.reason,
      time: b.time.toISOString(),
      size: info.size,
      ok: await looksLikeDatabase(join(folder, b.file)),
    })
  }
  return entries
}

/**
 * Deletes what the rotation rules let go, and temporary files a crash left behind (older than a
 * day, so a backup being written by another running copy is never pulled away). Returns the
 * names deleted. A file that cannot be deleted is left for the next round.
 */
export async function rotateBackups(folder: string, now: Date): Promise<string[]> {
  const files = await readdir(folder).catch(() => [] as string[])
  const named: NamedBackup[] = []
  for (const file of files) {
    const name = parseBackupFileName(file)
    if (name) named.push({ file, ...name })
  }
  const doomed = backupsToDelete(named, now)
  const deleted: string[] = []
  for (const file of doomed) {
    if (
      await unlink(join(folder, file)).then(
        () => true,
        () => false,
      )
    )
      deleted.push(file)
  }
  for (const file of files.filter(isTemp)) {
    const info = await stat(join(folder, file)).catch(() => null)
    // Real time, not the app's clock: a pinned demo date says nothing about a file's age on disk.
    if (info && Date.now() - info.mtimeMs > 24 * 3_600_000) await unlink(join(folder, file)).catch(() => undefined)
  }
  return deleted
}

/**
 * The path of a backup named by the user's request, or null when the name could escape the
 * folder or is not one of ours: only a bare file name with a backup's pattern is accepted.
 */
export function backupPath(folder: string, file: string): string | null {
  if (basename(file) !== file || file.includes('/') || file.includes('\\')) return null
  if (parseBackupFileName(file) === null) return null
  return join(folder, file)
}
