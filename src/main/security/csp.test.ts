import { writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import type { Server } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestWorkspace, tempFolder, type TestWorkspace } from '../test-support/temp-workspace'
import { createWebServer } from '../web/server'
import {
  contentSecurityPolicy,
  developmentContentSecurityPolicy,
  parseContentSecurityPolicy,
  securityHeaders,
} from './csp'

/** The checks every policy we send must pass. Exported shape kept in the test: one place to read. */
function expectStrict(policy: string) {
  const csp = parseContentSecurityPolicy(policy)
  const all = [...csp.values()].flat()
  expect(all).not.toContain("'unsafe-eval'")
  expect(all).not.toContain("'wasm-unsafe-eval'")
  expect(all).not.toContain('*')
  expect(all.filter((source) => /^(https?:|http:|ws:|wss:)$/.test(source))).toEqual([])
  expect(csp.get('default-src')).toEqual(["'self'"])
  expect(csp.get('script-src')).toEqual(["'self'"])
  expect(csp.get('object-src')).toEqual(["'none'"])
  expect(csp.get('base-uri')).toEqual(["'none'"])
  expect(csp.get('frame-ancestors')).toEqual(["'none'"])
  expect(csp.get('form-action')).toEqual(["'none'"])
  expect(csp.get('connect-src')).toEqual(["'self'"])
}

describe('Content Security Policy', () => {
  it('is strict', () => {
    expectStrict(contentSecurityPolicy)
    // Griffel (Fluent UI) injects its CSS at run time; inline styles cannot run code.
    expect(parseContentSecurityPolicy(contentSecurityPolicy).get('style-src')).toEqual(["'self'", "'unsafe-inline'"])
  })

  it('loosens only script-src, and only for the dev server', () => {
    const dev = parseContentSecurityPolicy(developmentContentSecurityPolicy)
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"])
    dev.delete('script-src')
    const packaged = parseContentSecurityPolicy(contentSecurityPolicy)
    packaged.delete('script-src')
    expect(dev).toEqual(packaged)
  })

  it('parses as browsers do: a repeated directive counts once', () => {
    const csp = parseContentSecurityPolicy("script-src 'self'; SCRIPT-SRC *; ; object-src  'none' ")
    expect([...csp]).toEqual([
      ['script-src', ["'self'"]],
      ['object-src', ["'none'"]],
    ])
  })
})

describe('the web server sends the policy and the other headers', () => {
  let ws: TestWorkspace
  let server: Server
  let base: string
  const statics = tempFolder()
  writeFileSync(join(statics.path, 'index.html'), '<!doctype html><title>Sekretariat</title>')

  beforeAll(async () => {
    ws = await openTestWorkspace()
    server = createWebServer({ ctx: ws.ctx, token: 'csp-test-token', rendererDir: statics.path })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve))
    await ws.close()
    statics.remove()
  })

  it.each([
    ['the page', '/', {}],
    ['a deep link (single-page fallback)', '/saker/12', {}],
    ['the API', '/api', { Authorization: 'Bearer csp-test-token' }],
    ['a refused API call', '/api', {}],
  ])('on %s', async (_what, path, headers: Record<string, string>) => {
    const response = await fetch(`${base}${path}`, { headers })
    const policy = response.headers.get('content-security-policy')
    expect(policy).toBe(contentSecurityPolicy)
    expectStrict(policy ?? '')
    for (const [name, value] of Object.entries(securityHeaders)) {
      expect(response.headers.get(name), name).toBe(value)
    }
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
  })
})
