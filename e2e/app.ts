import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { _electron, test as base, type Page } from '@playwright/test'

/** The Electron binary, if this machine has one (the package throws when its download failed). */
export function electronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown
    return typeof path === 'string' && existsSync(path) ? path : null
  } catch {
    return null
  }
}

export interface App {
  page: Page
  /** The workspace's data folder. */
  dataFolder: string
  /** Starts the app again, on the same or another data folder; returns the new page. */
  restart: (dataFolder?: string) => Promise<Page>
  /** A new empty data folder, removed after the test. */
  freshDataFolder: () => string
}

interface Running {
  page: Page
  stop: () => Promise<void>
}

/**
 * The day the specs live on: the demo's year is built around it, and the specs plan the year
 * after. Pinned in main and in the page, so the specs give the same answers in any year.
 */
export const today = '2026-11-23'
const pinnedNow = new Date(2026, 10, 23, 12)

async function startWeb(browserPage: () => Promise<Page>, dataFolder: string): Promise<Running> {
  const server: ChildProcess = spawn(
    process.execPath,
    // SEKRETARIAT_WEB_MAIN: a build in another folder (an engineer's own, beside the shared out/).
    [process.env.SEKRETARIAT_WEB_MAIN ?? 'out/main/web.js', '--port', '0', '--data', dataFolder, '--today', today],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  )
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: server.stdout as NodeJS.ReadableStream })
    lines.once('line', resolve)
    server.once('exit', (code) => reject(new Error(`web mode exited with ${code}`)))
  })
  const page = await browserPage()
  await page.clock.setFixedTime(pinnedNow)
  await page.goto(url)
  return {
    page,
    stop: async () => {
      await page.close()
      server.kill('SIGTERM')
      await new Promise((resolve) => server.once('exit', resolve))
    },
  }
}

async function startElectron(binary: string, dataFolder: string): Promise<Running> {
  // '.' is the project: Electron reads package.json for the main script, name and version.
  const app = await _electron.launch({ executablePath: binary, args: ['.', '--data', dataFolder, '--today', today] })
  const page = await app.firstWindow()
  await page.clock.setFixedTime(pinnedNow)
  await page.reload()
  return { page, stop: () => app.close() }
}

export const test = base.extend<{ app: App }>({
  app: async ({ browser }, use, testInfo) => {
    const target = testInfo.project.metadata.target as 'web' | 'electron'
    const binary = electronBinary()
    // Said out loud in the report, never silent: where a binary exists, these specs run on it.
    testInfo.skip(
      target === 'electron' && binary === null,
      'Ingen Electron-binær på denne maskinen; kjøres i web-prosjektet.',
    )

    const folders: string[] = []
    const newFolder = () => {
      const folder = mkdtempSync(join(tmpdir(), 'sekretariat-e2e-'))
      folders.push(folder)
      return folder
    }
    const start = (folder: string) =>
      target === 'electron' && binary
        ? startElectron(binary, folder)
        : startWeb(async () => (await browser.newContext({ acceptDownloads: true })).newPage(), folder)

    let dataFolder = newFolder()
    let running = await start(dataFolder)
    const app: App = {
      get page() {
        return running.page
      },
      get dataFolder() {
        return dataFolder
      },
      restart: async (folder) => {
        await running.stop()
        dataFolder = folder ?? dataFolder
        running = await start(dataFolder)
        return running.page
      },
      freshDataFolder: newFolder,
    }
    await use(app)
    await running.stop()
    for (const folder of folders) rmSync(folder, { recursive: true, force: true })
  },
})

export { expect } from '@playwright/test'

/** First start with the demo workspace, then the register (Alt+7). */
export async function openDemoRegister(page: Page) {
  await page.getByRole('button', { name: 'Åpne demo' }).click()
  await page.getByRole('heading', { name: 'Oversikt' }).waitFor()
  await page.keyboard.press('Alt+7')
  await page.getByRole('heading', { name: 'Register', level: 1 }).waitFor()
}
