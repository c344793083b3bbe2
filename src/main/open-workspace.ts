import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Context } from './api/context'
import { openDatabase, type OpenOptions } from './db/connection'
import { migrateToLatest, StartupError } from './db/migrate'
import { nb } from '../shared/strings/nb'
import { format } from '../shared/text'

export const databaseFileName = 'sekretariat.sqlite'

export interface OpenWorkspaceOptions extends OpenOptions {
  appVersion: string
  now?: () => Date
}

/**
 * Opens (or creates) the workspace database in a data folder and brings its schema up to date.
 * Used by the Electron shell and by web mode alike, so both run the very same code.
 */
export async function openWorkspace(dataFolder: string, options: OpenWorkspaceOptions): Promise<Context> {
  mkdirSync(dataFolder, { recursive: true })
  const databaseFile = join(dataFolder, databaseFileName)
  let connection
  try {
    connection = openDatabase(databaseFile, options)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    throw new StartupError(format(nb.startup.openFailed, { file: databaseFile, message }))
  }
  try {
    const report = await migrateToLatest(connection, databaseFile)
    return {
      ...connection,
      dataFolder,
      databaseFile,
      schemaVersion: report.schemaVersion,
      appVersion: options.appVersion,
      now: options.now ?? (() => new Date()),
    }
  } catch (error) {
    connection.sqlite.close()
    throw error
  }
}
