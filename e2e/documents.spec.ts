import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './app'

/** Saves what the browser downloads, under the name it suggests. */
async function download(page: Page, folder: string, click: () => Promise<void>): Promise<string> {
  const downloading = page.waitForEvent('download')
  await click()
  const file = await downloading
  const path = join(folder, file.suggestedFilename())
  await file.saveAs(path)
  return path
}

/** LibreOffice opens every file (one call) and pdftotext reads what it printed. */
function printed(paths: string[], folder: string): string[] {
  const profile = `file://${mkdtempSync(join(tmpdir(), 'lo-e2e-'))}`
  execFileSync(
    'soffice',
    [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', folder, ...paths],
    {
      stdio: 'ignore',
      timeout: 120_000,
    },
  )
  return paths.map((p) => {
    const pdf = join(
      folder,
      p
        .split('/')
        .pop()
        ?.replace(/\.docx$/, '.pdf') ?? '',
    )
    return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
  })
}

test('lage Word-dokumentene fra demoen og arkivere møtepakken med manifest', async ({ app }) => {
  test.setTimeout(180_000)
  const { page } = app
  page.setDefaultTimeout(20_000)
  const downloads = mkdtempSync(join(tmpdir(), 'sekretariat-word-'))
  const archive = mkdtempSync(join(tmpdir(), 'sekretariat-arkiv-'))
  await page.getByRole('button', { name: 'Åpne demo' }).click()
  await expect(page.getByRole('heading', { name: 'Oversikt' })).toBeVisible()

  // OSS files into a folder the archive system imports from.
  await page.keyboard.press('Alt+8')
  const folder = page.getByRole('textbox', { name: /^Arkivmappe for OSS / })
  await folder.fill(archive)
  await folder.press('Enter')
  await expect(page.getByRole('button', { name: /^Lagre arkivmappe for OSS / })).toBeHidden()

  // The meeting in September: notice and minutes; the one in December: the package.
  await page.keyboard.press('Alt+3')
  await page.getByRole('row', { name: /Overordnet strategisk samarbeidsutvalg møte 4\/2026/ }).click()
  await page.getByRole('button', { name: 'Saksliste og protokoll' }).click()
  await page.getByRole('button', { name: /^Word/ }).click()
  const notice = await download(page, downloads, () =>
    page.getByRole('menuitem', { name: 'Last ned innkalling med saksliste' }).click(),
  )
  await page.getByRole('tab', { name: 'Protokoll' }).click()
  await page.getByRole('button', { name: /^Word/ }).click()
  const minutes = await download(page, downloads, () =>
    page.getByRole('menuitem', { name: 'Last ned protokoll' }).click(),
  )

  await page.getByRole('tab', { name: 'Saksliste' }).click()
  await page
    .getByRole('link', { name: /^Budsjett for sekretariatet 2027/ })
    .first()
    .click()
  await page.getByRole('button', { name: /^Word/ }).click()
  const caseDocument = await download(page, downloads, () =>
    page.getByRole('menuitem', { name: 'Last ned saksfremlegg' }).click(),
  )

  await page.keyboard.press('Alt+2')
  await page.getByRole('button', { name: 'Årshjul (Word)' }).click()
  const plan = await download(page, downloads, () => page.getByRole('menuitem', { name: 'Last ned årshjul' }).click())
  await page.keyboard.press('Alt+4')
  await page.getByRole('tab', { name: 'Oppfølging' }).click()
  await page.getByRole('button', { name: 'Oppfølgingsliste (Word)' }).click()
  const followUps = await download(page, downloads, () =>
    page.getByRole('menuitem', { name: 'Last ned oppfølgingsliste' }).click(),
  )

  await page.keyboard.press('Alt+3')
  await page.getByRole('row', { name: /Overordnet strategisk samarbeidsutvalg møte 5\/2026/ }).click()
  await page.getByRole('button', { name: 'Saksliste og protokoll' }).click()
  await page.getByRole('button', { name: /^Word/ }).click()
  await page.getByRole('menuitem', { name: new RegExp(`^Arkiver møtepakke i ${archive}`) }).click()
  await expect(page.getByText(/^Arkivert: \d+ filer/).first()).toBeVisible()

  // The package went into its own folder, with the manifest an archivist files by.
  const [packageFolder] = readdirSync(archive)
  const filed = readdirSync(join(archive, packageFolder))
  expect(filed).toContain('manifest.csv')
  expect(filed).toContain('manifest.json')
  const manifest = JSON.parse(readFileSync(join(archive, packageFolder, 'manifest.json'), 'utf8')) as {
    dokumenter: { tittel: string; filnavn: string; sjekksum: string; utvalg: string }[]
  }
  expect(manifest.dokumenter.length).toBeGreaterThanOrEqual(5)
  for (const entry of manifest.dokumenter) {
    expect(existsSync(join(archive, packageFolder, entry.filnavn))).toBe(true)
    expect(entry.sjekksum).toMatch(/^[0-9a-f]{64}$/)
  }
  const csv = readFileSync(join(archive, packageFolder, 'manifest.csv'))
  expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  expect(csv.toString('utf8')).toContain('tittel;dokumenttype;dokumentdato;utvalg;møtedato;møtesaksnummer')

  // Every document opens in LibreOffice and says what it should.
  const packageFile = join(archive, packageFolder, manifest.dokumenter[0].filnavn)
  const [noticeText, minutesText, caseText, planText, followUpText, packageText] = printed(
    [notice, minutes, caseDocument, plan, followUps, packageFile],
    downloads,
  )
  expect(noticeText).toContain('OSS-sak 18/2026')
  expect(noticeText).toContain('Budsjett for sekretariatet 2027')
  expect(minutesText).toContain('Vedtak')
  expect(minutesText).toMatch(/Godkjent \d\d\.\d\d\.2026/)
  expect(caseText).toContain('Forslag til vedtak')
  expect(caseText).toContain('OSS-sak 18/2026')
  expect(planText).toContain('2026')
  expect(followUpText).toContain('Forfalt')
  expect(packageText).toContain('Årlig gjennomgang av handlingsplanen')
  expect(packageText).toMatch(/Side \d+ av \d+/)
})
