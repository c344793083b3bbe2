import type { Call, Figure } from './bench/kit'
import { once, printFigures, time, withWorkspace } from './bench/kit'
import { caseFigures } from './bench/cases'
import { cycleFigures } from './bench/cycle'
import { documentFigures } from './bench/documents'
import { invitationFigures } from './bench/invitations'
import { planFigures } from './bench/plans'
import { planExportFigures } from './bench/plan-exports'
import { offThreadFigures } from './bench/off-thread'
import { fileURLToPath } from 'node:url'

/**
 * `npm run bench`: times operations through `invoke`, the path IPC and HTTP take, on a real
 * SQLite file. Prints median and 95th percentile per operation. Figures, not assertions.
 */

/** The register on the demo workspace, grown to the size the invitation issue names: 500 people, 300 roles. */
async function registerFigures(call: Call): Promise<Figure[]> {
  const [demo] = await once('workspace.create (demo-arbeidsområdet, én gang)', () =>
    call('workspace.create', { template: 'demo' }),
  )
  const organisations = await call('organisations.list', {})
  const [grow] = await once(
    'people.save + roles.save + roles.assignHolder (per person, snitt)',
    async () => {
      for (let i = 0; i < 340; i++) {
        const org = organisations[i % organisations.length]
        const person = await call('people.save', { name: `Testperson ${i}`, organisationId: org.id })
        if (i >= 200) continue
        const role = await call('roles.save', { title: `Rådgiver ${i}`, kind: 'radgiver', organisationId: org.id })
        await call('roles.assignHolder', { roleId: role.id, personId: person.id, fromDate: '2024-01-01' })
      }
    },
    340,
  )
  const people = await call('people.list', {})
  const roles = await call('roles.list', {})
  const bodies = await call('bodies.list', { search: 'OSS' })
  const exported = await call('workspace.export', {})
  return [
    demo,
    grow,
    await time(`people.list (${people.length} personer)`, 50, () => call('people.list', {})),
    await time('people.list med søk «ås»', 50, () => call('people.list', { search: 'ås' })),
    await time(`roles.list (${roles.length} verv, innehaver i dag)`, 50, () => call('roles.list', {})),
    await time('people.get (verv, medlemskap, vara)', 50, () => call('people.get', { id: people[10].id })),
    await time('bodies.get OSS (medlemmer med vara)', 50, () => call('bodies.get', { id: bodies[0].id })),
    await time('workspace.export', 10, () => call('workspace.export', {})),
    await time('workspace.import (kontroll + erstatt)', 10, () =>
      call('workspace.import', { document: exported.document }),
    ),
  ]
}

async function main() {
  // The invitation figures need the grown register, so they run in the same workspace.
  const register = await withWorkspace(async (call, ctx) => [
    ...(await registerFigures(call)),
    ...(await invitationFigures(call, ctx)),
  ])
  const cycle = await withWorkspace(cycleFigures)
  const cases = await withWorkspace(caseFigures)
  const documents = await withWorkspace(documentFigures)
  const plans = await withWorkspace(planFigures)
  const planExports = await withWorkspace(planExportFigures)
  // Beside this entry in out/main: the worker thread's own entry.
  const workerFile = fileURLToPath(new URL('./work-worker.js', import.meta.url))
  const offThread = await withWorkspace((call, ctx) => offThreadFigures(call, ctx, workerFile))
  printFigures([...register, ...cycle, ...cases, ...documents.figures, ...plans, ...planExports, ...offThread])
  for (const line of documents.notes) console.log(line)
}

void main()
