import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { invoke } from '../api'
import type { Context } from '../api/context'
import { closeDatabase } from '../db/connection'
import { openWorkspace } from '../open-workspace'
import type { InputOf, OperationName, OutputOf } from '../../shared/contract'
import type { Result } from '../../shared/result'

export function tempFolder(prefix = 'sekretariat-test-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix))
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) }
}

export interface TestWorkspace {
  ctx: Context
  folder: string
  /** Calls an operation exactly as IPC and HTTP do, validation included. */
  call: <N extends OperationName>(name: N, input: InputOf<N>) => Promise<Result<OutputOf<N>>>
  /** Like `call`, but fails the test unless the operation succeeded. */
  must: <N extends OperationName>(name: N, input: InputOf<N>) => Promise<OutputOf<N>>
  close: () => Promise<void>
}

/** A real workspace on a real SQLite file in a temporary folder, with the real migrations. */
export async function openTestWorkspace(now = new Date('2026-11-23T10:00:00Z')): Promise<TestWorkspace> {
  const folder = tempFolder()
  const ctx = await openWorkspace(folder.path, { appVersion: '0.0.0-test', now: () => now })
  const call = <N extends OperationName>(name: N, input: InputOf<N>) =>
    invoke(ctx, name, input) as Promise<Result<OutputOf<N>>>
  const must = async <N extends OperationName>(name: N, input: InputOf<N>) => {
    const result = await call(name, input)
    if (!result.ok) throw new Error(`${name} feilet: ${result.error.message} (${result.error.field ?? '-'})`)
    return result.value
  }
  return {
    ctx,
    folder: folder.path,
    call,
    must,
    close: async () => {
      await closeDatabase(ctx)
      folder.remove()
    },
  }
}
