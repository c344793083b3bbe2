import { randomUUID } from 'node:crypto'
import { rename, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { BackupEntry, DamagedWorkspace, RestoreResult } from '../../shared/backups'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import type { Context } from '../api/context'
import { closeDatabase, openDatabase, type OpenOptions } from '../db/connection'
import { migrateToLatest, StartupError } from '../db/migrate'
import { AppError } from '../errors'
import { backupPath, listBackups } from './backup-folder'
import { backupWhileExclusive, defaultBackupFolder, exclusive, resetChangeCount, storedBackupFolder } from './backups'
import { checkDatabaseFile, looksLikeDatabase, openReadOnly } from './database-file'

/**
 * The database file at start, and putting a backup in its place. A damaged file is never opened
 * for writing: the app starts in a recovery state where only the backup operations answer.
 */

const fullCheckLimit = 256 * 1024 * 1024

/**
 * `pragma quick_check` on the file, read-only, before anything opens it for writing. Returns what
 * is wrong, or null. Errors that say nothing about damage (a lock, a permission) return null: the
 * normal open then reports them as it always has.
 */
export function inspectDatabaseFile(file: string, options: OpenOptions = {}): string | null {
  try {
    const check = checkDatabaseFile(file, false, options)
    return check.ok ? null : check.problem
  } catch {
    return null
  }
}

/** The folder the damaged workspace kept its backups in, if the file still tells; else the default. */
function backupFolderOfDamaged(file: string, dataFolder: string, options: OpenOptions): string {
  try {
    const sqlite = openReadOnly(file, options)
    try {
      return storedBackupFolder(sqlite) || defaultBackupFolder(dataFolder)
    } finally {
      sqlite.close()
    }
  } catch {
    return defaultBackupFolder(dataFolder)
  }
}

/** The newest backup that passes the full check: the one to offer. */
async function newestGoodBackup(
  folder: string,
  backups: BackupEntry[],
  options: OpenOptions,
): Promise<BackupEntry | null> {
  for (const backup of backups) {
    if (!backup.ok) continue
    try {
      if (checkDatabaseFile(join(folder, backup.file), backup.size <= fullCheckLimit, options).ok) return backup
    } catch {
      // Unreadable now (a share gone away): try the next one.
    }
  }
  return null
}

async function modifiedTime(file: string): Promise<string | null> {
  const times = await Promise.all(
    [file, `${file}-wal`].map((f) =>
      stat(f).then(
        (s) => s.mtimeMs,
        () => 0,
      ),
    ),
  )
  const newest = Math.max(...times)
  return newest > 0 ? new Date(newest).toISOString() : null
}

export async function describeDamage(
  databaseFile: string,
  problem: string,
  backupFolder: string,
  options: OpenOptions,
): Promise<DamagedWorkspace> {
  const backups = await listBackups(backupFolder)
  return {
    databaseFile,
    problem,
    backupFolder,
    backups,
    offered: await newestGoodBackup(backupFolder, backups, options),
    damagedModified: await modifiedTime(databaseFile),
  }
}

export interface DamagedStart {
  dataFolder: string
  databaseFile: string
  problem: string
  appVersion: string
  now: () => Date
  options: OpenOptions
}

/**
 * The context of a workspace whose file failed its check: an empty in-memory stand-in behind
 * `db`, so the shell and web mode run as usual, and `damage` saying what happened.
 */
export async function damagedContext(start: DamagedStart): Promise<Context> {
  const folder = backupFolderOfDamaged(start.databaseFile, start.dataFolder, start.options)
  const standIn = openDatabase(':memory:', start.options)
  return {
    ...standIn,
    dataFolder: start.dataFolder,
    databaseFile: start.databaseFile,
    schemaVersion: '',
    appVersion: start.appVersion,
    now: start.now,
    openOptions: start.options,
    damage: await describeDamage(start.databaseFile, start.problem, folder, start.options),
  }
}

const refuse = (message: string, field = 'file') => new AppError({ code: 'validation', message, field })

/** The backup the user named, refused unless it is one of ours in the folder and whole. */
async function checkedBackup(ctx: Context, folder: string, file: string): Promise<string> {
  const t = nb.backups.errors
  const path = backupPath(folder, file)
  if (path === null) throw refuse(format(t.notInFolder, { file, folder }))
  const info = await stat(path).catch(() => null)
  if (!info?.isFile()) throw refuse(format(t.missing, { file, folder }))
  if (!(await looksLikeDatabase(path))) throw refuse(format(t.notDatabase, { file }))
  const check = checkDatabaseFile(path, info.size <= fullCheckLimit, ctx.openOptions)
  if (!check.ok) throw refuse(format(t.damaged, { file, problem: check.problem }))
  return path
}

/**
 * Copies the backup beside the live file (same folder, so the swap is one rename) with the online
 * backup API, and brings it to the current schema there. A backup from a newer app version is
 * refused here, before anything else is touched.
 */
async function stage(ctx: Context, backup: string): Promise<{ staged: string; schemaVersion: string }> {
  const staged = join(ctx.dataFolder, `.gjenoppretter-${randomUUID()}.tmp`)
  try {
    const source = openReadOnly(backup, ctx.openOptions)
    try {
      await source.backup(staged)
    } finally {
      source.close()
    }
    const connection = openDatabase(staged, ctx.openOptions)
    try {
      // No backup of its own before migrating: the backup file is that copy, untouched.
      const report = await migrateToLatest(connection, staged, undefined, async () => backup)
      return { staged, schemaVersion: report.schemaVersion }
    } finally {
      await closeDatabase(connection)
    }
  } catch (error) {
    await removeQuietly(staged, `${staged}-wal`, `${staged}-shm`, `${staged}-journal`)
    if (error instanceof StartupError) throw refuse(error.message)
    throw error
  }
}

async function removeQuietly(...files: string[]) {
  for (const file of files) await unlink(file).catch(() => undefined)
}

/** Deletes a -wal or -shm that must not be paired with another database file; only "not there" is fine. */
async function removeCompanion(file: string) {
  await unlink(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error
  })
}

function adoptConnection(ctx: Context, schemaVersion: string) {
  const connection = openDatabase(ctx.databaseFile, ctx.openOptions)
  ctx.db = connection.db
  ctx.sqlite = connection.sqlite
  ctx.schemaVersion = schemaVersion
  resetChangeCount(ctx)
}

const stampOf = (time: Date) => `${time.toISOString().slice(0, 19).replace(/:/g, '-')}Z`

/**
 * Puts a backup in place of the live database. The choice is to close, swap files and reopen,
 * not to copy the backup into the live connection page by page: the swap is one rename, so a
 * crash halfway leaves either the old file or the new one, never a mix; the backup is copied and
 * migrated beside the live file first, so nothing is touched until it is known to be good.
 * With a healthy workspace the current state is backed up first (`før-gjenoppretting`); a damaged
 * file is moved aside as `sekretariat.sqlite.skadet-<time>` instead.
 */
export function restoreBackup(ctx: Context, file: string): Promise<RestoreResult> {
  return exclusive(ctx, async () => {
    const folder = ctx.damage?.backupFolder ?? backupFolderFromLive(ctx)
    const path = await checkedBackup(ctx, folder, file)
    const restored = (await listBackups(folder)).find((b) => b.file === file)
    if (!restored) throw refuse(format(nb.backups.errors.missing, { file, folder }))
    // Copied out first: the backup of the current state rotates the folder, and could take it away.
    const { staged, schemaVersion } = await stage(ctx, path)
    try {
      const savedFirst = ctx.damage ? null : await backupWhileExclusive(ctx, 'før-gjenoppretting')
      const damagedFile = ctx.damage ? await swapDamaged(ctx, staged) : await swapLive(ctx, staged)
      adoptConnection(ctx, schemaVersion)
      delete ctx.damage
      return { restored, savedFirst, damagedFile }
    } finally {
      await removeQuietly(staged)
    }
  })
}

/** Moves the damaged file (and its -wal, -shm) aside and puts the staged copy in its place. */
async function swapDamaged(ctx: Context, staged: string): Promise<string> {
  const live = ctx.databaseFile
  const damagedFile = `${live}.skadet-${stampOf(new Date())}`
  await rename(live, damagedFile)
  for (const suffix of ['-wal', '-shm']) {
    await rename(`${live}${suffix}`, `${damagedFile}${suffix}`).catch(() => undefined)
  }
  await rename(staged, live)
  // The empty stand-in is done with.
  ctx.sqlite.close()
  return damagedFile
}

/** Closes the live connection, swaps the files, and on any failure opens the old file again. */
async function swapLive(ctx: Context, staged: string): Promise<null> {
  const live = ctx.databaseFile
  // Holding Kysely's one connection: no transaction is half done when the file goes.
  await ctx.db.connection().execute(async () => {
    ctx.sqlite.close()
    try {
      // A -wal left beside the new file would be replayed into it: it must be gone first.
      await removeCompanion(`${live}-wal`)
      await removeCompanion(`${live}-shm`)
      await rename(staged, live)
    } catch (error) {
      adoptConnection(ctx, ctx.schemaVersion)
      throw error
    }
  })
  return null
}

function backupFolderFromLive(ctx: Context): string {
  return storedBackupFolder(ctx.sqlite) || defaultBackupFolder(ctx.dataFolder)
}
