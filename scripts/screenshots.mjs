// Takes screenshots of the app in web mode with the demo workspace, for the README and for
// looking at what we build: `npm run build && node scripts/screenshots.mjs [out-folder]`.
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { chromium as browserType } from 'playwright-core'
import chromium from './chromium.json' with { type: 'json' }

const out = process.argv[2] ?? 'docs/screenshots'
mkdirSync(out, { recursive: true })
const data = mkdtempSync(join(tmpdir(), 'sekretariat-shots-'))
const server = spawn(process.execPath, ['out/main/web.js', '--port', '0', '--data', data], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
const url = await new Promise((resolve) => createInterface({ input: server.stdout }).once('line', resolve))

const browser = await browserType.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: chromium.args,
})
const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'nb-NO' })
const shot = (name) => page.screenshot({ path: join(out, `${name}.png`) })
const settle = () => page.waitForTimeout(400)

try {
  await page.goto(url)
  await page.getByRole('heading', { name: 'Velkommen til Sekretariat' }).waitFor()
  await shot('01-forste-start')
  await page.getByRole('button', { name: 'Åpne demo' }).click()
  await page.getByRole('heading', { name: 'Oversikt' }).waitFor()
  await settle()
  await shot('11-oversikt')
  await page.keyboard.press('Alt+2')
  await page.getByRole('group', { name: /^Årshjul/ }).waitFor()
  await settle()
  await shot('12-arshjul')
  await page.keyboard.press('Alt+3')
  await page.getByRole('row', { name: /on\. 02\.12\..*Overordnet/ }).click()
  await settle()
  await shot('13-moter')
  await page.getByRole('tab', { name: 'Måned' }).click()
  await settle()
  await shot('14-maned')
  await page.keyboard.press('Alt+7')
  await page.getByRole('row', { name: /Gro Årdal/ }).click()
  await settle()
  await shot('02-personer')

  await page.getByRole('tab', { name: 'Verv' }).click()
  await page.getByRole('searchbox', { name: 'Søk' }).fill('ordfører')
  await page.getByRole('row', { name: /Grimstad/ }).click()
  await settle()
  await shot('03-verv')

  await page.getByRole('tab', { name: 'Utvalg' }).click()
  await page.getByRole('row', { name: /^Overordnet strategisk samarbeidsutvalg OSS/ }).click()
  await settle()
  await shot('04-utvalg')
  await page
    .getByRole('complementary')
    .getByRole('button', { name: /^Kommunedirektør, Kristiansand kommune/ })
    .click()
  await settle()
  await shot('05-medlemskap')
  await page.keyboard.press('Escape')
  await settle()

  await page.getByRole('tab', { name: 'Organisasjoner' }).click()
  await page.getByRole('row', { name: /^Sørlandet sykehus HF/ }).click()
  await settle()
  await shot('06-organisasjoner')

  await page.getByRole('tab', { name: 'Regioner' }).click()
  await page
    .getByRole('table', { name: 'Regioner' })
    .getByRole('row', { name: /Region Lister/ })
    .click()
  await settle()
  await shot('07-regioner')

  await page.getByRole('tab', { name: 'Personer' }).click()
  await page.getByRole('button', { name: 'Ny person' }).click()
  const dialog = page.getByRole('dialog')
  await dialog.getByLabel('E-post').fill('kari@')
  await dialog.getByRole('button', { name: 'Lagre' }).click()
  await settle()
  await shot('08-ugyldig-inndata')
  await page.keyboard.press('Escape')
  await settle()

  await page.keyboard.press('Alt+8')
  await settle()
  await shot('09-innstillinger')
  await page.keyboard.press('Alt+4')
  await settle()
  await shot('10-kommer')
} finally {
  await browser.close()
  server.kill()
  rmSync(data, { recursive: true, force: true })
}
console.log(`Skjermbilder i ${out}`)
