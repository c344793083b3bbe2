import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sql, type Migration } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { migrations } from '../../../migrations'
import { openWorkspace } from '../open-workspace'
import { tempFolder } from '../test-support/temp-workspace'
import { closeDatabase, openDatabase } from './connection'
import { migrateToLatest, StartupError } from './migrate'

const folders: { remove: () => void }[] = []
const folder = () => {
  const f = tempFolder()
  folders.push(f)
  return f.path
}
afterEach(() => folders.splice(0).forEach((f) => f.remove()))

const names = Object.keys(migrations).sort()
const prefix = (count: number) => Object.fromEntries(names.slice(0, count).map((n) => [n, migrations[n]]))

describe('migrations', () => {
  it('create a fresh database with WAL and foreign keys on', async () => {
    const dir = folder()
    const ctx = await openWorkspace(dir, { appVersion: 'test' })
    expect(ctx.schemaVersion).toBe(names[names.length - 1])
    expect(ctx.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(ctx.sqlite.pragma('foreign_keys', { simple: true })).toBe(1)
    expect(ctx.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000)
    await closeDatabase(ctx)
    // A fresh file has nothing to lose: no backup is written.
    expect(readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([])
  })

  // Keep this pattern as migrations are added: every earlier step must upgrade cleanly.
  it.each(names.map((_, i) => i))(
    'upgrade a database made by the first %i migration(s) to the latest',
    async (count) => {
      const dir = folder()
      const file = join(dir, 'sekretariat.sqlite')
      const old = openDatabase(file)
      await migrateToLatest(old, file, prefix(count))
      await closeDatabase(old)

      const current = openDatabase(file)
      const report = await migrateToLatest(current, file)
      expect(report.applied).toEqual(names.slice(count))
      expect(report.schemaVersion).toBe(names[names.length - 1])
      const integrity = current.sqlite.pragma('integrity_check', { simple: true })
      expect(integrity).toBe('ok')
      await closeDatabase(current)
      if (count > 0) expect(report.backupFile && existsSync(report.backupFile)).toBe(true)
    },
  )

  it('carry register data from 0010 through 0020: bodies get the default deadline rules', async () => {
    const dir = folder()
    const file = join(dir, 'sekretariat.sqlite')
    const old = openDatabase(file)
    await migrateToLatest(old, file, prefix(1))
    await sql`insert into body (name, short_code, level, case_label_format, default_duration_minutes, created_at, updated_at)
      values ('Overordnet strategisk samarbeidsutvalg', 'OSS', 'strategisk', 'OSS-sak {nr}/{år}', 180, '2026-01-01', '2026-01-01')`.execute(
      old.db,
    )
    await closeDatabase(old)

    const current = openDatabase(file)
    await migrateToLatest(current, file)
    const body = current.sqlite
      .prepare('select short_code, case_deadline_working_days, notice_days, minutes_working_days from body')
      .get()
    const meetings = current.sqlite.prepare('select count(*) as n from meeting').get()
    await closeDatabase(current)
    expect(body).toEqual({
      short_code: 'OSS',
      case_deadline_working_days: 10,
      notice_days: 7,
      minutes_working_days: 10,
    })
    expect(meetings).toEqual({ n: 0 })
  })

  it('back up an existing database before pending migrations run', async () => {
    const dir = folder()
    const file = join(dir, 'sekretariat.sqlite')
    const first = openDatabase(file)
    await migrateToLatest(first, file)
    await sql`insert into region (name) values ('Region Lister')`.execute(first.db)
    await closeDatabase(first)

    const extra: Record<string, Migration> = {
      ...migrations,
      '9999_extra': { up: async (db) => void (await sql`create table extra (id integer)`.execute(db)) },
    }
    const again = openDatabase(file)
    const report = await migrateToLatest(again, file, extra)
    await closeDatabase(again)
    expect(report.applied).toEqual(['9999_extra'])
    expect(report.backupFile).not.toBeNull()
    const backup = openDatabase(report.backupFile ?? '')
    const rows = backup.sqlite.prepare('select name from region').all()
    const tables = backup.sqlite.prepare("select name from sqlite_master where name = 'extra'").all()
    await closeDatabase(backup)
    expect(rows).toEqual([{ name: 'Region Lister' }])
    expect(tables).toEqual([])
  })

  it('leave the database as it was when a migration fails', async () => {
    const dir = folder()
    const file = join(dir, 'sekretariat.sqlite')
    const first = openDatabase(file)
    await migrateToLatest(first, file)
    await closeDatabase(first)

    const failing: Record<string, Migration> = {
      ...migrations,
      '9998_good_part': { up: async (db) => void (await sql`create table half_done (id integer)`.execute(db)) },
      '9999_broken': { up: async (db) => void (await sql`alter table no_such_table add column x text`.execute(db)) },
    }
    const again = openDatabase(file)
    const attempt = migrateToLatest(again, file, failing)
    await expect(attempt).rejects.toBeInstanceOf(StartupError)
    await expect(attempt).rejects.toThrow(/Oppgraderingen av databasen stoppet ved «9999_broken».*ikke endret/)
    const tables = again.sqlite.prepare("select name from sqlite_master where name = 'half_done'").all()
    const applied = again.sqlite.prepare('select name from kysely_migration').all()
    await closeDatabase(again)
    expect(tables).toEqual([])
    expect(applied).toEqual(names.map((name) => ({ name })))
  })

  it('refuse a database written by a newer version and leave it untouched', async () => {
    const dir = folder()
    const file = join(dir, 'sekretariat.sqlite')
    const future: Record<string, Migration> = {
      ...migrations,
      '9999_from_the_future': { up: async (db) => void (await sql`create table future (id integer)`.execute(db)) },
    }
    const newer = openDatabase(file)
    await migrateToLatest(newer, file, future)
    newer.sqlite.pragma('wal_checkpoint(TRUNCATE)')
    await closeDatabase(newer)
    const before = readFileSync(file)

    await expect(openWorkspace(dir, { appVersion: 'test' })).rejects.toThrow(
      /laget av en nyere versjon av Sekretariat.*«9999_from_the_future»/,
    )
    expect(readFileSync(file).equals(before)).toBe(true)
  })
})
