import { readFileSync } from 'node:fs'
import { expect, openDemoRegister, test } from './app'

test.describe('Registeret', () => {
  test('første start med demo-arbeidsområdet viser et levende register', async ({ app }) => {
    const { page } = app
    await expect(page.getByRole('heading', { name: 'Velkommen til Sekretariat' })).toBeVisible()
    await openDemoRegister(page)

    await expect(page.getByText('Helsefellesskapet i Agder (demo)')).toBeVisible()
    const people = page.getByRole('table', { name: 'Personer' })
    await expect(people.getByRole('row')).toHaveCount(159) // 158 people and the header

    await page.getByRole('tab', { name: 'Organisasjoner' }).click()
    await page.getByRole('searchbox', { name: 'Søk' }).fill('setesdal')
    await expect(page.getByText('4 av 37')).toBeVisible()

    await page.getByRole('tab', { name: 'Utvalg' }).click()
    await page.getByRole('row', { name: /^Overordnet strategisk samarbeidsutvalg OSS/ }).click()
    const detail = page.getByRole('complementary', { name: 'Overordnet strategisk samarbeidsutvalg' })
    await expect(detail.getByText('OSS-sak 09/')).toBeVisible()
    await expect(detail.getByText(/Personlig vara: /).first()).toBeVisible()
  })

  test('ugyldig inndata viser feltets melding og lagrer ingenting', async ({ app }) => {
    const { page } = app
    await openDemoRegister(page)
    await page.getByRole('button', { name: 'Ny person' }).click()
    const dialog = page.getByRole('dialog', { name: 'Ny person' })
    await dialog.getByLabel('E-post').fill('kari@')
    await dialog.getByRole('button', { name: 'Lagre' }).click()
    await expect(dialog.getByText('Navn må fylles ut.')).toBeVisible()

    await dialog.getByLabel('Navn').fill('Kari Testesen')
    await dialog.getByRole('button', { name: 'Lagre' }).click()
    await expect(dialog.getByText('E-post er ikke en gyldig e-postadresse.')).toBeVisible()

    await dialog.getByRole('button', { name: 'Avbryt' }).click()
    await page.getByRole('searchbox', { name: 'Søk' }).fill('Testesen')
    await expect(page.getByText('Ingen treff for «Testesen».')).toBeVisible()

    // Nothing was written: after a reload the register still holds the demo's 158 people.
    await page.reload()
    await expect(page.getByText('158 av 158')).toBeVisible()
  })

  test('eksport og import flytter hele registeret til en ny datamappe', async ({ app }) => {
    let page = app.page
    await openDemoRegister(page)
    await page.getByRole('button', { name: 'Ny person' }).click()
    const dialog = page.getByRole('dialog', { name: 'Ny person' })
    await dialog.getByLabel('Navn').fill('Ørjan Flyttesen')
    await dialog.getByRole('button', { name: 'Lagre' }).click()
    await expect(page.getByRole('row', { name: /Ørjan Flyttesen/ })).toBeVisible()

    await page.keyboard.press('Alt+8')
    await expect(page.getByRole('heading', { name: 'Innstillinger' })).toBeVisible()
    const downloading = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Eksporter arbeidsområdet …' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^sekretariat-helsefellesskapet-i-agder-demo-\d{4}-\d{2}-\d{2}\.json$/)
    const file = await download.path()
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('sekretariat-arbeidsomrade')

    page = await app.restart(app.freshDataFolder())
    await expect(page.getByRole('heading', { name: 'Velkommen til Sekretariat' })).toBeVisible()
    await page.getByTestId('import-file').setInputFiles(file)
    const confirm = page.getByRole('alertdialog', { name: 'Erstatte arbeidsområdet?' })
    await expect(confirm).toContainText('159 personer, 37 organisasjoner, 12 utvalg')
    await confirm.getByRole('button', { name: 'Erstatt arbeidsområdet' }).click()

    await expect(page.getByRole('heading', { name: 'Oversikt' })).toBeVisible()
    await page.keyboard.press('Alt+7')
    await expect(page.getByText('159 av 159')).toBeVisible()
    await page.getByRole('searchbox', { name: 'Søk' }).fill('flyttesen')
    await expect(page.getByRole('row', { name: /Ørjan Flyttesen/ })).toBeVisible()
  })

  test('en ødelagt importfil avvises med grunnen, og ingenting endres', async ({ app }) => {
    const { page } = app
    await page.getByTestId('import-file').setInputFiles({
      name: 'feil.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'sekretariat-arbeidsomrade', version: 1, people: 'nei' })),
    })
    await expect(page.getByRole('alert')).toContainText('Filen er ugyldig')
    await page
      .getByTestId('import-file')
      .setInputFiles({ name: 'tull.json', mimeType: 'application/json', buffer: Buffer.from('{tull') })
    await expect(page.getByRole('alert')).toContainText('Filen er ikke gyldig JSON.')
    await expect(page.getByRole('heading', { name: 'Velkommen til Sekretariat' })).toBeVisible()
  })
})
