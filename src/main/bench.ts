import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { version } from '../../package.json'
import type { InputOf, OperationName } from '../shared/contract'
import { invoke } from './api'
import { closeDatabase } from './db/connection'
import { openWorkspace } from './open-workspace'

/**
 * `npm run bench`: times operations through `invoke`, the path IPC and HTTP take, on a real
 * SQLite file. Prints median and 95th percentile per operation. Figures, not assertions.
 */

interface Figure {
  what: string
  runs: number
  median: number
  p95: number
}

async function time(what: string, runs: number, work: () => Promise<unknown>): Promise<Figure> {
  const samples: number[] = []
  await work() // warm-up: statement cache and JIT
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    await work()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  const at = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]
  return { what, runs, median: at(0.5), p95: at(0.95) }
}

async function main() {
  const folder = mkdtempSync(join(tmpdir(), 'sekretariat-bench-'))
  const ctx = await openWorkspace(folder, { appVersion: version })
  const call = async <N extends OperationName>(name: N, input: InputOf<N>) => {
    const result = await invoke(ctx, name, input)
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
    return result.value as never
  }
  try {
    const figures: Figure[] = []
    const demoStart = performance.now()
    await call('workspace.create', { template: 'demo' })
    figures.push({
      what: 'workspace.create (demo-arbeidsområdet, én gang)',
      runs: 1,
      median: performance.now() - demoStart,
      p95: Number.NaN,
    })

    // Grow the register to the size the invitation issue names: 500 people, 300 roles.
    const organisations = (await call('organisations.list', {})) as { id: number }[]
    const start = performance.now()
    for (let i = 0; i < 340; i++) {
      const org = organisations[i % organisations.length]
      const person = (await call('people.save', { name: `Testperson ${i}`, organisationId: org.id })) as { id: number }
      if (i < 200) {
        const role = (await call('roles.save', {
          title: `Rådgiver ${i}`,
          kind: 'radgiver',
          organisationId: org.id,
        })) as { id: number }
        await call('roles.assignHolder', { roleId: role.id, personId: person.id, fromDate: '2024-01-01' })
      }
    }
    const grow = performance.now() - start
    const people = (await call('people.list', {})) as { id: number }[]
    const roles = (await call('roles.list', {})) as unknown[]
    const bodies = (await call('bodies.list', { search: 'OSS' })) as { id: number }[]

    figures.push({
      what: 'people.save + roles.save + roles.assignHolder (per person, snitt)',
      runs: 340,
      median: grow / 340,
      p95: Number.NaN,
    })
    figures.push(await time(`people.list (${people.length} personer)`, 50, () => call('people.list', {})))
    figures.push(await time('people.list med søk «ås»', 50, () => call('people.list', { search: 'ås' })))
    figures.push(await time(`roles.list (${roles.length} verv, innehaver i dag)`, 50, () => call('roles.list', {})))
    figures.push(await time('people.get (verv, medlemskap, vara)', 50, () => call('people.get', { id: people[10].id })))
    figures.push(await time('bodies.get OSS (medlemmer med vara)', 50, () => call('bodies.get', { id: bodies[0].id })))
    const exported = (await call('workspace.export', {})) as { document: unknown }
    figures.push(await time('workspace.export', 10, () => call('workspace.export', {})))
    figures.push(
      await time('workspace.import (kontroll + erstatt)', 10, () =>
        call('workspace.import', { document: exported.document }),
      ),
    )

    console.log('Sekretariat benchmark (ms)')
    console.log('operasjon'.padEnd(66), 'median'.padStart(9), 'p95'.padStart(9))
    for (const f of figures) {
      console.log(
        f.what.padEnd(66),
        f.median.toFixed(2).padStart(9),
        (Number.isNaN(f.p95) ? '-' : f.p95.toFixed(2)).padStart(9),
      )
    }
  } finally {
    await closeDatabase(ctx)
    rmSync(folder, { recursive: true, force: true })
  }
}

void main()
