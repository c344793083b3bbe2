import { existsSync, readFileSync } from 'node:fs'
import { join, resolve, sep } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, Menu, net, protocol, session, shell } from 'electron'
import electronUpdater from 'electron-updater'
import { operationNames } from '../shared/contract'
import { fail } from '../shared/result'
import { nb } from '../shared/strings/nb'
import type { Context } from './api/context'
import { invoke } from './api'
import { isValidIsoDate } from '../shared/schema-kit'
import { fixedClock } from './clock'
import { openWorkspace } from './open-workspace'
import { describeError } from './safe-log'
import { startBackupSchedule } from './backup/schedule'
import { startOffThread } from './work/off-thread'
import { buildMenu } from './menu'
import { developmentContentSecurityPolicy, securityHeaders } from './security/csp'
import { isTrustedSender } from './security/ipc-guard'
import { appEntryUrl, appScheme, type OwnOrigins } from './security/origin'
import { denyPermissions } from './security/permissions'
import { updateRefusal } from './security/updates'
import { guardWebContents } from './security/web-contents-guard'
import { mainWindowOptions } from './security/window-options'

/**
 * The Electron shell, kept thin: one locked-down window, IPC handed to the same `invoke` that web
 * mode serves over HTTP, the updater. Everything else lives in code that also runs in plain Node.
 */

const here = fileURLToPath(new URL('.', import.meta.url))
const rendererDir = resolve(here, '../renderer')
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL
const own: OwnOrigins = { devServerUrl }

// Norwegian date fields and spell-checking, whatever the system language.
app.commandLine.appendSwitch('lang', 'nb-NO')

protocol.registerSchemesAsPrivileged([
  { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
])

let mainWindow: BrowserWindow | null = null

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return
    if (mainWindow.isMinimized()) mainWindow.restore()
    mainWindow.focus()
  })
  app.whenReady().then(start, (error: unknown) => showStartupError(error))
  app.on('window-all-closed', () => app.quit())
  // Every webContents the app ever creates gets the navigation guards, not only the main window's.
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, { own, openExternal }))
}

/** Only links that passed `externalLink` (security/navigation.ts) get here. */
function openExternal(url: string) {
  void shell.openExternal(url)
}

function argument(name: string): string | undefined {
  const flag = process.argv.indexOf(name)
  return flag > 0 ? process.argv[flag + 1] : undefined
}

function dataFolder(): string {
  const given = argument('--data')
  if (given) return resolve(given)
  return process.env.SEKRETARIAT_DATA ?? app.getPath('userData')
}

/** In development the addon must be built for Electron, beside the Node build tests use. */
function nativeBinding(): string | undefined {
  if (app.isPackaged) return undefined
  const file = resolve(here, '../../.electron-native/better_sqlite3.node')
  return existsSync(file) ? file : undefined
}

function showStartupError(error: unknown) {
  dialog.showErrorBox(nb.startup.title, error instanceof Error ? error.message : String(error))
  app.exit(1)
}

async function start() {
  let ctx: Context
  try {
    const today = argument('--today')
    ctx = await openWorkspace(dataFolder(), {
      appVersion: app.getVersion(),
      nativeBinding: nativeBinding(),
      now: fixedClock(today && isValidIsoDate(today) ? today : undefined),
    })
  } catch (error) {
    showStartupError(error)
    return
  }
  serveRenderer()
  lockDownSession()
  // Attachments open in the user's own programs (Word, Acrobat); the path is one of ours.
  ctx.openFile = async (path) => {
    const failure = await shell.openPath(path)
    if (failure) throw new Error(failure)
  }
  ctx.offThread = startOffThread(join(here, 'work-worker.js'), ctx) ?? undefined
  registerIpc(ctx)
  startBackupSchedule(ctx)
  Menu.setApplicationMenu(buildMenu())
  mainWindow = createWindow()
  checkForUpdates()
}

/** Serves the built renderer from app:// with the CSP header; refuses paths outside its folder. */
function serveRenderer() {
  protocol.handle(appScheme, async (request) => {
    const { pathname } = new URL(request.url)
    const file = resolve(rendererDir, `.${decodeURIComponent(pathname === '/' ? '/index.html' : pathname)}`)
    if (!file.startsWith(rendererDir + sep)) {
      return new Response('', { status: 404 })
    }
    const response = await net.fetch(pathToFileURL(file).toString())
    const headers = new Headers(response.headers)
    for (const [key, value] of Object.entries(securityHeaders)) headers.set(key, value)
    return new Response(response.body, { status: response.status, headers })
  })
}

function lockDownSession() {
  denyPermissions(session.defaultSession)
  if (devServerUrl) {
    // The dev server's React refresh needs an inline script; the packaged app never does.
    session.defaultSession.webRequest.onHeadersReceived((details, callback) =>
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [developmentContentSecurityPolicy] },
      }),
    )
  }
}

function registerIpc(ctx: Context) {
  for (const name of operationNames) {
    ipcMain.handle(name, (event, input: unknown) => {
      // Only our own top-level page may call in; a frame from elsewhere gets a refusal, not data.
      if (!isTrustedSender(event.senderFrame, mainWindow?.webContents.mainFrame, own)) {
        return fail({ code: 'unauthorized', message: nb.errors.unauthorized })
      }
      return invoke(ctx, name, input)
    })
  }
}

function createWindow(): BrowserWindow {
  // Settings and navigation guards live in security/ (window-options.ts, web-contents-guard.ts), with tests.
  const window = new BrowserWindow(
    mainWindowOptions({ preload: join(here, '../preload/index.cjs'), title: nb.app.name }),
  )
  window.webContents.session.setSpellCheckerLanguages(['nb'])
  window.once('ready-to-show', () => window.show())
  void window.loadURL(devServerUrl ?? appEntryUrl)
  return window
}

/**
 * Update only a packaged app whose build names a real HTTPS update server and, on Windows, the
 * publisher every installer's signature is verified against (security/updates.ts; see
 * electron-builder.yml and the README's release procedure).
 */
function checkForUpdates() {
  if (!app.isPackaged) return
  const file = join(process.resourcesPath, 'app-update.yml')
  const config = existsSync(file) ? readFileSync(file, 'utf8') : null
  if (updateRefusal(config, process.platform) !== null) return
  const { autoUpdater } = electronUpdater
  autoUpdater.allowDowngrade = false
  autoUpdater.forceDevUpdateConfig = false
  // electron-updater logs to the console by default, with paths and feed details; our log carries
  // no such text (see safe-log.ts), so only the error's kind is written.
  autoUpdater.logger = null
  // A refused update (bad signature, other publisher, changed file, no network) is dropped; the
  // installed version keeps running. Without these handlers the refusal would surface as an
  // unhandled error in main. A downloaded update installs on exit.
  autoUpdater.on('error', (error) => console.error(`Oppdatering avvist: ${describeError(error)}`))
  void autoUpdater
    .checkForUpdates()
    .then((result) => result?.downloadPromise)
    .catch(() => undefined)
}
