import { backupReasons, type BackupReason } from '../../shared/backups'

/**
 * Backup file names and which backups to keep. Pure: the backup module lists the folder, asks
 * `backupsToDelete`, and deletes what it answers.
 *
 * A name says when (UTC, so names sort by time and need no colon, which Windows refuses) and why:
 * `2026-11-30T10-00-00Z start.sqlite`. Two backups of the same kind in the same second get a
 * counter: `2026-11-30T10-00-00Z manuell 2.sqlite`.
 */

export interface BackupName {
  time: Date
  reason: BackupReason
  /** 1 for the first backup of this kind in this second, 2 for the next, … */
  seq: number
}

const pattern = new RegExp(
  `^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2})-(\\d{2})-(\\d{2})Z (${backupReasons.join('|')})(?: ([2-9]|[1-9]\\d+))?\\.sqlite$`,
)

export function backupFileName(time: Date, reason: BackupReason, seq = 1): string {
  const stamp = time.toISOString().slice(0, 19).replace(/:/g, '-')
  return `${stamp}Z ${reason}${seq > 1 ? ` ${seq}` : ''}.sqlite`
}

/** The time and reason in a backup's file name; null for any other file (never touched). */
export function parseBackupFileName(file: string): BackupName | null {
  const m = pattern.exec(file)
  if (!m) return null
  const [y, mo, d, h, mi, s] = m.slice(1, 7).map(Number)
  const time = new Date(Date.UTC(y, mo - 1, d, h, mi, s))
  // 2026-02-30 would roll over into March: such a name was not written by us.
  if (time.getUTCMonth() !== mo - 1 || time.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return null
  return { time, reason: m[7] as BackupReason, seq: m[8] ? Number(m[8]) : 1 }
}

export interface RotationPolicy {
  /** The newest backup of each hour in the last this many hours. */
  hours: number
  /** The newest backup of each day in the last this many days. */
  days: number
  /** The newest backup of each calendar month in the last this many months (this month included). */
  months: number
  /** The newest backup of each of these kinds is kept until it is this many days old. */
  protectedDays: number
  protectedReasons: readonly BackupReason[]
}

/**
 * 24 hourly, 14 daily, 12 monthly. Backups taken before something drastic (a migration, an
 * import, a restore) or by the user's own hand are what someone comes looking for after a
 * mistake, often days later; the newest of each such kind is kept for 30 days even when newer
 * hourly backups share its hour or day. Nothing is older than 12 months, which the README
 * promises about erased personal data.
 */
export const defaultRotation: RotationPolicy = {
  hours: 24,
  days: 14,
  months: 12,
  protectedDays: 30,
  protectedReasons: ['før-migrering', 'før-import', 'før-gjenoppretting', 'manuell'],
}

export interface NamedBackup extends BackupName {
  file: string
}

const hourMs = 3_600_000
const dayMs = 24 * hourMs

/** Newest first; equal times by counter, then by name, so the answer never depends on listing order. */
export function newestFirst<T extends NamedBackup>(backups: readonly T[]): T[] {
  return [...backups].sort(
    (a, b) => b.time.getTime() - a.time.getTime() || b.seq - a.seq || (a.file < b.file ? 1 : a.file > b.file ? -1 : 0),
  )
}

/**
 * The files to delete. Always kept: the newest backup of all, whatever its age (the one good copy
 * after a long pause must not go); backups dated in the future (a clock was wrong: better keep
 * than guess). Buckets are UTC hours, days and months.
 */
export function backupsToDelete(
  backups: readonly NamedBackup[],
  now: Date,
  policy: RotationPolicy = defaultRotation,
): string[] {
  const sorted = newestFirst(backups)
  const keep = new Set<string>()
  if (sorted.length > 0) keep.add(sorted[0].file)

  const nowMs = now.getTime()
  const monthIndex = (d: Date) => d.getUTCFullYear() * 12 + d.getUTCMonth()
  const tiers: { within: (b: NamedBackup) => boolean; bucket: (b: NamedBackup) => string }[] = [
    {
      within: (b) => nowMs - b.time.getTime() < policy.hours * hourMs,
      bucket: (b) => b.time.toISOString().slice(0, 13),
    },
    {
      within: (b) => nowMs - b.time.getTime() < policy.days * dayMs,
      bucket: (b) => b.time.toISOString().slice(0, 10),
    },
    {
      within: (b) => monthIndex(now) - monthIndex(b.time) < policy.months,
      bucket: (b) => b.time.toISOString().slice(0, 7),
    },
  ]
  for (const tier of tiers) {
    const seen = new Set<string>()
    for (const b of sorted) {
      if (!tier.within(b)) continue
      const bucket = tier.bucket(b)
      if (seen.has(bucket)) continue
      seen.add(bucket)
      keep.add(b.file)
    }
  }
  for (const reason of policy.protectedReasons) {
    const newest = sorted.find((b) => b.reason === reason)
    if (newest && nowMs - newest.time.getTime() < policy.protectedDays * dayMs) keep.add(newest.file)
  }
  for (const b of sorted) if (b.time.getTime() > nowMs) keep.add(b.file)

  return sorted.filter((b) => !keep.has(b.file)).map((b) => b.file)
}
