import { existsSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { Migrator, type Migration, type MigrationProvider } from 'kysely'
import { migrations as allMigrations } from '../../../migrations'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
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

function backupName(file: string, before: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\..*/, '')
  return join(dirname(file), `${basename(file)}.${stamp}.før-${before}.bak`)
}

/**
 * Brings the database up to the newest schema. Refuses a database that a newer version of the
 * app has migrated; copies an existing database (online backup API) before changing it; runs all
 * pending migrations in one transaction, so a failure leaves the file as it was.
 */
export async function migrateToLatest(
  connection: Connection,
  file: string,
  migrations: Record<string, Migration> = allMigrations,
  now = new Date(),
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
    backupFile = backupName(file, pending[0], now)
    await connection.sqlite.backup(backupFile)
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
