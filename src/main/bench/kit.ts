import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { version } from '../../../package.json'
import type { InputOf, OperationName, OutputOf } from '../../shared/contract'
import { invoke } from '../api'
import type { Context } from '../api/context'
import { closeDatabase } from '../db/connection'
import { openWorkspace } from '../open-workspace'

/** Timing helpers for `npm run bench`: every call goes through `invoke`, the path IPC and HTTP take. */

export interface Figure {
  what: string
  runs: number
  median: number
  /** NaN where a figure is a single run or an average. */
  p95: number
  /** Milliseconds the issue sets as the goal; shown in the label and judged on p95. */
  target?: number
}

/** Calls an operation and returns its value; a failure ends the benchmark. */
export type Call = <N extends OperationName>(name: N, input: InputOf<N>) => Promise<OutputOf<N>>

/**
 * Runs `work` on a fresh workspace in a temporary folder (a real SQLite file), then removes it.
 * The context is there for building large data directly; timings go through `call`.
 */
export async function withWorkspace<T>(work: (call: Call, ctx: Context) => Promise<T>): Promise<T> {
  const folder = mkdtempSync(join(tmpdir(), 'sekretariat-bench-'))
  const ctx = await openWorkspace(folder, { appVersion: version })
  const call: Call = async (name, input) => {
    const result = await invoke(ctx, name, input)
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
    return result.value as OutputOf<typeof name>
  }
  try {
    return await work(call, ctx)
  } finally {
    await closeDatabase(ctx)
    rmSync(folder, { recursive: true, force: true })
  }
}

/** Median and 95th percentile of `runs` timed calls, after one untimed warm-up (statement cache, JIT). */
export async function time(what: string, runs: number, work: () => Promise<unknown>, target?: number): Promise<Figure> {
  return timeEach(what, runs, async () => measure(work), target)
}

/** Milliseconds one call of `work` takes. */
export async function measure(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  await work()
  return performance.now() - start
}

/**
 * Like `time`, for runs that need untimed work around the timed part (undoing what a run did):
 * each run returns the milliseconds it measured, with `measure`. Run 0 is the warm-up.
 */
export async function timeEach(
  what: string,
  runs: number,
  run: (index: number) => Promise<number>,
  target?: number,
): Promise<Figure> {
  const samples: number[] = []
  await run(0)
  for (let i = 1; i <= runs; i++) samples.push(await run(i))
  samples.sort((a, b) => a - b)
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]
  return { what, runs, median: at(0.5), p95: at(0.95), target }
}

/** One run of `work`, without warm-up; with `count`, the time per step of the `count` it takes. */
export async function once<T>(what: string, work: () => Promise<T>, count = 1): Promise<[Figure, T]> {
  const start = performance.now()
  const value = await work()
  return [{ what, runs: count, median: (performance.now() - start) / count, p95: Number.NaN }, value]
}

const label = (f: Figure) => (f.target === undefined ? f.what : `${f.what} [mål < ${f.target} ms]`)
const verdict = (f: Figure) => (f.target === undefined ? '' : f.p95 < f.target ? 'nådd' : 'IKKE NÅDD')
const ms = (n: number) => (Number.isNaN(n) ? '-' : n.toFixed(2)).padStart(9)

export function printFigures(figures: readonly Figure[]) {
  const width = Math.max(...figures.map((f) => label(f).length))
  console.log('Sekretariat benchmark (ms)')
  console.log('operasjon'.padEnd(width), 'kjøringer'.padStart(9), 'median'.padStart(9), 'p95'.padStart(9), '  mål')
  for (const f of figures) {
    console.log(label(f).padEnd(width), String(f.runs).padStart(9), ms(f.median), ms(f.p95), ` ${verdict(f)}`)
  }
}
