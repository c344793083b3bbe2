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
import { buildMenu } from './menu'
import { contentSecurityPolicy, securityHeaders } from './security/csp'

/**
 * The Electron shell, kept thin: one locked-down window, IPC handed to the same `invoke` that web
 * mode serves over HTTP, the updater. Everything else lives in code that also runs in plain Node.
 */

const here = fileURLToPath(new URL('.', import.meta.url))
const rendererDir = resolve(here, '../renderer')
const appOrigin = 'app://sekretariat'
const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL

// Norwegian date fields and spell-checking, whatever the system language.
app.commandLine.appendSwitch('lang', 'nb-NO')

protocol.registerSchemesAsPrivileged([
  { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
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
  registerIpc(ctx)
  Menu.setApplicationMenu(buildMenu())
  mainWindow = createWindow()
  checkForUpdates()
}

/** Serves the built renderer from app:// with the CSP header; refuses paths outside its folder. */
function serveRenderer() {
  protocol.handle('app', async (request) => {
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
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.defaultSession.setPermissionCheckHandler(() => false)
  if (devServerUrl) {
    // The dev server's React refresh needs an inline script; the packaged app never does.
    const devPolicy = contentSecurityPolicy.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    session.defaultSession.webRequest.onHeadersReceived((details, callback) =>
      callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [devPolicy] } }),
    )
  }
}

function isOwnFrame(frameUrl: string | undefined): boolean {
  if (!frameUrl) return false
  return frameUrl.startsWith(`${appOrigin}/`) || (devServerUrl !== undefined && frameUrl.startsWith(devServerUrl))
}

function registerIpc(ctx: Context) {
  for (const name of operationNames) {
    ipcMain.handle(name, (event, input: unknown) => {
      // Only our own top-level page may call in; a frame from elsewhere gets a refusal, not data.
      const frame = event.senderFrame
      if (!frame || frame !== mainWindow?.webContents.mainFrame || !isOwnFrame(frame.url)) {
        return fail({ code: 'unauthorized', message: nb.errors.unauthorized })
      }
      return invoke(ctx, name, input)
    })
  }
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    title: nb.app.name,
    backgroundColor: '#f5f5f5',
    show: false,
    webPreferences: {
      preload: join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  })
  window.webContents.session.setSpellCheckerLanguages(['nb'])
  window.once('ready-to-show', () => window.show())
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  window.webContents.on('will-attach-webview', (event) => event.preventDefault())
  window.webContents.setWindowOpenHandler(({ url }) => {
    // Links to the web and e-mail open in the user's own programs, never in a new app window.
    if (/^(https:|mailto:)/.test(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
  void window.loadURL(devServerUrl ?? `${appOrigin}/index.html`)
  return window
}

/** Update only a packaged app whose build names a real update server (see electron-builder.yml). */
function checkForUpdates() {
  if (!app.isPackaged) return
  const config = join(process.resourcesPath, 'app-update.yml')
  if (!existsSync(config)) return
  const url = /url:\s*(\S+)/.exec(readFileSync(config, 'utf8'))?.[1] ?? ''
  if (!url.startsWith('https://') || url.includes('.invalid')) return
  void electronUpdater.autoUpdater.checkForUpdatesAndNotify()
}
