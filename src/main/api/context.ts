import type { Kysely } from 'kysely'
import type Sqlite from 'better-sqlite3'
import type { DamagedWorkspace } from '../../shared/backups'
import type { OpenOptions } from '../db/connection'
import type { Database } from '../db/schema'
import type { OffThread } from '../work/off-thread'

/** What every handler gets: the open workspace and the facts about where it lives. */
export interface Context {
  db: Kysely<Database>
  sqlite: Sqlite.Database
  dataFolder: string
  databaseFile: string
  schemaVersion: string
  appVersion: string
  /** The clock, replaceable in tests. */
  now: () => Date
  /** Opens a file in the system's app for it; only the desktop app has one. */
  openFile?: (path: string) => Promise<void>
  /** How the live connection was opened; backups open their own read-only connections the same way. */
  openOptions?: OpenOptions
  /**
   * Set when the database file failed its check at start: `db` is then an empty stand-in and only
   * the recovery operations answer (see `backup/recovery.ts`) until a backup is restored.
   */
  damage?: DamagedWorkspace
  /** Runs the long read-only operations on a worker thread (see `work/`); absent: on this thread. */
  offThread?: OffThread
}
