import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { contract, operationNames, type OperationName } from '../../shared/contract'
import { errorCodes, type Result } from '../../shared/result'
import { invoke } from '../api'
import { openTestWorkspace, type TestWorkspace } from '../test-support/temp-workspace'
import { changedTables, installChangeCounter } from './change-counter'
import { describeInput, hintsOf, mutated, nearValid, randomValue, textsOf, type Pool } from './fuzz-arbitraries'
import { fixtures, readRowRefs, type Refs } from './fuzz-fixtures'

/**
 * Every operation of the contract, called with random, mutated and nearly valid inputs on the demo
 * workspace. Each answer must be a success or a typed refusal with a Norwegian message: never a
 * thrown exception, never `internal` (an unforeseen exception in a handler), and a refusal must
 * leave the database exactly as it was (no partial write).
 *
 * FUZZ_RUNS sets the runs per operation and kind (default 24); FUZZ_SEED repeats a run.
 */
const runs = Number(process.env.FUZZ_RUNS ?? 24)
const seed = Number(process.env.FUZZ_SEED ?? 20261123)

/** Operations that build files or parse big ones: a third of the runs keeps the test fast. */
const slow = new Set<OperationName>([
  'workspace.export',
  'workspace.inspectImport',
  'workspace.import',
  'cycle.exportWheel',
  'cases.importDocx',
  'plans.exportXlsx',
  'plans.previewXlsx',
  'plans.importXlsx',
  'plans.exportOverviewPng',
  'documents.make',
  'archive.export',
  'backups.create',
  'backups.restore',
])

/**
 * Writes that remove things run after everything else (so the others meet the demo intact), and
 * the import that replaces the whole register runs last of all.
 */
const rank = (name: OperationName) =>
  name === 'workspace.import' || name === 'backups.restore'
    ? 2
    : /\.(delete|remove\w*|erase)$/.test(name) || name === 'cases.withdraw'
      ? 1
      : 0
const ordered = [...operationNames].sort((a, b) => rank(a) - rank(b))

const kinds = ['random', 'mutated', 'nearValid'] as const
/** `mixed`: near-valid calls to operations picked at random, so states arise that one operation alone never meets. */
type Kind = (typeof kinds)[number] | 'mixed'

interface Failure {
  operation: string
  kind: Kind
  problem: string
  input: string
}

const tally = {
  calls: 0,
  byKind: { random: 0, mutated: 0, nearValid: 0, mixed: 0 } as Record<Kind, number>,
  succeeded: 0,
  connectionsReplaced: 0,
  refused: {} as Record<string, number>,
  /** Per operation: how its answers came out ('ok' or the error code). */
  byOperation: {} as Record<string, Record<string, number>>,
}
const failures: Failure[] = []
let ws: TestWorkspace
let refs: Refs
/** Ids of real rows, for near-valid inputs. */
let ids: number[]
/** The counter lives on one connection; a restore opens a new one, and the counter follows it. */
let countedOn: unknown
let readCounts: () => Map<string, number>
function counts(): Map<string, number> {
  if (ws.ctx.sqlite !== countedOn) {
    countedOn = ws.ctx.sqlite
    readCounts = installChangeCounter(ws.ctx.sqlite)
  }
  return readCounts()
}
const started = Date.now()

// A handler's unexpected exception is logged by `invoke`; keep the log with the failure it explains.
const logged: string[] = []

beforeAll(async () => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    logged.push(args.map(String).join(' '))
  })
  ws = await openTestWorkspace()
  await ws.must('workspace.create', { template: 'demo', name: 'Helsefellesskapet i Agder' })
  const rows = readRowRefs(ws.ctx.sqlite)

  // A small real workspace file: the demo's own would make every import fuzz run slow.
  const small = await openTestWorkspace()
  await small.must('workspace.create', { template: 'empty', name: 'Lite' })
  const region = await small.must('regions.save', { name: 'Region Vest' })
  const kommune = await small.must('organisations.save', {
    name: 'Lindesnes kommune',
    kind: 'kommune',
    regionId: region.id,
  })
  await small.must('people.save', { name: 'Kari Nordmann', organisationId: kommune.id })
  const workspaceFile = (await small.must('workspace.export', {})).document
  await small.close()

  const xlsx = (await ws.must('plans.exportXlsx', { planId: rows.plan, reviewId: rows.review })).content
  const docx = (await ws.must('documents.make', { kind: 'caseDocument', id: rows.case })).content
  const backupFile = (await ws.must('backups.create', {})).file
  refs = { ...rows, workspaceFile, xlsx, docx, backupFile }
  ids = [...new Set(Object.values(rows).filter((v) => typeof v === 'number'))]
}, 120_000)

afterAll(async () => {
  vi.restoreAllMocks()
  const report = {
    seed,
    runsPerKind: runs,
    operations: ordered.length,
    calls: tally.calls,
    byKind: tally.byKind,
    succeeded: tally.succeeded,
    connectionsReplaced: tally.connectionsReplaced,
    refused: tally.refused,
    failures: failures.length,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    byOperation: tally.byOperation,
  }
  console.log(
    `API-fuzz: ${report.calls} kall (${Object.entries(report.byKind)
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}) mot ${report.operations} operasjoner på ${report.seconds} s; ` +
      `${report.succeeded} lyktes, avvist: ${JSON.stringify(report.refused)}; feil: ${report.failures}; seed ${seed}`,
  )
  mkdirSync(join(process.cwd(), '.tmp', 'reports'), { recursive: true })
  writeFileSync(join(process.cwd(), '.tmp', 'reports', 'fuzz.json'), JSON.stringify(report, null, 2))
  await ws?.close()
})

const poolFor = (name: OperationName): Pool => ({
  ids,
  hints: hintsOf(z.toJSONSchema(contract[name].input, { io: 'input', unrepresentable: 'any' })),
})

/** Groups failures by operation, kind and first line: one line each, with how often it came. */
function summarise(found: Failure[]): string[] {
  const distinct = new Map<string, Failure & { times: number }>()
  for (const f of found) {
    const key = `${f.operation} ${f.kind} ${f.problem.split('\n')[0]}`
    const seen = distinct.get(key)
    if (seen) seen.times++
    else distinct.set(key, { ...f, times: 1 })
  }
  return [...distinct.values()].map((f) => `${f.operation} ${f.kind} ×${f.times}: ${f.problem}\n  input: ${f.input}`)
}

/** What is wrong with one answer, or null when it is a success or a proper refusal. */
function problemWith(result: Result<unknown>, changed: string[], input: unknown): string | null {
  if (result.ok) return null
  const { code, message } = result.error
  if (!errorCodes.includes(code)) return `ukjent feilkode ${String(code)}`
  if (code === 'internal') return `internal: ${logged.at(-1) ?? message}`
  if (typeof message !== 'string' || message.trim() === '') return `tom melding (${code})`
  // A message may quote a stored name (a plan node title is up to 1000 characters), but never echo
  // a caller's 100 000-character text.
  if (message.length > 2000) return `melding på ${message.length} tegn (${code}): ${message.slice(0, 300)}…`
  // Quoted input aside, a message shows no placeholder, no `undefined` and nothing from SQLite.
  const own = textsOf(input)
    .filter((t) => t !== '')
    .sort((a, b) => b.length - a.length)
    .reduce((rest, text) => rest.split(text.length > 40 ? text.slice(0, 40) : text).join(''), message)
  if (/\{\{|SQLITE|\[object |undefined/.test(own)) return `uferdig melding (${code}): ${message}`
  if (changed.length > 0) return `avvist (${code}: ${message}), men endret ${changed.join(', ')}`
  return null
}

/**
 * Folder settings take any absolute folder that exists, and archive exports and backups then write
 * there: a fuzzed `/` must not send them into the machine's root. Folders outside the temporary
 * area become one inside the test's workspace that does not exist.
 */
function confine(input: unknown): unknown {
  if (input === null || typeof input !== 'object' || !('folder' in input)) return input
  const folder = (input as { folder: unknown }).folder
  if (typeof folder !== 'string' || !isAbsolute(folder.trim()) || folder.trim().startsWith(tmpdir())) return input
  return { ...input, folder: join(ws.folder, 'utenfor-testen') }
}

async function call(name: OperationName, kind: Kind, raw: unknown): Promise<void> {
  const input = confine(raw)
  const before = counts()
  const connection = ws.ctx.sqlite
  let result: Result<unknown>
  try {
    result = await invoke(ws.ctx, name, input)
  } catch (error) {
    failures.push({ operation: name, kind, problem: `kastet: ${String(error)}`, input: describeInput(input) })
    return
  }
  // A restore puts another database file in place: there is nothing to compare with.
  const swapped = ws.ctx.sqlite !== connection
  if (swapped) tally.connectionsReplaced++
  const changed = swapped ? [] : changedTables(before, counts())
  tally.calls++
  tally.byKind[kind]++
  const outcome = result.ok ? 'ok' : result.error.code
  const answers = (tally.byOperation[name] ??= {})
  answers[outcome] = (answers[outcome] ?? 0) + 1
  if (result.ok) tally.succeeded++
  else tally.refused[result.error.code] = (tally.refused[result.error.code] ?? 0) + 1
  const problem = problemWith(result, changed, input)
  if (problem) failures.push({ operation: name, kind, problem, input: describeInput(input) })
}

describe('the partial-write detector', () => {
  it('sees a committed write and not a rolled-back one', async () => {
    const before = counts()
    const rolledBack = ws.ctx.db.transaction().execute(async (trx) => {
      await trx.insertInto('region').values({ name: 'Rulles tilbake' }).execute()
      throw new Error('rull tilbake')
    })
    await expect(rolledBack).rejects.toThrow('rull tilbake')
    expect(changedTables(before, counts())).toEqual([])
    const { id } = await ws.ctx.db
      .insertInto('region')
      .values({ name: 'Lagres' })
      .returning('id')
      .executeTakeFirstOrThrow()
    await ws.ctx.db.deleteFrom('region').where('id', '=', id).execute()
    expect(changedTables(before, counts())).toEqual(['region'])
  })
})

describe('every operation, with random and malformed input', () => {
  it.each(ordered)(
    '%s answers with a success or a typed refusal, never a partial write',
    async (name) => {
      // The backups taken by the fuzzing of backups.create have rotated the first one away.
      if (name === 'backups.restore') refs.backupFile = (await ws.must('backups.create', {})).file
      const valid: unknown = fixtures[name](refs)
      const pool = poolFor(name)
      const arbitraries: Record<(typeof kinds)[number], fc.Arbitrary<unknown>> = {
        random: randomValue,
        mutated: mutated(valid, pool),
        nearValid: nearValid(valid, pool),
      }
      const numRuns = slow.has(name) ? Math.max(4, Math.ceil(runs / 3)) : runs
      const before = failures.length
      for (const kind of kinds) {
        await fc.assert(
          fc.asyncProperty(arbitraries[kind], async (input) => {
            await call(name, kind, input)
          }),
          { numRuns, seed: seed + ordered.indexOf(name) * 3 + kinds.indexOf(kind) },
        )
      }
      expect(summarise(failures.slice(before))).toEqual([])
    },
    300_000,
  )

  it('answers every call the same way when the operations come in random order', async () => {
    // A fresh demo: the tests above have deleted much of theirs, and imported over it.
    await ws.close()
    ws = await openTestWorkspace()
    await ws.must('workspace.create', { template: 'demo', name: 'Helsefellesskapet i Agder' })
    refs = { ...refs, ...readRowRefs(ws.ctx.sqlite) }
    const candidates = ordered.filter((n) => !slow.has(n) && n !== 'workspace.create')
    const pick = fc
      .constantFrom(...candidates)
      .chain((name) => fc.tuple(fc.constant(name), nearValid(fixtures[name](refs), poolFor(name))))
    const before = failures.length
    await fc.assert(
      fc.asyncProperty(pick, async ([name, input]) => {
        await call(name, 'mixed', input)
      }),
      { numRuns: runs * 40, seed },
    )
    expect(summarise(failures.slice(before))).toEqual([])
  }, 600_000)
})
