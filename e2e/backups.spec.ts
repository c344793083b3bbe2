import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './app'

test.describe('Sikkerhetskopier', () => {
  test('en sikkerhetskopi gjenopprettes etter bekreftelse, og endringen etter den er borte', async ({ app }) => {
    const { page } = app
    await page.getByRole('button', { name: 'Åpne demo' }).click()
    await page.getByRole('heading', { name: 'Oversikt' }).waitFor()
    await page.keyboard.press('Alt+8')
    const section = page.getByRole('region', { name: 'Sikkerhetskopier' })
    await expect(section.getByText('Ingen sikkerhetskopier ennå')).toBeVisible()
    await section.getByRole('button', { name: 'Ta sikkerhetskopi nå' }).click()
    await expect(section.getByRole('status')).toContainText('Sikkerhetskopien er tatt')
    await expect(section.getByRole('row', { name: /Tatt av deg/ })).toBeVisible()

    // A change after the backup: the workspace gets a new name.
    const name = page.getByLabel('Navn på helsefellesskapet')
    await expect(name).toHaveValue('Helsefellesskapet i Agder (demo)')
    await name.fill('Helsefellesskapet Omdøpt')
    await page.getByRole('button', { name: 'Lagre', exact: true }).click()
    // The shell shows the workspace's name under the app's.
    await expect(page.getByText('Helsefellesskapet Omdøpt', { exact: true }).first()).toBeVisible()

    await section.getByRole('button', { name: /^Gjenopprett sikkerhetskopien fra .* \(Tatt av deg\)$/ }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Gjenopprette sikkerhetskopien?' })
    await expect(dialog).toContainText('Alt som er endret etter det, forsvinner')
    await expect(dialog).toContainText('Først tas en sikkerhetskopi av slik arbeidsområdet er nå')
    await dialog.getByRole('button', { name: 'Gjenopprett' }).click()
    await expect(dialog).toBeHidden()

    await expect(section.getByRole('status')).toContainText('er gjenopprettet')
    await expect(page.getByLabel('Navn på helsefellesskapet')).toHaveValue('Helsefellesskapet i Agder (demo)')
    await expect(page.getByText('Helsefellesskapet Omdøpt', { exact: true }).first()).toBeHidden()
    await expect(section.getByRole('row', { name: /Før gjenoppretting/ })).toBeVisible()

    // The old state holds after a restart too: it is the file, not the screen.
    const again = await app.restart()
    // The shortcuts work once the shell is up: wait for it, as a user would.
    await again.getByRole('heading', { name: 'Oversikt' }).waitFor()
    await again.keyboard.press('Alt+8')
    await expect(again.getByLabel('Navn på helsefellesskapet')).toHaveValue('Helsefellesskapet i Agder (demo)')
  })

  test('en skadet databasefil ved oppstart gir tilbud om sikkerhetskopi, og gjenopprettingen åpner arbeidsområdet', async ({
    app,
  }) => {
    await app.page.getByRole('button', { name: 'Åpne demo' }).click()
    await app.page.getByRole('heading', { name: 'Oversikt' }).waitFor()
    // The next start backs the workspace up ("Ved oppstart").
    await app.restart()
    const backups = join(app.dataFolder, 'sikkerhetskopier')
    const [startBackup] = readdirSync(backups).filter((f) => f.endsWith(' start.sqlite'))
    expect(startBackup).toBeTruthy()

    // A new data folder with the same backups and a database file whose middle pages are noise.
    const damaged = app.freshDataFolder()
    mkdirSync(join(damaged, 'sikkerhetskopier'))
    copyFileSync(join(backups, startBackup), join(damaged, 'sikkerhetskopier', startBackup))
    const bytes = readFileSync(join(backups, startBackup))
    const pageSize = bytes.readUInt16BE(16)
    const middle = Math.floor(bytes.length / pageSize / 2) * pageSize
    for (let i = 0; i < pageSize; i++) bytes[middle + i] = (i * 151 + 7) & 0xff
    writeFileSync(join(damaged, 'sekretariat.sqlite'), bytes)

    const page = await app.restart(damaged)
    await expect(page.getByRole('heading', { name: 'Databasen er skadet' })).toBeVisible()
    await expect(page.getByText('har ikke åpnet den og ikke endret noe i den')).toBeVisible()
    await expect(
      page.getByText(/Sikkerhetskopien er fra .* \(Ved oppstart\)\. Den er sjekket og er i orden\./),
    ).toBeVisible()
    await expect(page.getByText(/er ikke med i kopien og må legges inn på nytt/)).toBeVisible()

    await page.getByRole('button', { name: 'Gjenopprett sikkerhetskopien', exact: true }).click()
    await expect(page.getByRole('heading', { name: 'Oversikt' })).toBeVisible()
    await expect(page.getByText('Helsefellesskapet i Agder (demo)').first()).toBeVisible()
    // The damaged file is kept aside, not deleted.
    expect(readdirSync(damaged).some((f) => /^sekretariat\.sqlite\.skadet-/.test(f))).toBe(true)
  })
})
