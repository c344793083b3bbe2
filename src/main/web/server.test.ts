import { writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { request } from 'node:http'
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest'
import { operationNames } from '../../shared/contract'
import { openTestWorkspace, tempFolder, type TestWorkspace } from '../test-support/temp-workspace'
import { createWebServer } from './server'
import type { Server } from 'node:http'

let ws: TestWorkspace
let server: Server
let base: string
const token = 'test-token-123'
const statics = tempFolder()
writeFileSync(join(statics.path, 'index.html'), '<!doctype html><title>Sekretariat</title>')

beforeEach(async () => {
  ws = await openTestWorkspace()
  server = createWebServer({ ctx: ws.ctx, token, rendererDir: statics.path })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve))
  await ws.close()
})
afterAll(() => statics.remove())

const post = (path: string, body: unknown, auth = `Bearer ${token}`) =>
  fetch(`${base}${path}`, {
    method: 'POST',
    headers: { Authorization: auth, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  })

describe('web mode', () => {
  it('answers an operation at POST /api/<name> with the same result as IPC', async () => {
    const created = await post('/api/workspace.create', { template: 'empty', name: 'Nett' })
    expect(created.status).toBe(200)
    expect(await created.json()).toMatchObject({ ok: true, value: { initialised: true, name: 'Nett' } })
    const bad = await post('/api/people.save', { name: '' })
    expect(await bad.json()).toEqual({
      ok: false,
      error: { code: 'validation', field: 'name', message: 'Navn må fylles ut.' },
    })
  })

  it('refuses calls without the right token', async () => {
    for (const auth of ['', 'Bearer feil', `Basic ${token}`, `Bearer ${token}x`]) {
      const response = await post('/api/workspace.status', {}, auth)
      expect(response.status).toBe(401)
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
    }
    expect((await fetch(`${base}/api`)).status).toBe(401)
  })

  it('lists every operation with its input as JSON Schema at GET /api', async () => {
    const response = await fetch(`${base}/api`, { headers: { Authorization: `Bearer ${token}` } })
    const body = (await response.json()) as {
      operations: { name: string; input: { type: string; properties?: Record<string, unknown> } }[]
    }
    expect(body.operations.map((o) => o.name)).toEqual(operationNames)
    const save = body.operations.find((o) => o.name === 'people.save')
    expect(save?.input.type).toBe('object')
    expect(Object.keys(save?.input.properties ?? {})).toEqual(
      expect.arrayContaining(['name', 'email', 'organisationId']),
    )
  })

  it('answers unknown operations and bad JSON with typed errors', async () => {
    const unknown = await post('/api/people.drop', {})
    expect(unknown.status).toBe(404)
    const broken = await fetch(`${base}/api/people.save`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: '{nope',
    })
    expect(broken.status).toBe(400)
    expect(await broken.json()).toMatchObject({ ok: false, error: { code: 'validation' } })
  })

  it('survives broken %-encoding and answers a too large body with the reason', async () => {
    const broken = await post('/api/people.%E0%A4%A', {})
    expect(broken.status).toBe(404)
    expect(await broken.json()).toMatchObject({ ok: false, error: { code: 'unknown_operation' } })
    const small = createWebServer({ ctx: ws.ctx, token, rendererDir: statics.path, maxBodyBytes: 64 })
    await new Promise<void>((resolve) => small.listen(0, '127.0.0.1', resolve))
    const response = await fetch(`http://127.0.0.1:${(small.address() as AddressInfo).port}/api/people.save`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: JSON.stringify({ name: 'x'.repeat(500) }),
    })
    expect(response.status).toBe(413)
    expect(await response.json()).toMatchObject({ ok: false, error: { message: 'Forespørselen er for stor.' } })
    await new Promise((resolve) => small.close(resolve))
    expect((await post('/api/workspace.status', {})).status).toBe(200)
  })

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const { port } = server.address() as AddressInfo
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port,
          path: '/api',
          headers: { Host: 'evil.example:80', Authorization: `Bearer ${token}` },
        },
        (res) => resolve(res.statusCode ?? 0),
      )
      req.on('error', reject)
      req.end()
    })
    expect(status).toBe(403)
  })

  it('sends the content security policy with the renderer', async () => {
    const response = await fetch(`${base}/`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
  })
})
