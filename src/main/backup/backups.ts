import { join } from 'node:path'
import type Sqlite from 'better-sqlite3'
import type { BackupEntry, BackupReason } from '../../shared/backups'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import type { Context } from '../api/context'
import { AppError } from '../errors'
import { rotateBackups, writeBackup } from './backup-folder'
import { describeError } from '../safe-log'

/**
 * Backups of the open workspace: where they go, one at a time, and what the schedule needs to
 * know (was anything written since the last one, did the last one fail).
 */

export const defaultBackupFolderName = 'sikkerhetskopier'
export const defaultBackupFolder = (dataFolder: string) => join(dataFolder, defaultBackupFolderName)

interface BackupState {
  /** Backups and restores of one workspace run one after the other. */
  queue: Promise<unknown>
  /** `total_changes()` when the last backup started: more since then means there is something new. */
  changesAtLastBackup: number
  lastError: string | null
}

const states = new WeakMap<Context, BackupState>()

function stateOf(ctx: Context): BackupState {
  let state = states.get(ctx)
  if (!state) {
    state = { queue: Promise.resolve(), changesAtLastBackup: 0, lastError: null }
    states.set(ctx, state)
  }
  return state
}

/** Runs `work` after every backup or restore already queued for this workspace. */
export function exclusive<T>(ctx: Context, work: () => Promise<T>): Promise<T> {
  const state = stateOf(ctx)
  const result = state.queue.then(work, work)
  state.queue = result.catch(() => undefined)
  return result
}

/** Rows written through the live connection since it was opened (rolled-back writes count too: harmless). */
export function totalChanges(sqlite: Sqlite.Database): number {
  return (sqlite.prepare('select total_changes() as n').get() as { n: number }).n
}

/** The connection was replaced (restore): its counter starts again at zero. */
export function resetChangeCount(ctx: Context): void {
  stateOf(ctx).changesAtLastBackup = 0
}

export function hasChangesSinceBackup(ctx: Context): boolean {
  return totalChanges(ctx.sqlite) > stateOf(ctx).changesAtLastBackup
}

export function lastBackupError(ctx: Context): string | null {
  return stateOf(ctx).lastError
}

/**
 * The folder the user chose (a setting), or `<data folder>/sikkerhetskopier`. Read with plain SQL
 * so it also works before migrations, when Kysely's view of the schema may not hold yet.
 */
export function backupFolderOf(ctx: Context): string {
  if (ctx.damage) return ctx.damage.backupFolder
  return storedBackupFolder(ctx.sqlite) || defaultBackupFolder(ctx.dataFolder)
}

export function storedBackupFolder(sqlite: Sqlite.Database): string {
  try {
    const row = sqlite.prepare("select value from setting where key = 'backups.folder'").get() as
      { value: string } | undefined
    return row?.value ?? ''
  } catch {
    return '' // no setting table yet: a database from before the first migration
  }
}

/** Writes a backup now (after any running one) and rotates the folder. The caller holds no lock. */
export function backupNow(ctx: Context, reason: BackupReason): Promise<BackupEntry> {
  return exclusive(ctx, () => backupWhileExclusive(ctx, reason))
}

/** For work that already runs inside `exclusive` (a restore backs up first). */
export async function backupWhileExclusive(ctx: Context, reason: BackupReason): Promise<BackupEntry> {
  const state = stateOf(ctx)
  const folder = backupFolderOf(ctx)
  const changes = totalChanges(ctx.sqlite)
  try {
    const createFolder = folder === defaultBackupFolder(ctx.dataFolder)
    const entry = await writeBackup(ctx.databaseFile, folder, reason, ctx.now(), ctx.openOptions, createFolder)
    state.changesAtLastBackup = changes
    state.lastError = null
    await rotateBackups(folder, ctx.now())
    return entry
  } catch (error) {
    const message = format(nb.backups.errors.backupFailed, {
      folder,
      message: error instanceof Error ? error.message : String(error),
    })
    state.lastError = message
    throw new AppError({ code: 'conflict', message, field: 'folder' })
  }
}

/** A backup the app takes on its own (at start, every hour): a failure is noted and shown, never fatal. */
export async function backupQuietly(ctx: Context, reason: BackupReason): Promise<BackupEntry | null> {
  try {
    return await backupNow(ctx, reason)
  } catch (error) {
    // The kind of error only: the message can name a folder under the user's name.
    console.error(`Sikkerhetskopi feilet: ${describeError(error)}`)
    return null
  }
}
