import { z } from 'zod'
import { optionalText, requiredText } from './schema-kit'

/**
 * Why a backup was taken; the word is part of the file name (`2026-11-30T10-00-00Z start.sqlite`),
 * so a user looking in the folder sees when and why without the app.
 */
export const backupReasons = ['start', 'før-migrering', 'før-import', 'før-gjenoppretting', 'time', 'manuell'] as const
export type BackupReason = (typeof backupReasons)[number]

export interface BackupEntry {
  /** The file name inside the backups folder: the only way operations name a backup. */
  file: string
  reason: BackupReason
  /** When it was taken (ISO 8601, UTC). */
  time: string
  size: number
  /** The file starts like an SQLite database of a plausible size; the full check runs on restore. */
  ok: boolean
}

export interface BackupSettings {
  /** Where backups go now. */
  folder: string
  /** The folder used when the user has not chosen one: `<data folder>/sikkerhetskopier`. */
  defaultFolder: string
  /** The newest backup, if any. */
  latest: BackupEntry | null
  /** Set when the last automatic backup failed (e.g. the network share was not reachable). */
  lastError: string | null
}

/**
 * What the app knows when the database file failed its check at start. The file is left as it
 * was; the user is offered the newest backup that passes the check.
 */
export interface DamagedWorkspace {
  databaseFile: string
  /** What SQLite said, for support. */
  problem: string
  backupFolder: string
  /** The newest backup that passed the full check, the one the screen offers. */
  offered: BackupEntry | null
  /** Every backup in the folder, newest first. */
  backups: BackupEntry[]
  /** When the damaged file was last written: changes between `offered.time` and this are lost. */
  damagedModified: string | null
}

export interface RestoreResult {
  restored: BackupEntry
  /** The backup of the state just replaced; null when that state was a damaged file (kept aside instead). */
  savedFirst: BackupEntry | null
  /** Where the damaged file was moved, when there was one. */
  damagedFile: string | null
}

export const backupFileInput = z.object({ file: requiredText(255) }).strict()

/** '' goes back to the default folder. */
export const backupFolderInput = z.object({ folder: optionalText(1000) }).strict()
