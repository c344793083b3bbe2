import { mkdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import JSZip from 'jszip'
import { build } from 'vite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ExportedFile } from '../../shared/cycle'
import type { Result } from '../../shared/result'
import { invoke } from '../api'
import { openTestWorkspace, type TestWorkspace } from '../test-support/temp-workspace'
import { startOffThread } from './off-thread'

/**
 * The worker thread for long read-only work, built as the app builds it (one entry, packages left
 * to node_modules) and driven through `invoke`: the same answers as on the main thread, and no way
 * to write through it.
 */

const outDir = fileURLToPath(new URL('../../../.tmp/off-thread-test', import.meta.url))
let workerFile: string
let ws: TestWorkspace

beforeAll(async () => {
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(outDir, { recursive: true })
  await build({
    configFile: false,
    logLevel: 'warn',
    ssr: { external: true },
    build: {
      ssr: fileURLToPath(new URL('./worker-entry.ts', import.meta.url)),
      outDir,
      emptyOutDir: false,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'work-worker.js', format: 'es' } },
    },
  })
  workerFile = join(outDir, 'work-worker.js')
  ws = await openTestWorkspace()
  await ws.must('workspace.create', { template: 'demo' })
}, 120_000)

afterAll(() => {
  void ws?.close()
  rmSync(outDir, { recursive: true, force: true })
})

describe('long read-only work on the worker thread', () => {
  it('makes the same document as the main thread, from what main has committed', async () => {
    const offThread = startOffThread(workerFile, ws.ctx)
    expect(offThread).not.toBeNull()
    const [plan] = await ws.must('plans.list', {})
    const request = { kind: 'actionPlan', id: plan.id, year: null }
    const inline = (await invoke(ws.ctx, 'documents.make', request)) as Result<ExportedFile>
    ws.ctx.offThread = offThread ?? undefined
    try {
      // A write on main just before: the worker's own connection sees it.
      await ws.must('plans.save', {
        id: plan.id,
        title: 'Handlingsplan, revidert',
        periodFrom: plan.periodFrom,
        periodTo: plan.periodTo,
        ownerBodyId: plan.ownerBodyId,
      })
      const made = (await invoke(ws.ctx, 'documents.make', request)) as Result<ExportedFile>
      expect(made.ok && inline.ok).toBe(true)
      if (!made.ok || !inline.ok) return
      const xml = await (
        await JSZip.loadAsync(Buffer.from(made.value.content, 'base64'))
      )
        .file('word/document.xml')
        ?.async('string')
      expect(xml).toContain('Handlingsplan, revidert')
      // Same document kind and plan: the same name (the title is not in it).
      expect(made.value.fileName).toBe(inline.value.fileName)
      const refused = await invoke(ws.ctx, 'documents.make', { kind: 'actionPlan', id: 999_999, year: null })
      expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } })
    } finally {
      ws.ctx.offThread = undefined
    }
  })

  it('cannot write: its connection is read-only', async () => {
    const offThread = startOffThread(workerFile, ws.ctx)
    if (!offThread) throw new Error('no worker')
    // Not an operation main would send there; asked anyway, the database refuses and nothing changes.
    const before = await ws.must('people.list', {})
    const result = await offThread('people.save', { name: 'Skal ikke lagres' })
    expect(result.ok).toBe(false)
    expect(await ws.must('people.list', {})).toHaveLength(before.length)
  })
})
