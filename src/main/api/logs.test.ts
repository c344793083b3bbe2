import { afterAll, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest'
import { invoke } from '.'
import { describeError } from '../safe-log'
import { openTestWorkspace, type TestWorkspace } from '../test-support/temp-workspace'

/**
 * No personal data in logs: failing operations called with a distinctive name and e-mail
 * address, and nothing any console method receives contains them.
 */

const name = 'Zyxwvø Qlmnopæ'
const email = 'zyxwv.qlmnop@example.no'

let ws: TestWorkspace
const spies: MockInstance[] = []
const logged = () => spies.flatMap((spy) => spy.mock.calls.map((args) => args.map(String).join(' '))).join('\n')

beforeAll(async () => {
  ws = await openTestWorkspace()
  await ws.must('workspace.create', { template: 'demo' })
  for (const method of ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const) {
    spies.push(vi.spyOn(console, method).mockImplementation(() => undefined))
  }
})
afterAll(async () => {
  for (const spy of spies) spy.mockRestore()
  await ws.close()
})

describe('logs', () => {
  it('carry no names or e-mail addresses from refused or failed operations', async () => {
    const failures = [
      await ws.call('people.save', { name, email: `${email}@@`, organisationId: 999999 }),
      await ws.call('people.save', { name, email, organisationId: 999999 }),
      await ws.call('people.save', { id: 999999, name, email }),
      await ws.call('people.erase', { id: 1, confirmName: name }),
      await ws.call('people.restrict', { id: 999999, restricted: true, restrictionReason: `${name} ${email}` }),
      await ws.call('invitations.respond', { meetingId: 999999, personId: 1, status: 'declined', reason: name }),
      await ws.call('followUps.save', { agendaItemId: 999999, what: email, responsible: name }),
    ]
    expect(failures.every((r) => !r.ok)).toBe(true)

    // An unexpected failure whose message quotes the input: the internal-error path logs it.
    const broken = {
      ...ws.ctx,
      now: () => {
        throw new Error(`Kunne ikke lagre ${name} <${email}>`)
      },
    }
    const internal = await invoke(broken, 'people.save', { name, email })
    expect(internal).toMatchObject({ ok: false, error: { code: 'internal' } })

    const text = logged()
    expect(text).toContain('people.save')
    expect(text).not.toContain(name)
    expect(text).not.toContain(email)
    expect(text).not.toContain('zyxwv')
  })

  it('describe an error by its kind, code and stack frames, never its message', () => {
    let parseError: unknown
    try {
      JSON.parse(`{"name": "${name}", "email": ${email}}`)
    } catch (error) {
      parseError = error
    }
    const sqliteLike = Object.assign(new Error(`UNIQUE constraint failed: ${email}`), { code: 'SQLITE_CONSTRAINT' })
    for (const error of [parseError, sqliteLike, new TypeError(name)]) {
      const text = describeError(error)
      expect(text).not.toContain(email)
      expect(text).not.toContain(name)
    }
    expect(describeError(sqliteLike)).toMatch(/^Error \(SQLITE_CONSTRAINT\)\n\s+at /)
  })
})
