import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import type { OperationName } from '../../shared/contract'
import type { Result } from '../../shared/result'
import { nb } from '../../shared/strings/nb'
import type { Context } from '../api/context'
import { describeError } from '../safe-log'

/** What the worker needs to open the workspace on its own. */
export interface WorkerSetup {
  databaseFile: string
  dataFolder: string
  schemaVersion: string
  appVersion: string
  nativeBinding?: string
}

export interface WorkRequest {
  id: number
  name: OperationName
  input: unknown
  /** The main thread's `ctx.now()`, as ISO text. */
  now: string
}

export interface WorkResponse {
  id: number
  result: Result<unknown>
}

export type OffThread = (name: OperationName, input: unknown) => Promise<Result<unknown>>

/**
 * Starts the worker thread that runs read-only operations (see `off-thread-operations.ts`) away
 * from the main thread. The worker is started on first use and again after it dies; a request
 * in flight when it dies gets a refusal, never a hang. Null when the built worker file is not
 * there (the TypeScript sources under test): the operations then run on the main thread.
 */
export function startOffThread(workerFile: string, ctx: Context): OffThread | null {
  if (!existsSync(workerFile)) return null
  const setup: WorkerSetup = {
    databaseFile: ctx.databaseFile,
    dataFolder: ctx.dataFolder,
    schemaVersion: ctx.schemaVersion,
    appVersion: ctx.appVersion,
    ...(ctx.openOptions?.nativeBinding ? { nativeBinding: ctx.openOptions.nativeBinding } : {}),
  }
  let worker: Worker | null = null
  let nextId = 1
  const pending = new Map<number, (result: Result<unknown>) => void>()

  const failAll = (error: unknown) => {
    console.error(`Arbeidstråden stoppet: ${describeError(error)}`)
    for (const settle of pending.values()) {
      settle({ ok: false, error: { code: 'internal', message: nb.errors.workStopped } })
    }
    pending.clear()
    worker = null
  }

  const started = () => {
    if (worker) return worker
    const created = new Worker(workerFile, { workerData: setup })
    created.on('message', (response: WorkResponse) => {
      pending.get(response.id)?.(response.result)
      pending.delete(response.id)
      if (pending.size === 0) created.unref()
    })
    created.on('error', failAll)
    created.on('exit', (code) => {
      if (pending.size > 0) failAll(new Error(`exit ${code}`))
      worker = null
    })
    worker = created
    return created
  }

  return (name, input) =>
    new Promise((resolve) => {
      const id = nextId++
      pending.set(id, resolve)
      const request: WorkRequest = { id, name, input, now: ctx.now().toISOString() }
      const running = started()
      // Held while it works (a script waiting on it must not end early), let go when idle, so an
      // idle worker never keeps the app from quitting.
      running.ref()
      running.postMessage(request)
    })
}
