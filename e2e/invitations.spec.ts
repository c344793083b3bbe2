import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
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

/** Ctrl+F, a few words of a name, role or organisation, Enter: the first match is chosen and has the keyboard. */
async function find(page: Page, words: string) {
  await page.keyboard.press('Control+f')
  await expect(page.getByRole('searchbox', { name: 'Finn deltaker' })).toBeFocused()
  await page.keyboard.type(words)
  await page.keyboard.press('Enter')
}

const list = (page: Page) => page.getByRole('table', { name: 'Deltakere' })
const row = (page: Page, name: RegExp) => list(page).getByRole('row', { name })

test('deltakerliste for partnerskapsmøtet: forfall, stedfortredere, ledsagere, oppmøte og eksport', async ({ app }) => {
  test.setTimeout(180_000)
  const { page } = app
  page.setDefaultTimeout(15_000)
  const downloads = mkdtempSync(join(tmpdir(), 'sekretariat-deltakere-'))
  await page.getByRole('button', { name: 'Åpne demo' }).click()
  await expect(page.getByRole('heading', { name: 'Oversikt' })).toBeVisible()

  // The October partnership meeting: its list comes from the groups seed 000 names.
  await page.keyboard.press('Alt+5')
  await expect(page.getByRole('heading', { name: 'Deltakere', level: 1 })).toBeVisible()
  await page.getByRole('combobox', { name: 'Møte' }).click()
  await page.keyboard.type('Partnerskap')
  await page.getByRole('option', { name: /^08\.10\.2026 · Partnerskapsmøtet/ }).click()
  await expect(page).toHaveURL(/#\/deltakere\/\d+$/)
  await expect(page.getByText(/^74 invitert · 0 kommer · 0 forfall/)).toBeVisible()

  await page.getByRole('tab', { name: 'Regler' }).click()
  const bodyRules = page.getByRole('region', { name: 'Faste regler for PM' })
  await expect(bodyRules.getByText('Ordførere og fylkesordfører')).toBeVisible()
  await expect(bodyRules.getByText('Kommunedirektører og fylkeskommunedirektør')).toBeVisible()
  await expect(bodyRules.getByText('Agderbenken')).toBeVisible()
  await expect(bodyRules.getByText('Medlemmer av OSS')).toBeVisible()
  await expect(bodyRules.getByText('Styret i Sørlandet sykehus')).toBeVisible()
  const substitutes = page.getByRole('region', { name: 'Stedfortredere og ledsagere' })
  await expect(substitutes.getByText(/kommunedirektør .*kommunalsjef/)).toBeVisible()
  await expect(substitutes.getByText(/Ordfører kan ta med 1/)).toBeVisible()
  await page.getByRole('tab', { name: 'Liste' }).click()
  await expect(list(page)).toBeVisible()

  // Two chief executives cannot come: N with the reason, and their heads of department are invited.
  await find(page, 'Arendal kommunedirektør')
  await page.keyboard.press('n')
  await page.getByRole('textbox', { name: 'Forfallsgrunn for Gro Årdal' }).fill('Kommunestyremøte')
  await page.keyboard.press('Enter')
  await expect(row(page, /^Gro Årdal.*Forfall.*Kommunestyremøte/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Inviter Terje Birkeland' }).first()).toBeVisible()
  await page.keyboard.press('v')
  await expect(row(page, /^Terje Birkeland.*møter for Gro Årdal/)).toBeVisible()

  await find(page, 'Birkenes kommunedirektør')
  await page.keyboard.press('n')
  await page.getByRole('textbox', { name: 'Forfallsgrunn for Sigrid Hortemo' }).fill('Sykdom')
  await page.keyboard.press('Enter')
  await list(page).getByRole('button', { name: 'Inviter Håkon Kvinlaug' }).click()
  await expect(row(page, /^Håkon Kvinlaug.*møter for Sigrid Hortemo/)).toBeVisible()

  // Two mayors bring a politician: one from the register, one new.
  await find(page, 'Grimstad ordfører')
  const grimstad = page.getByRole('complementary', { name: 'Ola Salvesen' })
  await grimstad.getByRole('button', { name: 'Legg til ledsager (0 av 1)' }).click()
  await grimstad.getByRole('combobox', { name: 'Ledsager for Ola Salvesen' }).click()
  await page.keyboard.type('Kari Tveit')
  await page.getByRole('option', { name: /^Kari Tveit/ }).click()
  await grimstad.getByRole('button', { name: 'Legg til', exact: true }).click()
  await expect(row(page, /^Kari Tveit.*ledsager for Ola Salvesen/)).toBeVisible()
  await expect(grimstad.getByText('Ledsagerplassen er brukt.')).toBeVisible()

  await find(page, 'Arendal ordfører')
  const arendal = page.getByRole('complementary', { name: 'Sverre Aanonsen' })
  await arendal.getByRole('button', { name: 'Legg til ledsager (0 av 1)' }).click()
  await arendal.getByRole('button', { name: 'Ny person …' }).click()
  await arendal.getByRole('textbox', { name: 'Navn på ledsageren' }).fill('Per Arnesen')
  await arendal.getByRole('textbox', { name: 'Tittel' }).fill('Bystyremedlem')
  await arendal.getByRole('button', { name: 'Legg til', exact: true }).click()
  await expect(row(page, /^Per Arnesen.*Mangler e-post.*ledsager for Sverre Aanonsen/)).toBeVisible()

  // An OSS member sends apologies: the personal deputy is proposed and invited.
  await find(page, 'Randi Fidjeland')
  await page.keyboard.press('n')
  await page.keyboard.press('Enter')
  await expect(list(page).getByText('Forslag: Terje Strømme (Personlig vara)')).toBeVisible()
  await page.keyboard.press('v')
  await expect(row(page, /^Terje Strømme.*møter for Randi Fidjeland/)).toBeVisible()

  // Replies from e-mail, one key each from the top: J, J, past Gro Årdal (declined), J, U, J.
  await page.getByRole('searchbox', { name: 'Finn deltaker' }).fill('')
  await find(page, '')
  for (const key of ['j', 'j', 'ArrowDown', 'j', 'u', 'j']) await page.keyboard.press(key)
  await expect(row(page, /^Arne Reinertsen.*Kommer/)).toBeVisible()
  await expect(page.getByText(/^79 invitert · 4 kommer · 3 forfall/)).toBeVisible()

  // At the meeting: T til stede, F fraværende, then B makes the next one a host.
  await page.getByRole('tab', { name: 'Oppmøte' }).click()
  await expect(page.getByRole('table', { name: 'Oppmøte' })).toBeVisible()
  await find(page, '')
  for (const key of ['t', 't', 'f', 't', 'b']) await page.keyboard.press(key)
  const attendance = page.getByRole('table', { name: 'Oppmøte' })
  await expect(attendance.getByRole('row', { name: /^Arne Reinertsen.*Til stede/ })).toBeVisible()
  await expect(attendance.getByRole('row', { name: /^Gro Årdal.*Fraværende/ })).toBeVisible()
  await expect(attendance.getByRole('checkbox', { name: 'Bordvert: Sverre Aanonsen' })).toBeChecked()
  await expect(page.getByText(/^3 til stede · 1 fraværende/)).toBeVisible()

  // The numbers as seed 003 reports them, and the municipalities represented.
  await page.getByRole('tab', { name: 'Oversikt' }).click()
  const byCategory = page.getByRole('table', { name: 'Deltakere per kategori' })
  for (const label of [
    'Ordførere/politikere',
    'Representanter fra helseforetaket (inkl. styret)',
    'Kommunale ledere',
    'Tillitsvalgte',
    'Andre deltakere',
    'Bordverter/medvirkende',
    'Totalt',
  ])
    await expect(byCategory.getByRole('rowheader', { name: label })).toBeVisible()
  await expect(byCategory.getByRole('row', { name: /^Totalt 79 4 3 3$/ })).toBeVisible()
  await expect(page.getByRole('heading', { name: /^\d+ av 25 kommuner representert$/ })).toBeVisible()
  await expect(page.getByText(/^Ikke representert: .*Birkenes kommune/)).toBeVisible()

  // Out of the app: the Word list, CSV for mail merge, the calendar invitation and an e-mail draft.
  await page.getByRole('button', { name: 'Deltakerliste (Word)' }).click()
  const word = await download(page, downloads, () =>
    page.getByRole('menuitem', { name: 'Last ned deltakerliste' }).click(),
  )
  expect(word).toMatch(/deltakerliste\.docx$/)
  const documentXml = execFileSync('unzip', ['-p', word, 'word/document.xml'], { encoding: 'utf8' })
  expect(documentXml).toContain('Terje Birkeland')
  expect(documentXml).toContain('Partnerskapsmøtet')

  const exportItem = async (name: string) => {
    await page.getByRole('button', { name: 'Eksporter' }).click()
    return download(page, downloads, () => page.getByRole('menuitem', { name }).click())
  }
  const csvFile = await exportItem('Adresseliste for fletting (CSV)')
  expect(csvFile).toMatch(/\.csv$/)
  const csv = readFileSync(csvFile)
  expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]))
  const csvText = csv.toString('utf8')
  expect(csvText.split(/\r?\n/)[0]).toContain(';')
  expect(csvText).toContain('Gro Årdal')
  expect(csvText).toContain('Kari Tveit')

  const icsFile = await exportItem('Kalenderinvitasjon (.ics)')
  expect(icsFile).toMatch(/\.ics$/)
  const ics = readFileSync(icsFile, 'utf8')
  expect(ics).toContain('METHOD:REQUEST')
  expect(ics).toMatch(/ATTENDEE/)

  const emlFile = await exportItem('E-postutkast til alle')
  expect(emlFile).toMatch(/\.eml$/)
  const eml = readFileSync(emlFile, 'utf8')
  expect(eml).toContain('X-Unsent: 1')
  expect(eml).toMatch(/^Bcc: /m)
  // Who has no address is said, not silently left out.
  await expect(page.getByText(/e-post med innkalling\.eml er lagret\./)).toBeVisible()
  await expect(page.getByText(/uten e-postadresse.*Per Arnesen/)).toBeVisible()
})
