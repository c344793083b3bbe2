import Sqlite from 'better-sqlite3'
import { Kysely, SqliteAdapter, SqliteDialect, type DialectAdapter } from 'kysely'
import type { Database } from './schema'

export interface Connection {
  /** The raw handle, for what Kysely does not cover: online backup, pragmas, closing. */
  sqlite: Sqlite.Database
  db: Kysely<Database>
}

export interface OpenOptions {
  /** Path to a better-sqlite3 addon built for this runtime (Electron in development). */
  nativeBinding?: string
}

/**
 * SQLite runs schema changes inside transactions, but Kysely's adapter says it does not, so its
 * Migrator would commit each step on its own. Saying so lets all pending migrations share one
 * transaction: a failure halfway leaves the file exactly as it was.
 */
class TransactionalDdlAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true
  }
}

class Dialect extends SqliteDialect {
  override createAdapter(): DialectAdapter {
    return new TransactionalDdlAdapter()
  }
}

export function openDatabase(file: string, options: OpenOptions = {}): Connection {
  const sqlite = new Sqlite(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  // WAL lets reads go on while a write commits; FULL makes each commit survive a power cut,
  // which matters more here than the few milliseconds it costs a small secretariat database.
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  // Deleted and overwritten content is zeroed, not left in free space: erased personal data
  // must really leave the file. It costs a little extra writing, nothing a register notices.
  sqlite.pragma('secure_delete = ON')
  const db = new Kysely<Database>({ dialect: new Dialect({ database: sqlite }) })
  return { sqlite, db }
}

export async function closeDatabase(connection: Connection): Promise<void> {
  // Kysely's destroy closes the better-sqlite3 handle it was given.
  await connection.db.destroy()
}
