import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { version } from '../../../package.json'
import { nb } from '../../shared/strings/nb'
import { format } from '../../shared/text'
import { closeDatabase } from '../db/connection'
import { openWorkspace } from '../open-workspace'
import { startBackupSchedule } from '../backup/schedule'
import { isValidIsoDate } from '../../shared/schema-kit'
import { fixedClock } from '../clock'
import { defaultDataFolder } from '../user-data'
import { createWebServer } from './server'
import { startOffThread } from '../work/off-thread'

/** `npm run web -- --port 5599 --data <folder> [--token <value>]`: the app in a browser. */
async function main() {
  let args
  try {
    args = parseArgs({
      options: {
        port: { type: 'string', default: '5599' },
        data: { type: 'string' },
        token: { type: 'string' },
        today: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values
  } catch {
    console.error(nb.startup.webUsage)
    process.exit(2)
  }
  const port = Number(args.port)
  if (args.help || !Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(nb.startup.webUsage)
    process.exit(args.help ? 0 : 2)
  }
  if (args.today !== undefined && !isValidIsoDate(args.today)) {
    console.error(nb.startup.webUsage)
    process.exit(2)
  }
  const dataFolder = resolve(args.data ?? defaultDataFolder())
  const token = args.token ?? randomBytes(24).toString('base64url')

  let ctx
  try {
    ctx = await openWorkspace(dataFolder, { appVersion: version, now: fixedClock(args.today) })
  } catch (error) {
    console.error(`${nb.startup.title}: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  }
  ctx.offThread = startOffThread(fileURLToPath(new URL('./work-worker.js', import.meta.url)), ctx) ?? undefined
  startBackupSchedule(ctx)
  const rendererDir = fileURLToPath(new URL('../renderer', import.meta.url))
  const server = createWebServer({ ctx, token, rendererDir })
  server.on('error', (error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? format(nb.startup.webPortInUse, { port }) : error.message)
    process.exit(1)
  })
  server.listen(port, '127.0.0.1', () => {
    const address = server.address()
    const actualPort = typeof address === 'object' && address ? address.port : port
    // The first line is the URL, so scripts and tests can read it.
    console.log(`http://127.0.0.1:${actualPort}/?token=${encodeURIComponent(token)}`)
    console.log(format(nb.startup.webListening, { folder: dataFolder }))
  })
  const stop = () => {
    server.close()
    void closeDatabase(ctx).finally(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

void main()
