import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { Migrator, type Migration, type MigrationProvider } from 'kysely'
import { migrations as allMigrations } from '../../../migrations'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import { writeBackup } from '../backup/backup-folder'
import type { Connection } from './connection'

/** A problem that stops the app from opening the workspace; the message is for the user. */
export class StartupError extends Error {
  override name = 'StartupError'
}

export interface MigrationReport {
  applied: string[]
  /** The copy written before pending migrations ran on an existing database, if any. */
  backupFile: string | null
  schemaVersion: string
}

const migrationTable = 'kysely_migration'

function appliedMigrations(connection: Connection): string[] {
  const table = connection.sqlite
    .prepare("select name from sqlite_master where type = 'table' and name = ?")
    .get(migrationTable)
  if (!table) return []
  return (
    connection.sqlite.prepare(`select name from ${migrationTable} order by name`).all() as { name: string }[]
  ).map((r) => r.name)
}

/** Returns the path of a backup of the database as it is now; `openWorkspace` passes its own. */
export type BackupBeforeMigration = () => Promise<string>

/** Without a workspace (tests, tools): into `sikkerhetskopier` beside the file, named the usual way. */
const backupBeside = (file: string) => async () => {
  const folder = join(dirname(file), 'sikkerhetskopier')
  const entry = await writeBackup(file, folder, 'før-migrering', new Date())
  return join(folder, entry.file)
}

/**
 * Brings the database up to the newest schema. Refuses a database that a newer version of the
 * app has migrated; backs up an existing database (`backup/`, online backup API) before changing
 * it; runs all pending migrations in one transaction, so a failure leaves the file as it was.
 */
export async function migrateToLatest(
  connection: Connection,
  file: string,
  migrations: Record<string, Migration> = allMigrations,
  backup: BackupBeforeMigration = backupBeside(file),
): Promise<MigrationReport> {
  const known = Object.keys(migrations).sort()
  const applied = appliedMigrations(connection)
  const unknown = applied.filter((name) => !known.includes(name))
  if (unknown.length > 0) {
    throw new StartupError(format(nb.startup.newerDatabase, { file, migration: unknown[unknown.length - 1] }))
  }
  const pending = known.filter((name) => !applied.includes(name))
  let backupFile: string | null = null
  if (pending.length > 0 && applied.length > 0 && existsSync(file)) {
    backupFile = await backup()
  }

  const provider: MigrationProvider = { getMigrations: async () => migrations }
  const migrator = new Migrator({ db: connection.db, provider })
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? pending[0] ?? '?'
    const message = error instanceof Error ? error.message : String(error)
    throw new StartupError(
      format(nb.startup.migrationFailed, { migration: failed, message, backup: backupFile ?? file }),
    )
  }
  return {
    applied: pending,
    backupFile,
    schemaVersion: known[known.length - 1] ?? '',
  }
}
