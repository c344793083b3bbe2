import { timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import sirv from 'sirv'
import { z } from 'zod'
import { contract, operationNames } from '../../shared/contract'
import { fail, type Result } from '../../shared/result'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import type { Context } from '../api/context'
import { invoke } from '../api'
import { securityHeaders } from '../security/csp'
import { describeError } from '../safe-log'

export interface WebServerOptions {
  ctx: Context
  token: string
  /** The built renderer (out/renderer). */
  rendererDir: string
  /** Largest request body accepted; a workspace file is the biggest thing sent. */
  maxBodyBytes?: number
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
  })
  res.end(JSON.stringify(body))
}

/** The request body as text; 'too-large' past the limit (the rest is read and dropped); null if the client went away. */
function readBody(req: IncomingMessage, limit: number): Promise<string | 'too-large' | null> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit) chunks.push(chunk)
    })
    req.on('end', () => resolve(size > limit ? 'too-large' : Buffer.concat(chunks).toString('utf8')))
    req.on('error', () => resolve(null))
    req.on('aborted', () => resolve(null))
  })
}

/** The operations and their input schemas, for scripts and tests: `GET /api`. */
export function describeApi() {
  return {
    operations: operationNames.map((name) => ({
      name,
      path: `/api/${name}`,
      method: 'POST',
      input: z.toJSONSchema(contract[name].input, { io: 'input', unrepresentable: 'any' }),
    })),
  }
}

/**
 * Web mode: the same handlers as the Electron shell, over HTTP on 127.0.0.1. Every API call must
 * carry the run's token as a bearer token; the Host header must name this machine, which stops a
 * web page elsewhere from reaching the API through DNS rebinding.
 */
export function createWebServer({
  ctx,
  token,
  rendererDir,
  maxBodyBytes = 64 * 1024 * 1024,
}: WebServerOptions): Server {
  const statics = sirv(rendererDir, {
    single: true,
    dev: false,
    etag: true,
    setHeaders: (res: ServerResponse) => {
      for (const [key, value] of Object.entries(securityHeaders)) res.setHeader(key, value)
    },
  })
  const apiDescription = describeApi()

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '')
    if (host !== '127.0.0.1' && host !== 'localhost') {
      res.writeHead(403).end()
      return
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (!url.pathname.startsWith('/api')) {
      statics(req, res, () => {
        res.writeHead(404).end()
      })
      return
    }
    const auth = req.headers.authorization ?? ''
    if (!auth.startsWith('Bearer ') || !sameToken(auth.slice(7), token)) {
      sendJson(res, 401, fail({ code: 'unauthorized', message: nb.errors.unauthorized }))
      return
    }
    if (req.method === 'GET' && url.pathname === '/api') {
      sendJson(res, 200, apiDescription)
      return
    }
    if (req.method !== 'POST' || !url.pathname.startsWith('/api/')) {
      res.writeHead(405, { Allow: 'POST' }).end()
      return
    }
    // Operation names are plain ASCII; anything else (or broken %-encoding) is no operation of ours.
    const name = url.pathname.slice('/api/'.length)
    const text = await readBody(req, maxBodyBytes)
    if (text === null) return
    let input: unknown = {}
    if (text === 'too-large') {
      sendJson(res, 413, fail({ code: 'validation', message: nb.errors.requestTooLarge }))
      return
    }
    if (text.trim() !== '') {
      try {
        input = JSON.parse(text)
      } catch {
        sendJson(res, 400, fail({ code: 'validation', message: nb.errors.requestNotJson }))
        return
      }
    }
    const result: Result<unknown> = await invoke(ctx, name, input)
    const status = result.ok ? 200 : result.error.code === 'unknown_operation' ? 404 : 200
    sendJson(res, status, result)
  }

  return createServer((req, res) => {
    // Whatever goes wrong with one request must not take the server down with it.
    handle(req, res).catch((error: unknown) => {
      // The kind and code only: a message could quote the request's content.
      console.error(`Web-forespørsel feilet: ${describeError(error)}`)
      if (!res.headersSent)
        sendJson(res, 500, fail({ code: 'internal', message: format(nb.errors.internal, { ref: 'web' }) }))
      else res.end()
    })
  })
}
