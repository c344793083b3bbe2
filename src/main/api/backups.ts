import { randomUUID } from 'node:crypto'
import { stat, unlink, writeFile } from 'node:fs/promises'
import { isAbsolute, join } from 'node:path'
import type { BackupSettings } from '../../shared/backups'
import type { OperationName } from '../../shared/contract'
import type { ApiError } from '../../shared/result'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import { listBackups } from '../backup/backup-folder'
import { backupFolderOf, backupNow, defaultBackupFolder, lastBackupError } from '../backup/backups'
import { describeDamage, restoreBackup } from '../backup/recovery'
import { setSetting } from '../db/repositories/settings'
import { AppError } from '../errors'
import type { Context } from './context'
import type { HandlersOf } from './handler'

/** What still answers while the database file is damaged: enough to see and restore a backup. */
const recoveryOperations: readonly OperationName[] = [
  'workspace.status',
  'backups.list',
  'backups.settings',
  'backups.setFolder',
  'backups.restore',
]

/** The refusal for every other operation while the workspace is in the recovery state. */
export function refusedWhileDamaged(ctx: Context, name: OperationName): ApiError | null {
  if (!ctx.damage || recoveryOperations.includes(name)) return null
  return { code: 'conflict', message: nb.backups.errors.damagedWorkspace }
}

async function settings(ctx: Context): Promise<BackupSettings> {
  const folder = backupFolderOf(ctx)
  const backups = await listBackups(folder)
  return {
    folder,
    defaultFolder: defaultBackupFolder(ctx.dataFolder),
    latest: backups[0] ?? null,
    lastError: lastBackupError(ctx),
  }
}

const refuse = (message: string) => new AppError({ code: 'validation', message, field: 'folder' })

/** The folder must be there and take a file: a probe write is the only honest test on a share. */
async function requireWritableFolder(folder: string): Promise<void> {
  const t = nb.backups.errors
  if (!isAbsolute(folder)) throw refuse(t.folderNotAbsolute)
  const info = await stat(folder).catch(() => null)
  if (!info) throw refuse(format(t.folderMissing, { folder }))
  if (!info.isDirectory()) throw refuse(format(t.folderNotDirectory, { folder }))
  const probe = join(folder, `.~sekretariat-${randomUUID()}.tmp`)
  try {
    await writeFile(probe, '', { flag: 'wx' })
  } catch {
    throw refuse(format(t.folderNotWritable, { folder }))
  } finally {
    await unlink(probe).catch(() => undefined)
  }
}

export const backupHandlers: HandlersOf<'backups'> = {
  'backups.list': (ctx) => listBackups(backupFolderOf(ctx)),
  'backups.create': (ctx) => backupNow(ctx, 'manuell'),
  'backups.restore': (ctx, { file }) => restoreBackup(ctx, file),
  'backups.settings': (ctx) => settings(ctx),
  'backups.setFolder': async (ctx, { folder }) => {
    const path = folder.trim()
    const chosen = path === '' ? defaultBackupFolder(ctx.dataFolder) : path
    if (path !== '') await requireWritableFolder(path)
    if (ctx.damage) {
      // The damaged file cannot keep the choice: it only says where to look for now.
      ctx.damage = await describeDamage(ctx.damage.databaseFile, ctx.damage.problem, chosen, ctx.openOptions ?? {})
    } else {
      await setSetting(ctx.db, 'backups.folder', path)
    }
    return settings(ctx)
  },
}
