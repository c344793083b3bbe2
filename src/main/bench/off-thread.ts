import { performance } from 'node:perf_hooks'
import type { Context } from '../api/context'
import { startOffThread } from '../work/off-thread'
import type { Call, Figure } from './kit'

/**
 * The rule for long work: the main thread, which answers the window, must not stall for
 * more than about 50 ms. Each figure is the longest pause of the main thread's event loop while
 * one operation runs, on the worker thread and, for comparison, on the main thread itself.
 */
async function longestPause(work: () => Promise<unknown>): Promise<number> {
  // A timer every millisecond, as IPC and HTTP requests would arrive: the longest gap between two
  // of its turns (or between the last turn and the end of the work) is how long main was stalled.
  let last = performance.now()
  let longest = 0
  const ticker = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
  }, 1)
  try {
    await work()
  } finally {
    clearInterval(ticker)
  }
  return Math.max(longest, performance.now() - last)
}

function figure(what: string, pauses: number[], target?: number): Figure {
  const sorted = [...pauses].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]
  return { what, runs: pauses.length, median: at(0.5), p95: at(0.95), target }
}

export async function offThreadFigures(call: Call, ctx: Context, workerFile: string): Promise<Figure[]> {
  await call('workspace.create', { template: 'demo' })
  const meetings = await call('meetings.list', { year: 2026 })
  const next = meetings.find((m) => m.bodyShortCode === 'OSS' && m.number === 5)
  const [plan] = await call('plans.list', {})
  if (!next || !plan) throw new Error('Demo-arbeidsområdet mangler OSS-møte 5 eller handlingsplanen')
  const jobs: [string, () => Promise<unknown>][] = [
    ['møtepakke (documents.make)', () => call('documents.make', { kind: 'package', id: next.id, year: null })],
    ['Vedlegg 1 (documents.make)', () => call('documents.make', { kind: 'actionPlan', id: plan.id, year: null })],
    ['hele arbeidsområdet som JSON (workspace.export)', () => call('workspace.export', {})],
  ]
  const offThread = startOffThread(workerFile, ctx)
  if (!offThread) throw new Error(`Fant ikke arbeidstråden ${workerFile}; kjør npm run bench (bygger først)`)
  const figures: Figure[] = []
  for (const [what, job] of jobs) {
    ctx.offThread = offThread
    await job() // warm-up: the worker starts and loads its modules once
    const worker: number[] = []
    for (let i = 0; i < 10; i++) worker.push(await longestPause(job))
    ctx.offThread = undefined
    const main: number[] = []
    for (let i = 0; i < 10; i++) main.push(await longestPause(job))
    figures.push(figure(`lengste pause i hovedtråden: ${what}, i arbeidstråden`, worker, 50))
    figures.push(figure(`  til sammenligning: i hovedtråden`, main))
  }
  const backup: number[] = []
  for (let i = 0; i < 5; i++) backup.push(await longestPause(() => call('backups.create', {})))
  figures.push(figure('lengste pause i hovedtråden: sikkerhetskopi (steg for steg)', backup, 50))
  return figures
}
