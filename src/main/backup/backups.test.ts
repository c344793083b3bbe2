import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { join } from 'node:path'
import Sqlite from 'better-sqlite3'
import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { invoke } from '../api'
import type { Context } from '../api/context'
import type { InputOf, OperationName, OutputOf } from '../../shared/contract'
import type { Result } from '../../shared/result'
import { migrations } from '../../../migrations'
import { closeDatabase, openDatabase } from '../db/connection'
import { migrateToLatest, StartupError } from '../db/migrate'
import { backupFileName } from '../domain/backup-rotation'
import { databaseFileName, openWorkspace } from '../open-workspace'
import { openTestWorkspace, tempFolder, type TestWorkspace } from '../test-support/temp-workspace'
import { rotateBackups } from './backup-folder'
import { backupFolderOf, backupNow } from './backups'
import { networkFileSystemAt } from './network'
import { startBackupSchedule } from './schedule'

const cleanup: (() => Promise<void> | void)[] = []
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step()
})

async function demo(): Promise<TestWorkspace> {
  const ws = await openTestWorkspace()
  cleanup.push(() => ws.close())
  await ws.must('workspace.create', { template: 'demo' })
  return ws
}

const people = (sqlite: Sqlite.Database) =>
  (sqlite.prepare('select id, name from person order by id').all() as { id: number; name: string }[]).map(
    (p) => `${p.id}:${p.name}`,
  )

function readBackup(file: string) {
  const db = new Sqlite(file, { readonly: true })
  try {
    return {
      integrity: db.pragma('integrity_check', { simple: true }),
      journal: db.pragma('journal_mode', { simple: true }),
      people: people(db),
    }
  } finally {
    db.close()
  }
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

describe('a backup', () => {
  it('is a whole, single-file database with the same content as the workspace', async () => {
    const ws = await demo()
    const entry = await ws.must('backups.create', {})
    expect(entry.reason).toBe('manuell')
    expect(entry.file).toBe('2026-11-23T10-00-00Z manuell.sqlite')
    const folder = join(ws.folder, 'sikkerhetskopier')
    const copy = readBackup(join(folder, entry.file))
    expect(copy).toEqual({ integrity: 'ok', journal: 'delete', people: people(ws.ctx.sqlite) })
    // Nothing beside it: no -wal, -shm or temporary file.
    expect(readdirSync(folder)).toEqual([entry.file])
    expect((await ws.must('backups.list', {}))[0]).toMatchObject({ file: entry.file, ok: true, reason: 'manuell' })
  })

  it('stays whole while writes go on, and holds exactly a committed state', async () => {
    const ws = await demo()
    const before = people(ws.ctx.sqlite).length
    let writing = true
    let written = 0
    const writer = (async () => {
      while (writing) {
        await ws.must('people.save', { name: `Skriver ${written++}` })
        await new Promise((resolve) => setImmediate(resolve))
      }
    })()
    const entry = await backupNow(ws.ctx, 'manuell')
    writing = false
    await writer
    const copy = readBackup(join(backupFolderOf(ws.ctx), entry.file))
    expect(copy.integrity).toBe('ok')
    expect(written).toBeGreaterThan(0)
    // A prefix of the writes: every person up to some point, none after, none half.
    const live = people(ws.ctx.sqlite)
    expect(copy.people.length).toBeGreaterThanOrEqual(before)
    expect(copy.people).toEqual(live.slice(0, copy.people.length))
  })

  it('taken while a transaction is open holds the state before it, not an empty file', async () => {
    const ws = await demo()
    const committed = people(ws.ctx.sqlite)
    let release = () => {}
    const held = new Promise<void>((resolve) => (release = resolve))
    const transaction = ws.ctx.db.transaction().execute(async (trx) => {
      await sql`insert into person (name, title, email, phone, notes, created_at, updated_at) values ('Uferdig', '', '', '', '', '', '')`.execute(
        trx,
      )
      await held
    })
    await new Promise((resolve) => setTimeout(resolve, 10))
    const entry = await backupNow(ws.ctx, 'manuell')
    release()
    await transaction
    expect(readBackup(join(backupFolderOf(ws.ctx), entry.file)).people).toEqual(committed)
  })

  it('is taken before migrations when there are any, else at start; never for a fresh workspace', async () => {
    const folder = tempFolder()
    cleanup.push(folder.remove)
    const file = join(folder.path, databaseFileName)
    const backups = () => readdirSync(join(folder.path, 'sikkerhetskopier')).sort()
    // A database made by an older version: only the first migration.
    const old = openDatabase(file)
    const [firstMigration] = Object.keys(migrations).sort()
    await migrateToLatest(old, file, { [firstMigration]: migrations[firstMigration] })
    await closeDatabase(old)
    expect(existsSync(join(folder.path, 'sikkerhetskopier'))).toBe(false)

    const at = (iso: string) => ({ appVersion: 't', now: () => new Date(iso) })
    await closeDatabase(await openWorkspace(folder.path, at('2026-11-24T08:00:00Z')))
    expect(backups()).toEqual(['2026-11-24T08-00-00Z før-migrering.sqlite'])
    await closeDatabase(await openWorkspace(folder.path, at('2026-11-25T08:00:00Z')))
    expect(backups()).toEqual(['2026-11-24T08-00-00Z før-migrering.sqlite', '2026-11-25T08-00-00Z start.sqlite'])

    const fresh = tempFolder()
    cleanup.push(fresh.remove)
    await closeDatabase(await openWorkspace(fresh.path, at('2026-11-24T08:00:00Z')))
    expect(existsSync(join(fresh.path, 'sikkerhetskopier'))).toBe(false)
  })

  it('is taken before an import, and refuses the import when it cannot be written', async () => {
    const ws = await demo()
    const { document } = await ws.must('workspace.export', {})
    await ws.must('workspace.import', { document })
    expect((await ws.must('backups.list', {})).map((b) => b.reason)).toEqual(['før-import'])

    const other = tempFolder()
    cleanup.push(other.remove)
    await ws.must('backups.setFolder', { folder: other.path })
    // The folder goes away (a share disconnected): no backup, no import.
    other.remove()
    const refused = await ws.call('workspace.import', { document })
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error).toMatchObject({ field: 'folder' })
  })

  it('goes to the folder the user chose; a folder that is not there, or a relative path, is refused', async () => {
    const ws = await demo()
    const chosen = tempFolder()
    cleanup.push(chosen.remove)
    const relative = await ws.call('backups.setFolder', { folder: 'kopier' })
    expect(relative.ok || relative.error.field).toBe('folder')
    const missing = await ws.call('backups.setFolder', { folder: join(chosen.path, 'finnes-ikke') })
    expect(missing.ok || missing.error.message).toMatch(/finnes ikke/)

    const settings = await ws.must('backups.setFolder', { folder: chosen.path })
    expect(settings.folder).toBe(chosen.path)
    const entry = await ws.must('backups.create', {})
    expect(readdirSync(chosen.path)).toEqual([entry.file])
    expect((await ws.must('backups.settings', {})).latest?.file).toBe(entry.file)

    const back = await ws.must('backups.setFolder', { folder: '' })
    expect(back.folder).toBe(join(ws.folder, 'sikkerhetskopier'))
  })

  it('is written hourly by the schedule only when something changed', async () => {
    const ws = await demo()
    await backupNow(ws.ctx, 'manuell')
    const stop = startBackupSchedule(ws.ctx, { intervalMs: 20 })
    cleanup.push(stop)
    await new Promise((resolve) => setTimeout(resolve, 120))
    expect((await ws.must('backups.list', {})).map((b) => b.reason)).toEqual(['manuell'])
    await ws.must('people.save', { name: 'Ny etter kopien' })
    await expect.poll(async () => (await ws.must('backups.list', {})).map((b) => b.reason)).toContain('time')
    stop()
    const times = (await ws.must('backups.list', {})).filter((b) => b.reason === 'time')
    expect(times).toHaveLength(1)
  })
})

describe('rotation in the folder', () => {
  it('deletes exactly what the rules let go, and never a file that is not a backup', async () => {
    const ws = await demo()
    const entry = await backupNow(ws.ctx, 'manuell')
    const folder = backupFolderOf(ws.ctx)
    const source = join(folder, entry.file)
    const now = new Date('2026-11-30T10:30:00Z')
    const at = (iso: string, reason: Parameters<typeof backupFileName>[1] = 'time') => {
      const name = backupFileName(new Date(iso), reason)
      copyFileSync(source, join(folder, name))
      return name
    }
    const keep = [
      at('2026-11-30T10:10:00Z'),
      at('2026-11-30T09:50:00Z'),
      at('2026-11-29T08:00:00Z'),
      at('2026-10-31T08:00:00Z'),
      at('2026-11-05T08:00:00Z', 'før-import'),
    ]
    const go = [
      at('2026-11-30T10:05:00Z'),
      at('2026-11-29T07:00:00Z'),
      at('2026-10-30T08:00:00Z'),
      at('2025-06-01T08:00:00Z'),
      at('2026-11-04T08:00:00Z', 'før-import'),
    ]
    writeFileSync(join(folder, 'notater.txt'), 'mine')
    writeFileSync(join(folder, 'før-import-2026-01-01.sqlite'), 'gammel')
    const deleted = await rotateBackups(folder, now)
    expect(deleted.sort()).toEqual([...go].sort())
    // The manual backup the test started from is the newest manual one: kept for 30 days.
    expect(readdirSync(folder).sort()).toEqual(
      [...keep, entry.file, 'notater.txt', 'før-import-2026-01-01.sqlite'].sort(),
    )
  })
})

describe('restoring a backup', () => {
  it('brings back the old state and keeps the state it replaced as a before-restore backup', async () => {
    const ws = await demo()
    const [person] = await ws.must('people.list', {})
    const backup = await ws.must('backups.create', {})
    await ws.must('people.save', { id: person.id, name: 'Omdøpt Etterpå' })
    expect((await ws.must('people.get', { id: person.id })).person.name).toBe('Omdøpt Etterpå')

    const result = await ws.must('backups.restore', { file: backup.file })
    expect(result.restored.file).toBe(backup.file)
    expect(result.savedFirst?.reason).toBe('før-gjenoppretting')
    expect((await ws.must('people.get', { id: person.id })).person.name).toBe(person.name)
    // The connection is new and whole; writes go on as before.
    expect(ws.ctx.sqlite.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(ws.ctx.sqlite.pragma('journal_mode', { simple: true })).toBe('wal')
    await ws.must('people.save', { name: 'Etter gjenopprettingen' })

    const saved = readBackup(join(backupFolderOf(ws.ctx), result.savedFirst?.file ?? ''))
    expect(saved.people).toContain(`${person.id}:Omdøpt Etterpå`)
    expect((await ws.must('backups.list', {})).map((b) => b.file)).toContain(backup.file)
  })

  it('refuses names outside the folder, files that are not backups, and damaged backups', async () => {
    const ws = await demo()
    const folder = backupFolderOf(ws.ctx)
    mkdirSync(folder, { recursive: true })
    const notDb = backupFileName(new Date('2026-11-20T10:00:00Z'), 'manuell')
    writeFileSync(join(folder, notDb), 'dette er ikke en database')
    const good = await backupNow(ws.ctx, 'manuell')
    const broken = backupFileName(new Date('2026-11-21T10:00:00Z'), 'manuell')
    const bytes = readFileSync(join(folder, good.file))
    corruptMiddle(bytes)
    writeFileSync(join(folder, broken), bytes)

    const cases: [string, RegExp][] = [
      ['../sekretariat.sqlite', /er ikke en sikkerhetskopi/],
      [`../sikkerhetskopier/${good.file}`, /er ikke en sikkerhetskopi/],
      [join(folder, good.file), /er ikke en sikkerhetskopi/],
      ['sekretariat.sqlite', /er ikke en sikkerhetskopi/],
      [backupFileName(new Date('2026-01-01T00:00:00Z'), 'time'), /finnes ikke/],
      [notDb, /ikke en SQLite-database/],
      [broken, /er skadet/],
    ]
    const before = people(ws.ctx.sqlite)
    for (const [file, message] of cases) {
      const result = await ws.call('backups.restore', { file })
      expect(result.ok, file).toBe(false)
      if (!result.ok) {
        expect(result.error.field).toBe('file')
        expect(result.error.message).toMatch(message)
        expect(result.error.message).toMatch(/^Fil: /)
      }
    }
    expect(people(ws.ctx.sqlite)).toEqual(before)
    // Nothing was backed up "before restore" for a restore that never happened.
    expect((await ws.must('backups.list', {})).map((b) => b.reason)).not.toContain('før-gjenoppretting')
  })
})

/** Overwrites one page in the middle of an SQLite file with noise. */
function corruptMiddle(bytes: Buffer) {
  const page = bytes.readUInt16BE(16)
  const middle = Math.floor(bytes.length / page / 2) * page
  for (let i = 0; i < page; i++) bytes[middle + i] = (i * 151 + 7) & 0xff
}

describe('a damaged database at start', () => {
  async function preparedFolder() {
    const folder = tempFolder()
    cleanup.push(folder.remove)
    const now = () => new Date('2026-11-23T10:00:00Z')
    const first = await openWorkspace(folder.path, { appVersion: 't', now })
    await invoke(first, 'workspace.create', { template: 'demo' })
    await closeDatabase(first)
    // The second start writes the start backup the recovery will offer.
    const second = await openWorkspace(folder.path, { appVersion: 't', now })
    await closeDatabase(second)
    return { folder: folder.path, file: join(folder.path, databaseFileName) }
  }

  const call = <N extends OperationName>(ctx: Context, name: N, input: InputOf<N>) =>
    invoke(ctx, name, input) as Promise<Result<OutputOf<N>>>

  async function openDamaged(folder: string): Promise<Context> {
    const ctx = await openWorkspace(folder, { appVersion: 't', now: () => new Date('2026-11-24T09:00:00Z') })
    cleanup.push(() => closeDatabase(ctx).catch(() => undefined))
    return ctx
  }

  it.each([
    [
      'bytes overwritten in the middle',
      (file: string) => {
        const bytes = readFileSync(file)
        corruptMiddle(bytes)
        writeFileSync(file, bytes)
      },
    ],
    [
      'a file that is not SQLite at all',
      (file: string) => writeFileSync(file, 'Dette er et Word-dokument.\n'.repeat(400)),
    ],
  ])('(%s) is not opened or written to, and the newest good backup is offered', async (_, damage) => {
    const { folder, file } = await preparedFolder()
    damage(file)
    const hash = sha(file)

    const ctx = await openDamaged(folder)
    expect(ctx.damage?.offered?.file).toBe('2026-11-23T10-00-00Z start.sqlite')
    const status = await call(ctx, 'workspace.status', {})
    expect(status.ok && status.value.damaged?.offered?.reason).toBe('start')
    const refused = await call(ctx, 'people.list', {})
    expect(refused.ok || refused.error.message).toMatch(/Databasen er skadet/)
    expect((await call(ctx, 'workspace.create', { template: 'empty', name: 'x' })).ok).toBe(false)
    expect((await call(ctx, 'backups.create', {})).ok).toBe(false)
    expect((await call(ctx, 'backups.list', {})).ok).toBe(true)
    expect(sha(file)).toBe(hash)

    const restored = await call(ctx, 'backups.restore', { file: '2026-11-23T10-00-00Z start.sqlite' })
    expect(restored.ok).toBe(true)
    if (!restored.ok) return
    expect(restored.value.savedFirst).toBeNull()
    expect(restored.value.damagedFile).toMatch(/sekretariat\.sqlite\.skadet-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ$/)
    expect(sha(restored.value.damagedFile ?? '')).toBe(hash)
    expect(ctx.damage).toBeUndefined()
    const list = await call(ctx, 'people.list', {})
    expect(list.ok && list.value.length).toBeGreaterThan(100)
    const status2 = await call(ctx, 'workspace.status', {})
    expect(status2.ok && status2.value.initialised).toBe(true)
  })

  it('says so when there is no good backup, and can look in another folder', async () => {
    const { folder, file } = await preparedFolder()
    const elsewhere = tempFolder()
    cleanup.push(elsewhere.remove)
    const [start] = readdirSync(join(folder, 'sikkerhetskopier'))
    copyFileSync(join(folder, 'sikkerhetskopier', start), join(elsewhere.path, start))
    writeFileSync(join(folder, 'sikkerhetskopier', start), 'ødelagt')
    writeFileSync(file, 'ikke en database')

    const ctx = await openDamaged(folder)
    expect(ctx.damage?.offered).toBeNull()
    expect(ctx.damage?.backups.map((b) => b.ok)).toEqual([false])
    const moved = await call(ctx, 'backups.setFolder', { folder: elsewhere.path })
    expect(moved.ok).toBe(true)
    expect(ctx.damage?.offered?.file).toBe(start)
  })
})

describe('the data folder on a network drive', () => {
  it('is refused before anything is opened, with the reason', async () => {
    const folder = tempFolder()
    cleanup.push(folder.remove)
    const opening = openWorkspace(folder.path, { appVersion: 't', networkFileSystem: async () => 'nfs4' })
    await expect(opening).rejects.toBeInstanceOf(StartupError)
    await expect(opening).rejects.toThrow(/nettverksområde \(nfs4\).*WAL/)
    expect(existsSync(join(folder.path, databaseFileName))).toBe(false)
  })

  it('is not claimed for a local folder', async () => {
    const folder = tempFolder()
    cleanup.push(folder.remove)
    expect(await networkFileSystemAt(folder.path)).toBeNull()
  })
})
