import { describe, expect, it } from 'vitest'
import type { BackupReason } from '../../shared/backups'
import {
  backupFileName,
  backupsToDelete,
  defaultRotation,
  parseBackupFileName,
  type NamedBackup,
} from './backup-rotation'

const at = (iso: string) => new Date(iso)
const hour = 3_600_000
const day = 24 * hour

function backup(time: Date, reason: BackupReason = 'time', seq = 1): NamedBackup {
  return { file: backupFileName(time, reason, seq), time, reason, seq }
}

const kept = (backups: NamedBackup[], now: Date) => {
  const gone = new Set(backupsToDelete(backups, now))
  return backups.filter((b) => !gone.has(b.file)).map((b) => b.file)
}

describe('backup file names', () => {
  it('say when (UTC, no colons) and why, and sort by time', () => {
    expect(backupFileName(at('2026-11-30T10:00:00.123Z'), 'start')).toBe('2026-11-30T10-00-00Z start.sqlite')
    expect(backupFileName(at('2026-11-30T10:00:00Z'), 'manuell', 2)).toBe('2026-11-30T10-00-00Z manuell 2.sqlite')
    const names = ['2026-12-01T00-00-00Z time.sqlite', '2026-11-30T23-59-59Z start.sqlite']
    expect([...names].sort()).toEqual([names[1], names[0]])
  })

  it('read back every reason', () => {
    for (const reason of ['start', 'før-migrering', 'før-import', 'før-gjenoppretting', 'time', 'manuell'] as const) {
      const time = at('2026-02-28T23:05:09Z')
      expect(parseBackupFileName(backupFileName(time, reason, 3))).toEqual({ time, reason, seq: 3 })
    }
  })

  it('ignore every file that is not ours', () => {
    for (const file of [
      'sekretariat.sqlite',
      'før-import-2026-11-23T10-00-00-000Z.sqlite',
      '2026-11-30T10-00-00Z start.sqlite-journal',
      '2026-11-30T10-00-00Z ukjent.sqlite',
      '2026-11-30T10-00-00Z start 1.sqlite',
      '2026-11-30T10-00-00Z start 0.sqlite',
      '2026-02-30T10-00-00Z start.sqlite',
      '2026-11-30T24-00-00Z start.sqlite',
      '../2026-11-30T10-00-00Z start.sqlite',
      '2026-11-30T10:00:00Z start.sqlite',
      ' 2026-11-30T10-00-00Z start.sqlite',
      '.skriver-1234.tmp',
    ]) {
      expect(parseBackupFileName(file), file).toBeNull()
    }
  })
})

describe('rotation', () => {
  const now = at('2026-11-30T10:30:00Z')

  it('keeps everything when there is nothing to thin out', () => {
    expect(backupsToDelete([], now)).toEqual([])
    const one = [backup(at('2026-11-30T10:00:00Z'))]
    expect(backupsToDelete(one, now)).toEqual([])
  })

  it('keeps the newest backup of all, however old', () => {
    const old = backup(at('2023-01-01T00:00:00Z'))
    const older = backup(at('2022-06-01T00:00:00Z'))
    expect(backupsToDelete([older, old], now)).toEqual([older.file])
  })

  it('keeps the newest backup of each of the last 24 hours', () => {
    // Every ten minutes for two days.
    const backups = Array.from({ length: 288 }, (_, i) => backup(new Date(now.getTime() - i * 10 * 60_000)))
    const left = kept(backups, now).map((f) => parseBackupFileName(f)?.time.getTime() ?? 0)
    const lastDay = left.filter((t) => now.getTime() - t < day)
    // 24 hours reach into 25 clock hours (10:30 back to 10:30 yesterday); each has exactly one.
    const hours = new Set(lastDay.map((t) => new Date(t).toISOString().slice(0, 13)))
    expect(hours.size).toBe(lastDay.length)
    expect(lastDay.length).toBe(25)
    // Each one is the newest of its hour: minute 50 (or now's own, 10:30).
    for (const t of lastDay) expect([30, 50]).toContain(new Date(t).getUTCMinutes())
    // Beyond 24 hours only day buckets: yesterday and the day before, newest of each.
    const older = left.filter((t) => now.getTime() - t >= day).map((t) => new Date(t).toISOString())
    expect(older).toEqual(['2026-11-28T23:50:00.000Z'])
  })

  it('keeps the newest of each of the last 14 days and each of the last 12 months', () => {
    // One backup at 08:00 every day for two years.
    const backups = Array.from({ length: 730 }, (_, i) =>
      backup(new Date(at('2026-11-30T08:00:00Z').getTime() - i * day)),
    )
    const left = kept(backups, now).map((f) => parseBackupFileName(f)?.time.toISOString().slice(0, 10))
    const days = left.filter((d) => (d ?? '') >= '2026-11-17')
    expect(days).toEqual(Array.from({ length: 14 }, (_, i) => `2026-11-${String(30 - i).padStart(2, '0')}`))
    const months = left.filter((d) => (d ?? '') < '2026-11-17')
    // The newest of each earlier month: the last day of October back to the last day of December 2025.
    expect(months).toEqual([
      '2026-10-31',
      '2026-09-30',
      '2026-08-31',
      '2026-07-31',
      '2026-06-30',
      '2026-05-31',
      '2026-04-30',
      '2026-03-31',
      '2026-02-28',
      '2026-01-31',
      '2025-12-31',
    ])
  })

  it('applied every hour for two years, never keeps more than 52 nor anything 12 months old', () => {
    let folder: NamedBackup[] = []
    const start = at('2025-01-01T00:00:00Z').getTime()
    for (let t = start; t < start + 730 * day; t += hour) {
      const time = new Date(t)
      folder.push(backup(time))
      const gone = new Set(backupsToDelete(folder, time))
      folder = folder.filter((b) => !gone.has(b.file))
      expect(folder.length).toBeLessThanOrEqual(24 + 1 + 14 + 12)
    }
    const end = new Date(start + 730 * day - hour)
    const oldest = Math.min(...folder.map((b) => b.time.getTime()))
    expect(end.getTime() - oldest).toBeLessThan(366 * day)
    // On the hour: 24 hours, 13 more days (today is among the hours), 11 more months.
    expect(folder.length).toBe(24 + 13 + 11)
  })

  it('keeps the newest before-migration, before-import, before-restore and manual backup for 30 days', () => {
    const sameDay = (h: number, reason: BackupReason) =>
      backup(at(`2026-11-10T${String(h).padStart(2, '0')}:00:00Z`), reason)
    const backups = [
      sameDay(8, 'manuell'),
      sameDay(9, 'før-import'),
      sameDay(10, 'før-migrering'),
      sameDay(11, 'før-gjenoppretting'),
      sameDay(12, 'før-import'), // the newest import backup: the 09:00 one goes
      sameDay(13, 'time'), // the newest of the day
    ]
    const left = kept(backups, now)
    expect(left).toEqual([backups[0].file, backups[2].file, backups[3].file, backups[4].file, backups[5].file])
  })

  it('lets a protected backup go after 30 days, when no other rule keeps it', () => {
    const protectedOne = backup(at('2026-10-29T09:00:00Z'), 'før-import')
    const newerSameMonth = backup(at('2026-10-30T09:00:00Z'), 'time')
    const newest = backup(at('2026-11-30T09:00:00Z'), 'time')
    const backups = [protectedOne, newerSameMonth, newest]
    expect(backupsToDelete(backups, at('2026-11-27T10:00:00Z'))).toEqual([])
    expect(backupsToDelete(backups, at('2026-11-28T10:00:00Z'))).toEqual([protectedOne.file])
    expect(defaultRotation.protectedDays).toBe(30)
  })

  it('keeps backups dated in the future (a clock was wrong)', () => {
    const future = backup(at('2027-05-01T00:00:00Z'))
    const futureToo = backup(at('2027-05-01T00:10:00Z'))
    expect(backupsToDelete([future, futureToo], now)).toEqual([])
  })

  it('picks the later of two backups in the same second by their counter, whatever the listing order', () => {
    const time = at('2026-11-20T10:00:00Z')
    const first = backup(time, 'time', 1)
    const second = backup(time, 'time', 2)
    const newest = backup(at('2026-11-30T10:00:00Z'))
    expect(backupsToDelete([first, second, newest], now)).toEqual([first.file])
    expect(backupsToDelete([newest, second, first], now)).toEqual([first.file])
  })
})
