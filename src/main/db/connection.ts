import Sqlite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
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

export function openDatabase(file: string, options: OpenOptions = {}): Connection {
  const sqlite = new Sqlite(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {})
  // WAL lets reads go on while a write commits; FULL makes each commit survive a power cut,
  // which matters more here than the few milliseconds it costs a small secretariat database.
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('synchronous = FULL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  return { sqlite, db }
}

export async function closeDatabase(connection: Connection): Promise<void> {
  // Kysely's destroy closes the better-sqlite3 handle it was given.
  await connection.db.destroy()
}
