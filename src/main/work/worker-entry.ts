import { parentPort, workerData } from 'node:worker_threads'
import Sqlite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Context } from '../api/context'
import { invoke } from '../api'
import type { Database } from '../db/schema'
import type { WorkerSetup, WorkRequest, WorkResponse } from './off-thread'

/**
 * The worker thread behind `off-thread.ts`: runs one read-only operation at a time through the
 * same `invoke` as the main thread, on a connection of its own. A connection per job, opened
 * read-only: it sees everything main has committed, can never write, and follows the file when a
 * restore puts another one in its place.
 */

const setup = workerData as WorkerSetup

async function run(request: WorkRequest): Promise<WorkResponse> {
  const sqlite = new Sqlite(setup.databaseFile, {
    readonly: true,
    fileMustExist: true,
    ...(setup.nativeBinding ? { nativeBinding: setup.nativeBinding } : {}),
  })
  sqlite.pragma('busy_timeout = 5000')
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
  const ctx: Context = {
    db,
    sqlite,
    dataFolder: setup.dataFolder,
    databaseFile: setup.databaseFile,
    schemaVersion: setup.schemaVersion,
    appVersion: setup.appVersion,
    // The main thread's clock at the request: web mode's --today and the tests' fixed day hold here too.
    now: () => new Date(request.now),
    openOptions: setup.nativeBinding ? { nativeBinding: setup.nativeBinding } : {},
  }
  try {
    return { id: request.id, result: await invoke(ctx, request.name, request.input) }
  } finally {
    await db.destroy()
  }
}

let queue: Promise<unknown> = Promise.resolve()
parentPort?.on('message', (request: WorkRequest) => {
  // One job at a time: the jobs are CPU work, and in parallel they would only wait for each other.
  queue = queue.then(async () => parentPort?.postMessage(await run(request)))
})
