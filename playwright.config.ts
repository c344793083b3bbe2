import { defineConfig } from '@playwright/test'
import { readFileSync } from 'node:fs'

/**
 * Two ways to run the same specs: `web` drives the built renderer in Debian's Chromium against
 * web mode (works on every machine), `electron` drives the real app through Playwright's
 * `_electron` wherever an Electron binary is installed. The fixture in e2e/app.ts picks.
 */
/** The same Chromium flags as scripts/screenshots.mjs: one list, in scripts/chromium.json. */
const chromium = JSON.parse(readFileSync(new URL('./scripts/chromium.json', import.meta.url), 'utf8')) as {
  args: string[]
}

export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  reporter: [['list'], ['json', { outputFile: '.tmp/reports/playwright.json' }]],
  outputDir: 'test-results',
  use: {
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    viewport: { width: 1440, height: 900 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromium.args,
    },
  },
  projects: [
    { name: 'web', metadata: { target: 'web' } },
    { name: 'electron', metadata: { target: 'electron' } },
  ],
})
