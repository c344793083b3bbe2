import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
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

/** In the exported status sheet, sets the status of the measure numbered `number`, as a region would in Excel. */
async function setStatusInSheet(path: string, number: string, status: string): Promise<string> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.readFile(path)
  const sheet = workbook.getWorksheet('Status')
  if (!sheet) throw new Error('Statusarket mangler arket «Status»')
  let header = 0
  const columns = new Map<string, number>()
  sheet.eachRow((row, index) => {
    if (header) return
    row.eachCell((cell, col) => columns.set(String(cell.value).trim(), col))
    if (columns.has('Id') && columns.has('Status')) header = index
    else columns.clear()
  })
  const numberCol = columns.get('Nr')
  const statusCol = columns.get('Status')
  if (!header || !numberCol || !statusCol) throw new Error('Fant ikke kolonnene Nr og Status')
  let found = false
  sheet.eachRow((row, index) => {
    if (index > header && String(row.getCell(numberCol).value).trim() === number) {
      row.getCell(statusCol).value = status
      found = true
    }
  })
  if (!found) throw new Error(`Fant ikke tiltak ${number} i arket`)
  const changed = path.replace(/\.xlsx$/, ' (utfylt).xlsx')
  await workbook.xlsx.writeFile(changed)
  return changed
}

test('handlingsplanen: status i gjennomgangen, innspill fra regionene, filter, Word og Excel tur-retur', async ({
  app,
}) => {
  test.setTimeout(180_000)
  const { page } = app
  page.setDefaultTimeout(20_000)
  const downloads = mkdtempSync(join(tmpdir(), 'sekretariat-plan-'))
  await page.getByRole('button', { name: 'Åpne demo' }).click()
  await expect(page.getByRole('heading', { name: 'Oversikt' })).toBeVisible()
  await page.keyboard.press('Alt+6')

  // Seed 001's plan: three focus areas and their main goals, numbered.
  const grid = page.getByRole('treegrid', { name: /^Handlingsplan – status i Årlig gjennomgang 2025/ })
  await expect(grid).toBeVisible()
  await page.getByRole('button', { name: 'Vis bare fokusområder og hovedmål' }).click()
  await expect(grid.locator('[role="row"][aria-level="1"]')).toHaveCount(3)
  for (const name of [
    /^1 Tjenesteinnovasjon som bidrar til økt bærekraft/,
    /^2 Rett kompetanse på rett sted til rett tid/,
    /^3 Pådriver i utviklingen av Agder/,
    /^1\.1 Pasienter opplever en sammenhengende og koordinert akuttmedisinsk kjede/,
    /^1\.4 Forebygge og utsette skrøpelighet i gruppen eldre 65\+/,
    /^1\.5 Digital transformasjon/,
    /^2\.1 I Helsefellesskapet utøves tillitsbasert samhandlingsledelse/,
    /^2\.3 Godt og nyttig samarbeid med frivillige og ideelle organisasjoner/,
    /^3\.1 Åpen og proaktiv kommunikasjon/,
  ])
    await expect(grid.getByRole('row', { name })).toBeVisible()
  await expect(grid.locator('[role="row"][aria-level="2"]')).toHaveCount(12)
  await page.getByRole('button', { name: 'Vis alle' }).click()

  // A new status round: every measure starts without status, and that is flagged.
  await page.getByRole('button', { name: 'Ny gjennomgang …' }).click()
  const reviewDialog = page.getByRole('dialog', { name: 'Ny statusgjennomgang' })
  await expect(reviewDialog.getByRole('textbox', { name: 'Tittel' })).toHaveValue('Årlig gjennomgang 2026')
  await reviewDialog.getByRole('button', { name: 'Lagre' }).click()
  await expect(reviewDialog).toBeHidden()
  const round = page.getByRole('treegrid', { name: /^Handlingsplan – status i Årlig gjennomgang 2026/ })
  await expect(round).toBeVisible()
  await expect(page.getByText(/^29 av 29 tiltak mangler status i Årlig gjennomgang 2026\./)).toBeVisible()
  // The keyboard is on the matrix, ready for 1–4.
  await expect(round).toBeFocused()

  // Red, yellow and green: keys on the matrix, and the buttons beside it.
  await round.getByRole('row', { name: /^1\.1\.1\.1 Gjennomføre prosjekt Akuttmedisinsk kjede/ }).click()
  await page.keyboard.press('2')
  await expect(round.getByRole('row', { name: /^1\.1\.1\.1 .* – Startet\/pågående$/ })).toBeVisible()
  await expect(round.getByRole('row', { name: /^1\.1\.1\.1 / })).toContainText('2025: Startet/pågående')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('3')
  await expect(round.getByRole('row', { name: /^1\.1\.1\.2 .* – Gjennomført$/ })).toBeVisible()
  await round.getByRole('row', { name: /^1\.3\.1\.1 Utarbeide gode pasientforløp/ }).click()
  const pane = page.getByRole('complementary', { name: 'Tiltak 1.3.1.1' })
  await expect(pane.getByText('Forrige gjennomgang (2025): Ikke påbegynt')).toBeVisible()
  await pane.getByRole('button', { name: 'Ikke påbegynt' }).click()
  await expect(pane.getByRole('button', { name: 'Ikke påbegynt' })).toHaveAttribute('aria-pressed', 'true')
  await expect(round.getByRole('row', { name: /^1\.3\.1\.1 .* – Ikke påbegynt$/ })).toBeVisible()
  await pane.getByRole('textbox', { name: 'Kommentar' }).fill('Ikke startet. RS-ene ber om at tiltaket prioriteres.')
  await expect(pane.getByText('Lagret').first()).toBeVisible()
  await expect(page.getByText(/^26 av 29 tiltak mangler status/)).toBeVisible()

  // Input from each of the four regions' RS on the measure the regions flagged.
  const regions: [RegExp, string][] = [
    [/Kristiansand og Lindesnes/, 'Tiltaket er fortsatt relevant, men må konkretiseres for eldre med rus.'],
    [/Østre Agder/, 'Vi foreslår felles forløp med kommunene i Østre Agder som pilot.'],
    [/Lister/, 'Avstand og rekruttering gjør digital oppfølging viktig for Lister.'],
    [/Setesdal/, 'Setesdal ber om digitale samtalerom i hver kommune.'],
  ]
  for (const [region, text] of regions) {
    await pane.getByRole('button', { name: 'Nytt innspill' }).click()
    const dialog = page.getByRole('dialog', { name: 'Innspill til 1.3.1.1' })
    await dialog.getByRole('combobox', { name: 'Fra utvalg' }).click()
    await page.getByRole('option', { name: region }).first().click()
    await dialog.getByRole('textbox', { name: 'Innspill' }).fill(text)
    await dialog.getByRole('button', { name: 'Lagre' }).click()
    await expect(dialog).toBeHidden()
  }
  await expect(pane.getByRole('list', { name: 'Innspill' }).getByRole('listitem')).toHaveCount(4)
  await expect(pane.getByRole('heading', { name: 'Innspill (4)' })).toBeVisible()

  // Filter by responsible: the hospital trust's measures only.
  const count = page.getByText(/^Viser \d+ av 29 tiltak$/)
  await expect(count).toHaveText('Viser 29 av 29 tiltak')
  await page.getByRole('combobox', { name: 'Filtrer på ansvarlig' }).click()
  await page.getByRole('option', { name: /^Sørlandet sykehus HF \(\d+\)/ }).click()
  await expect(count).not.toHaveText('Viser 29 av 29 tiltak')
  await expect(round.getByRole('row', { name: /^1\.1\.1\.1 Gjennomføre prosjekt Akuttmedisinsk kjede/ })).toBeVisible()
  await expect(round.getByRole('row', { name: /^1\.1\.2 Kartlegge responstid/ })).toHaveCount(0)
  await page.getByRole('button', { name: 'Fjern filtre' }).click()
  await expect(count).toHaveText('Viser 29 av 29 tiltak')

  // Vedlegg 1 to Word, the matrix to Excel.
  await page.getByRole('button', { name: 'Vedlegg 1 (Word)' }).click()
  const word = await download(page, downloads, () =>
    page.getByRole('menuitem', { name: 'Last ned handlingsplan (vedlegg 1)' }).click(),
  )
  expect(word).toMatch(/\.docx$/)
  expect(readFileSync(word).subarray(0, 2).toString()).toBe('PK')

  await page.getByRole('button', { name: 'Excel' }).click()
  const sheet = await download(page, downloads, () =>
    page.getByRole('menuitem', { name: 'Eksporter statusark (Excel)' }).click(),
  )
  expect(sheet).toMatch(/\.xlsx$/)

  // A region marks 1.1.1.1 as done in Excel; the import shows that change before writing it.
  const filled = await setStatusInSheet(sheet, '1.1.1.1', 'Gjennomført')
  await page.getByLabel('Velg statusark (Excel)').setInputFiles(filled)
  const importDialog = page.getByRole('dialog', { name: /^Importer / })
  const changes = importDialog.getByRole('table', { name: 'Endringer i statusarket' })
  await expect(changes.getByRole('row')).toHaveCount(2)
  const change = changes.getByRole('row').nth(1)
  await expect(change).toContainText('1.1.1.1')
  await expect(change).toContainText('Status')
  await expect(change).toContainText('Startet/pågående')
  await expect(change).toContainText('Gjennomført')
  await importDialog.getByRole('button', { name: 'Importer 1 endring' }).click()
  await expect(importDialog.getByText('1 endring er lagret.')).toBeVisible()
  await importDialog.getByRole('button', { name: 'Lukk' }).click()
  await expect(importDialog).toBeHidden()
  await expect(round.getByRole('row', { name: /^1\.1\.1\.1 .* – Gjennomført$/ })).toBeVisible()
})
