import { spawn } from 'node:child_process'
import type Sqlite from 'better-sqlite3'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { invoke } from '../api'
import { closeDatabase, openDatabase } from '../db/connection'
import { databaseFileName, openWorkspace } from '../open-workspace'
import { tempFolder } from '../test-support/temp-workspace'
import { buildCrashWriter } from './build-writer'
import type { Line, Written } from './crash-writer'
import { seededRandom } from './seeded'

/**
 * SQLite promises that a committed transaction survives a crash. This test holds the app to it end
 * to end: a writer process writes through the handlers and is killed with SIGKILL at random moments,
 * hundreds of times, against the same few data folders (so damage would pile up). After each kill
 * the database must pass `integrity_check` and `foreign_key_check`, and every write the handler had
 * confirmed (the writer printed it after `invoke` answered ok) must be there with its value.
 *
 * What it relies on: WAL with synchronous=FULL (db/connection.ts). A process kill leaves the WAL
 * in the page cache of the OS, so even synchronous=NORMAL would survive it; FULL is what also
 * survives a power cut, which a test process cannot simulate. So this test proves the process-crash
 * half of the promise, and the setting in connection.ts carries the power-cut half.
 *
 * CRASH_KILLS sets the number of kills (default 200), CRASH_SEED repeats a run.
 */
const totalKills = Number(process.env.CRASH_KILLS ?? 200)
const seed = Number(process.env.CRASH_SEED ?? 8)
/** Parallel data folders: the writer's start-up dominates, so two lanes per core keep it short. */
const lanes = 4

interface Figures {
  kills: number
  killedDuringStartup: number
  confirmedWrites: number
  checksOfConfirmedWrites: number
  inFlightFoundCommitted: number
  inFlightFoundAbsent: number
  byOperation: Record<string, number>
  seconds: number
}

const figures: Figures = {
  kills: 0,
  killedDuringStartup: 0,
  confirmedWrites: 0,
  checksOfConfirmedWrites: 0,
  inFlightFoundCommitted: 0,
  inFlightFoundAbsent: 0,
  byOperation: {},
  seconds: 0,
}

let writer: string
const buildFolder = join(process.cwd(), 'node_modules', '.cache', `sekretariat-safety-${process.pid}`)
const folders: { path: string; remove: () => void }[] = []

beforeAll(async () => {
  // Inside the project, so the bundle finds better-sqlite3 in node_modules.
  mkdirSync(buildFolder, { recursive: true })
  writer = await buildCrashWriter(buildFolder)
}, 120_000)

afterAll(() => {
  rmSync(buildFolder, { recursive: true, force: true })
  for (const folder of folders) folder.remove()
})

interface RunResult {
  lines: Line[]
  stderr: string
  killedEarly: boolean
  exitedOnItsOwn: boolean
}

/** Starts the writer, kills it with SIGKILL after a random delay, and returns what it had printed. */
function runAndKill(folder: string, runSeed: number, run: number, next: () => number): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, folder, String(runSeed), String(run)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    let killed = false
    // One kill in ten lands during start-up (opening the database, recovering the WAL of the last crash).
    const killedEarly = next() < 0.1
    const delay = 20 + Math.floor(next() * 281)
    const kill = () => {
      killed = true
      child.kill('SIGKILL')
    }
    if (killedEarly) setTimeout(kill, delay)
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk: string) => {
      const first = stdout === ''
      stdout += chunk
      if (first && !killedEarly) setTimeout(kill, delay)
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', () => {
      // A line cut off by the kill has no newline yet and is not a confirmation.
      const complete = stdout.slice(0, stdout.lastIndexOf('\n') + 1)
      const lines = complete
        .split('\n')
        .filter((l) => l !== '')
        .map((l) => JSON.parse(l) as Line)
      resolve({ lines, stderr, killedEarly, exitedOnItsOwn: !killed })
    })
  })
}

type Key = string
const keyOf = (w: Written): Key | null =>
  w.op === 'title'
    ? `title ${w.id}`
    : w.op === 'respond'
      ? `respond ${w.meetingId} ${w.personId}`
      : w.op === 'status'
        ? `status ${w.reviewId} ${w.nodeId}`
        : null

/** What a folder is known to hold: every confirmed insert, and the last confirmed value of each key. */
interface Expected {
  inserts: Written[]
  values: Map<Key, Written>
}

/** Checks one folder after a kill; returns the problems found (empty when all is well). */
function check(file: string, expected: Expected, inFlight: Written | null): string[] {
  // The normal open (WAL, foreign keys on), as the app would open the file after the crash.
  const { sqlite } = openDatabase(file)
  const problems: string[] = []
  try {
    const integrity = sqlite.pragma('integrity_check', { simple: true })
    if (integrity !== 'ok') problems.push(`integrity_check: ${String(integrity)}`)
    const foreign = sqlite.pragma('foreign_key_check') as unknown[]
    if (foreign.length > 0) problems.push(`foreign_key_check: ${JSON.stringify(foreign.slice(0, 3))}`)

    // Prepared once per check: the list of writes to look at grows with every kill.
    const statements = new Map<string, Sqlite.Statement>()
    const get = (query: string, ...args: unknown[]) => {
      let statement = statements.get(query)
      if (!statement) statements.set(query, (statement = sqlite.prepare(query)))
      return statement.get(...args) as Record<string, unknown> | undefined
    }
    /** Is this write's value in the database? */
    const present = (w: Written): boolean => {
      switch (w.op) {
        case 'person': {
          const row = get('select name, email from person where id = ?', w.id)
          return row?.name === w.name && row.email === w.email
        }
        case 'title':
          return get('select title from person where id = ?', w.id)?.title === w.title
        case 'meeting': {
          const row = get('select body_id, date, place from meeting where id = ?', w.id)
          return row?.body_id === w.bodyId && row.date === w.date && row.place === w.place
        }
        case 'case': {
          const row = get('select body_id, title from case_item where id = ?', w.id)
          return row?.body_id === w.bodyId && row.title === w.title
        }
        case 'agenda':
          return (
            get('select id from agenda_item where meeting_id = ? and case_id = ?', w.meetingId, w.caseId) !== undefined
          )
        case 'respond': {
          const row = get(
            'select status, decline_reason from invitation where meeting_id = ? and person_id = ?',
            w.meetingId,
            w.personId,
          )
          return row?.status === w.status && row.decline_reason === w.reason
        }
        case 'status':
          return (
            get('select comment from measure_status where review_id = ? and node_id = ?', w.reviewId, w.nodeId)
              ?.comment === w.comment
          )
      }
    }

    // A keyed write that was under way when the process died may or may not have committed: either is
    // correct, and whichever it is becomes what the key must hold from now on.
    const inFlightKey = inFlight ? keyOf(inFlight) : null
    if (inFlight && inFlightKey) {
      if (present(inFlight)) {
        figures.inFlightFoundCommitted++
        expected.values.set(inFlightKey, inFlight)
      } else figures.inFlightFoundAbsent++
    }
    for (const w of [...expected.inserts, ...expected.values.values()]) {
      figures.checksOfConfirmedWrites++
      if (!present(w)) problems.push(`bekreftet skriving mangler: ${JSON.stringify(w)}`)
    }
  } finally {
    sqlite.close()
  }
  return problems
}

/** One data folder, killed again and again. */
async function lane(index: number, kills: number): Promise<string[]> {
  const folder = tempFolder(`sekretariat-krasj-${index}-`)
  folders.push(folder)
  const ctx = await openWorkspace(folder.path, { appVersion: '0.0.0-test' })
  const created = await invoke(ctx, 'workspace.create', { template: 'demo', name: 'Krasjtest' })
  await closeDatabase(ctx)
  if (!created.ok) return [`demo: ${created.error.message}`]

  const next = seededRandom(seed * 1000 + index)
  const expected: Expected = { inserts: [], values: new Map() }
  const problems: string[] = []
  for (let run = 0; run < kills && problems.length === 0; run++) {
    const result = await runAndKill(folder.path, Math.floor(next() * 2 ** 31), run, next)
    if (result.exitedOnItsOwn) {
      problems.push(`skriveren stoppet av seg selv i kjøring ${run}: ${result.stderr.slice(0, 500)}`)
      break
    }
    figures.kills++
    if (result.killedEarly) figures.killedDuringStartup++
    let inFlight: Written | null = null
    for (const line of result.lines) {
      if ('intent' in line) inFlight = line.intent
      if ('done' in line) {
        inFlight = null
        const w = line.done
        figures.confirmedWrites++
        figures.byOperation[w.op] = (figures.byOperation[w.op] ?? 0) + 1
        const key = keyOf(w)
        if (key) expected.values.set(key, w)
        else expected.inserts.push(w)
      }
    }
    problems.push(...check(join(folder.path, databaseFileName), expected, inFlight).map((p) => `kjøring ${run}: ${p}`))
  }
  return problems.map((p) => `mappe ${index}, ${p}`)
}

describe('a writer killed with SIGKILL at random moments', () => {
  it(`keeps the database whole and every confirmed write, through ${totalKills} kills`, async () => {
    const started = Date.now()
    const perLane = Array.from(
      { length: lanes },
      (_, i) => Math.floor(totalKills / lanes) + (i < totalKills % lanes ? 1 : 0),
    )
    const problems = (await Promise.all(perLane.map((kills, i) => lane(i, kills)))).flat()
    figures.seconds = Math.round((Date.now() - started) / 100) / 10

    console.log(
      `Krasjtest: ${figures.kills} SIGKILL (${figures.killedDuringStartup} under oppstart) i ${lanes} mapper på ` +
        `${figures.seconds} s; ${figures.confirmedWrites} bekreftede skrivinger ` +
        `(${JSON.stringify(figures.byOperation)}), kontrollert ${figures.checksOfConfirmedWrites} ganger; ` +
        `skriving under arbeid ved drapet: ${figures.inFlightFoundCommitted} lagret, ${figures.inFlightFoundAbsent} ikke`,
    )
    mkdirSync(join(process.cwd(), '.tmp', 'reports'), { recursive: true })
    writeFileSync(
      join(process.cwd(), '.tmp', 'reports', 'crash.json'),
      JSON.stringify({ seed, lanes, problems, ...figures }, null, 2),
    )
    expect(problems).toEqual([])
    expect(figures.kills).toBe(totalKills)
    // The kills must land among the writes, not only before them.
    expect(figures.confirmedWrites).toBeGreaterThan(totalKills)
  }, 600_000)
})
