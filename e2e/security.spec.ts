import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { _electron, type ElectronApplication, type Page } from '@playwright/test'
import type { WebContents, WebPreferences } from 'electron'
import { contentSecurityPolicy, parseContentSecurityPolicy, securityHeaders } from '../src/main/security/csp'
import { electronBinary, expect, test, today } from './app'

/**
 * The security settings, checked on the running program: the real BrowserWindow in the electron
 * project, the real web server in the web project. The unit tests in src/main/security check the
 * functions; these check that the program really uses them.
 */

const isElectron = (target: unknown) => target === 'electron'

/*
 * Code run in the page is passed as text: the e2e folder is type-checked without the DOM library,
 * and these snippets are short enough to read as they are.
 */

/**
 * The page's own attempts to run code it was not shipped with: an inline script, a data: script and
 * a string timer (eval). A strict CSP blocks all three and reports each as a violation. (A direct
 * eval here would prove nothing: code evaluated by the test driver is exempt from the page's CSP.)
 */
const tryInjectedCode = `(async () => {
  const violations = []
  document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective))
  const inline = document.createElement('script')
  inline.textContent = 'window.__inline = true'
  document.head.append(inline)
  const data = document.createElement('script')
  data.src = 'data:text/javascript,window.__data=true'
  document.head.append(data)
  setTimeout('window.__timer = true', 0)
  await new Promise((resolve) => setTimeout(resolve, 200))
  return {
    ran: { inline: window.__inline === true, data: window.__data === true, eval: window.__timer === true },
    violations: violations.sort(),
  }
})()`
const injectedCodeBlocked = {
  ran: { inline: false, data: false, eval: false },
  violations: ['script-src', 'script-src-elem', 'script-src-elem'],
}

const nodeGlobals = `({
  require: typeof window.require,
  process: typeof window.process,
  module: typeof window.module,
  Buffer: typeof window.Buffer,
  api: typeof window.api,
})`

/** The page's own response headers, fetched again from the page (app:// in Electron). */
const ownHeaders = `fetch(location.href.split('#')[0]).then((response) => Object.fromEntries(response.headers.entries()))`

const tryWindowOpen = `['https://example.com/', 'http://example.com/', 'file:///etc/hosts', location.href].map(
  (url) => window.open(url, '_blank') === null,
)`

const askPermissions = `(async () => {
  const notifications = await Notification.requestPermission()
  const query = (name) =>
    navigator.permissions.query({ name }).then((status) => status.state).catch((error) => error.name)
  const checks = {
    notifications: await query('notifications'),
    camera: await query('camera'),
    microphone: await query('microphone'),
    geolocation: await query('geolocation'),
  }
  const media = await navigator.mediaDevices
    .getUserMedia({ audio: true, video: true })
    .then((stream) => { stream.getTracks().forEach((track) => track.stop()); return 'granted' })
    .catch((error) => error.name)
  return { notifications, checks, media }
})()`

function expectStrictPolicy(policy: string | null | undefined) {
  expect(policy).toBe(contentSecurityPolicy)
  const csp = parseContentSecurityPolicy(policy ?? '')
  expect(csp.get('script-src')).toEqual(["'self'"])
  expect(csp.get('object-src')).toEqual(["'none'"])
  expect(csp.get('base-uri')).toEqual(["'none'"])
  expect(csp.get('frame-ancestors')).toEqual(["'none'"])
  expect([...csp.values()].flat()).not.toContain("'unsafe-eval'")
}

test.describe('Sikkerhet i Electron-vinduet', () => {
  let electronApp: ElectronApplication | undefined
  let page: Page
  let dataFolder: string | undefined
  const running = () => {
    if (!electronApp) throw new Error('Electron kjører ikke')
    return electronApp
  }

  test.beforeEach(async () => {
    test.skip(
      !isElectron(test.info().project.metadata.target),
      'Gjelder det ekte Electron-vinduet; web-prosjektet sjekker web-modusens hoder nedenfor.',
    )
    const binary = electronBinary()
    test.skip(binary === null, 'Ingen Electron-binær på denne maskinen; kjøres der en finnes.')
    dataFolder = mkdtempSync(join(tmpdir(), 'sekretariat-e2e-security-'))
    electronApp = await _electron.launch({
      executablePath: binary ?? undefined,
      args: ['.', '--data', dataFolder, '--today', today],
    })
    page = await running().firstWindow()
    await page.getByRole('button', { name: 'Åpne demo' }).waitFor()
    // Links the app would hand to the OS are recorded instead of opening a browser on the test machine.
    await running().evaluate(({ shell }) => {
      const opened: string[] = []
      ;(globalThis as Record<string, unknown>).__openedExternally = opened
      shell.openExternal = async (url: string) => {
        opened.push(url)
      }
    })
  })

  test.afterEach(async () => {
    await electronApp?.close()
    electronApp = undefined
    if (dataFolder) rmSync(dataFolder, { recursive: true, force: true })
    dataFolder = undefined
  })

  const openedExternally = () =>
    running().evaluate(() => (globalThis as Record<string, unknown>).__openedExternally as string[])

  test('vinduet har de låste innstillingene', async () => {
    const prefs = await running().evaluate(({ BrowserWindow }) => {
      const windows = BrowserWindow.getAllWindows()
      // Undocumented but long-standing: the preferences the window was really created with.
      const contents = windows[0]?.webContents as
        (WebContents & { getLastWebPreferences(): WebPreferences | null }) | undefined
      return { count: windows.length, prefs: contents?.getLastWebPreferences() ?? null }
    })
    expect(prefs.count).toBe(1)
    expect(prefs.prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
    })
    expect(prefs.prefs?.enableBlinkFeatures ?? '').toBe('')
  })

  test('siden har ingen Node, bare window.api', async () => {
    expect(await page.evaluate(nodeGlobals)).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      Buffer: 'undefined',
      api: 'object',
    })
  })

  test('siden sendes med streng CSP, og CSP-en håndheves', async () => {
    expect(page.url()).toMatch(/^app:\/\/sekretariat\//)
    const headers = await page.evaluate<Record<string, string>>(ownHeaders)
    expectStrictPolicy(headers['content-security-policy'])
    for (const [name, value] of Object.entries(securityHeaders)) expect(headers[name.toLowerCase()], name).toBe(value)
    expect(await page.evaluate(tryInjectedCode)).toEqual(injectedCodeBlocked)
  })

  test('window.open og navigering bort avvises; bare sjekkede lenker går til nettleseren', async () => {
    const before = page.url()
    expect(await page.evaluate(tryWindowOpen)).toEqual([true, true, true, true])
    expect(await running().evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1)

    for (const url of ['https://example.org/', 'file:///etc/hosts', 'http://example.net/']) {
      await page.evaluate(`location.href = ${JSON.stringify(url)}`)
      await page.waitForTimeout(300)
      expect(page.url(), url).toBe(before)
    }
    await expect(page.getByRole('button', { name: 'Åpne demo' })).toBeVisible()
    expect(await openedExternally()).toEqual(['https://example.com/', 'https://example.org/'])
  })

  test('forespørsler om tillatelser avslås', async () => {
    const answers = await page.evaluate<{ notifications: string; checks: Record<string, string>; media: string }>(
      askPermissions,
    )
    expect(answers.notifications).toBe('denied')
    expect(answers.checks).toEqual({
      notifications: 'denied',
      camera: 'denied',
      microphone: 'denied',
      geolocation: 'denied',
    })
    // Refused; a machine without camera or microphone may say so before the permission is asked.
    expect(['NotAllowedError', 'NotFoundError']).toContain(answers.media)
  })
})

test.describe('Sikkerhetshoder i web-modus', () => {
  test.beforeEach(() => {
    test.skip(
      isElectron(test.info().project.metadata.target),
      'Web-modusens hoder; Electron-vinduet sjekkes i egne tester over.',
    )
  })

  test('siden og API-et sendes med streng CSP og de andre hodene, og CSP-en håndheves', async ({ app }) => {
    const { page } = app
    await page.getByRole('button', { name: 'Åpne demo' }).waitFor()
    const pageResponse = await page.request.get(page.url())
    expectStrictPolicy(pageResponse.headers()['content-security-policy'])
    for (const [name, value] of Object.entries(securityHeaders)) {
      expect(pageResponse.headers()[name.toLowerCase()], name).toBe(value)
    }

    const token = await page.evaluate<string | null>(`sessionStorage.getItem('sekretariat.token')`)
    expect(token).toBeTruthy()
    const api = await page.request.post(new URL('/api/workspace.status', page.url()).href, {
      headers: { Authorization: `Bearer ${token}` },
      data: {},
    })
    expect(api.ok()).toBe(true)
    expectStrictPolicy(api.headers()['content-security-policy'])

    expect(await page.evaluate(tryInjectedCode)).toEqual(injectedCodeBlocked)
    expect(await page.evaluate(nodeGlobals)).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      Buffer: 'undefined',
      api: 'undefined', // web mode talks to main over HTTP, not through a preload
    })
  })
})
