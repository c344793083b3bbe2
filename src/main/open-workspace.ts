import { existsSync, mkdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Context } from './api/context'
import { backupFolderOf, backupNow, backupQuietly } from './backup/backups'
import { networkFileSystemAt } from './backup/network'
import { damagedContext, inspectDatabaseFile } from './backup/recovery'
import { openDatabase, type OpenOptions } from './db/connection'
import { migrateToLatest, StartupError } from './db/migrate'
import { nb } from '../shared/strings/nb'
import { format } from '../shared/text'

export const databaseFileName = 'sekretariat.sqlite'

export interface OpenWorkspaceOptions extends OpenOptions {
  appVersion: string
  now?: () => Date
  /** What makes a folder a network folder (null: local). Replaceable in tests. */
  networkFileSystem?: (folder: string) => Promise<string | null>
}

/**
 * Opens (or creates) the workspace database in a data folder and brings its schema up to date.
 * Used by the Electron shell and by web mode alike, so both run the very same code.
 *
 * Before anything writes to it: the folder must not be on a network file system (refused), and an
 * existing file must pass `pragma quick_check` read-only. A file that fails is left untouched and
 * the context comes back in the recovery state (`ctx.damage`), where the screen offers a backup.
 * A healthy existing file is backed up at every start, or before migrations when there are any.
 */
export async function openWorkspace(dataFolder: string, options: OpenWorkspaceOptions): Promise<Context> {
  mkdirSync(dataFolder, { recursive: true })
  const network = await (options.networkFileSystem ?? networkFileSystemAt)(dataFolder)
  if (network !== null) {
    throw new StartupError(format(nb.backups.startup.networkFolder, { folder: dataFolder, kind: network }))
  }
  const databaseFile = join(dataFolder, databaseFileName)
  const now = options.now ?? (() => new Date())
  const openOptions: OpenOptions = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}
  // An empty file is what SQLite makes of a new database: nothing to check or back up.
  const existed = existsSync(databaseFile) && statSync(databaseFile).size > 0

  if (existed) {
    const problem = inspectDatabaseFile(databaseFile, openOptions)
    if (problem !== null) {
      console.error(format(nb.backups.startup.damagedLog, { file: databaseFile }))
      return damagedContext({
        dataFolder,
        databaseFile,
        problem,
        appVersion: options.appVersion,
        now,
        options: openOptions,
      })
    }
  }

  let connection
  try {
    connection = openDatabase(databaseFile, openOptions)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new StartupError(format(nb.startup.openFailed, { file: databaseFile, message }))
  }
  const ctx: Context = {
    ...connection,
    dataFolder,
    databaseFile,
    schemaVersion: '',
    appVersion: options.appVersion,
    now,
    openOptions,
  }
  try {
    const report = await migrateToLatest(connection, databaseFile, undefined, async () => {
      const entry = await backupNow(ctx, 'før-migrering')
      return join(backupFolderOf(ctx), entry.file)
    })
    ctx.schemaVersion = report.schemaVersion
    if (existed && report.backupFile === null) await backupQuietly(ctx, 'start')
    return ctx
  } catch (error) {
    connection.sqlite.close()
    throw error
  }
}
