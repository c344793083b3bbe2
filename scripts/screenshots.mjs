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
// The same day as the end-to-end specs, so the demo's year looks the same in every run.
const today = '2026-11-23'
const server = spawn(process.execPath, ['out/main/web.js', '--port', '0', '--data', data, '--today', today], {
  stdio: ['ignore', 'pipe', 'inherit'],
})
const url = await new Promise((resolve) => createInterface({ input: server.stdout }).once('line', resolve))

const browser = await browserType.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: chromium.args,
})
const page = await browser.newPage({
  viewport: { width: 1440, height: 900 },
  locale: 'nb-NO',
  timezoneId: 'Europe/Oslo',
})
await page.clock.setFixedTime(new Date(2026, 10, 23, 12))
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

  // Cases: the list, one case document, the queue, the follow-up list.
  await page.keyboard.press('Alt+4')
  await page
    .getByRole('row', { name: /Årlig gjennomgang av handlingsplanen/ })
    .first()
    .waitFor()
  await settle()
  await shot('15-saker')
  await page
    .getByRole('row', { name: /Årlig gjennomgang av handlingsplanen/ })
    .first()
    .dblclick()
  await page.getByRole('textbox', { name: 'Saksopplysninger', exact: true }).waitFor()
  await settle()
  await shot('16-saksfremlegg')
  await page.getByRole('textbox', { name: 'Saksopplysninger', exact: true }).locator('table').scrollIntoViewIfNeeded()
  await settle()
  await shot('17-saksfremlegg-tabell')
  await page.getByRole('link', { name: 'Tilbake til alle saker' }).click()
  await page.getByRole('tab', { name: 'Kø' }).click()
  await settle()
  await shot('18-ko')
  await page.getByRole('tab', { name: 'Oppfølging' }).click()
  await settle()
  await shot('19-oppfolging')

  // OSS' meeting on 2 December: the agenda in preparation; then minutes of a held meeting.
  await page.getByRole('tab', { name: 'Kø' }).click()
  await page.getByRole('link', { name: /Åpne sakslisten til møtet 02\.12\.2026/ }).click()
  await page.getByRole('table', { name: 'Saksliste' }).waitFor()
  await settle()
  await shot('20-saksliste')
  await page.keyboard.press('Alt+3')
  await page.getByRole('row', { name: /Overordnet strategisk samarbeidsutvalg møte 4\/2026/ }).click()
  await page.getByRole('button', { name: 'Saksliste og protokoll' }).click()
  await page.getByRole('tab', { name: 'Protokoll' }).click()
  await page.getByRole('heading', { name: 'Til stede' }).first().waitFor()
  await settle()
  await shot('21-protokoll')

  await page.keyboard.press('Control+k')
  await page.getByRole('combobox', { name: 'Søk i saker' }).fill('legevakt')
  await page.getByRole('option').first().waitFor()
  await settle()
  await shot('22-hurtigsok')
  await page.keyboard.press('Escape')
  await page.getByRole('dialog').waitFor({ state: 'hidden' })

  // The action plan: the matrix with a measure open, the summary per focus area, the presentation.
  await page.keyboard.press('Alt+6')
  await page
    .getByRole('treegrid')
    .getByRole('row', { name: /^1\.3\.1\.1 / })
    .click()
  await settle()
  await shot('23-handlingsplan')
  await page.getByRole('tab', { name: 'Oppsummering' }).click()
  await page.getByRole('region', { name: 'Hele planen' }).waitFor()
  await settle()
  await shot('24-handlingsplan-oppsummering')
  await page.getByRole('button', { name: 'Presentasjon' }).click()
  await page.getByRole('dialog', { name: /^Presentasjon av / }).waitFor()
  await settle()
  await shot('25-handlingsplan-presentasjon')
  await page.keyboard.press('Escape')
  await page.getByRole('dialog', { name: /^Presentasjon av / }).waitFor({ state: 'hidden' })

  // Deltakere: the October partnership meeting's list after a few replies (one key each), a
  // chief executive's apologies with the head of department invited; the overview; the rules.
  await page.getByRole('link', { name: /Deltakere/ }).click()
  await page.getByRole('heading', { name: 'Deltakere', level: 1 }).waitFor()
  await page.getByRole('combobox', { name: 'Møte' }).click()
  await page.keyboard.type('Partnerskap')
  await page.getByRole('option', { name: /^08\.10\.2026 · Partnerskapsmøtet/ }).click()
  const participants = page.getByRole('table', { name: 'Deltakere' })
  await participants.waitFor()
  const findParticipant = async (words) => {
    await page.keyboard.press('Control+f')
    await page.getByRole('searchbox', { name: 'Finn deltaker' }).fill(words)
    await page.keyboard.press('Enter')
  }
  await findParticipant('Arendal kommunedirektør')
  await page.keyboard.press('n')
  await page.keyboard.type('Kommunestyremøte')
  await page.keyboard.press('Enter')
  await page.keyboard.press('v')
  await participants.getByRole('row', { name: /møter for Gro Årdal/ }).waitFor()
  await findParticipant('')
  for (const key of ['j', 'j', 'ArrowDown', 'j', 'j', 'u', 'j', 'j']) await page.keyboard.press(key)
  await settle()
  await shot('26-deltakere')
  await page.getByRole('tab', { name: 'Oversikt' }).click()
  await page.getByRole('table', { name: 'Deltakere per kategori' }).waitFor()
  await settle()
  await shot('27-deltakere-oversikt')
  await page.getByRole('tab', { name: 'Regler' }).click()
  await page.getByRole('region', { name: 'Faste regler for PM' }).waitFor()
  await settle()
  await shot('28-deltakere-regler')
} finally {
  await browser.close()
  server.kill()
  rmSync(data, { recursive: true, force: true })
}
console.log(`Skjermbilder i ${out}`)
