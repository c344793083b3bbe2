import { expect, openDemoRegister, test } from './app'
import type { Locator } from '@playwright/test'

/** Types into a searchable picker and chooses the option that starts with `option`. */
async function pick(scope: Locator, label: string | RegExp, text: string, option: RegExp) {
  const box = scope.getByRole('combobox', { name: label })
  await box.click()
  await box.fill(text)
  await scope.page().getByRole('option', { name: option }).first().click()
}

test('en person får et verv, vervet blir medlem av et utvalg med personlig vara, og søket finner henne', async ({
  app,
}) => {
  const { page } = app
  await openDemoRegister(page)

  // The person.
  await page.getByRole('button', { name: 'Ny person' }).click()
  let dialog = page.getByRole('dialog', { name: 'Ny person' })
  await dialog.getByLabel('Navn').fill('Ingeborg Testdal')
  await dialog.getByLabel('Tittel').fill('Kommunalsjef oppvekst')
  await pick(dialog, 'Organisasjon', 'arendal', /^Arendal kommune/)
  await dialog.getByRole('button', { name: 'Lagre' }).click()
  await expect(page.getByRole('row', { name: /Ingeborg Testdal/ })).toBeVisible()

  // The role, and Ingeborg as its holder from 1 January 2026.
  await page.getByRole('tab', { name: 'Verv' }).click()
  await page.getByRole('button', { name: 'Nytt verv' }).click()
  dialog = page.getByRole('dialog', { name: 'Nytt verv' })
  await dialog.getByRole('combobox', { name: 'Type' }).click()
  await page.getByRole('option', { name: 'Kommunalsjef', exact: true }).click()
  await pick(dialog, 'Organisasjon', 'arendal', /^Arendal kommune/)
  await dialog.getByLabel('Tittel').fill('Kommunalsjef oppvekst')
  await dialog.getByRole('button', { name: 'Lagre' }).click()
  await page.getByRole('searchbox', { name: 'Søk' }).fill('oppvekst')
  await page.getByRole('row', { name: /Kommunalsjef oppvekst/ }).click()
  const roleDetail = page.getByRole('complementary', { name: 'Kommunalsjef oppvekst, Arendal kommune' })
  await expect(roleDetail.getByText('Vervet har ingen innehaver ennå.')).toBeVisible()
  await roleDetail.getByRole('button', { name: 'Ny innehaver' }).click()
  dialog = page.getByRole('dialog', { name: /Ny innehaver av Kommunalsjef oppvekst/ })
  await dialog.getByRole('button', { name: 'Lagre' }).click()
  await expect(dialog.getByText('Person må fylles ut.')).toBeVisible()
  await pick(dialog, 'Person', 'testdal', /^Ingeborg Testdal/)
  await dialog.getByRole('combobox', { name: 'Fra dato' }).fill('1.1.2026')
  await dialog.getByRole('combobox', { name: 'Fra dato' }).press('Tab')
  await dialog.getByRole('button', { name: 'Lagre' }).click()
  await expect(roleDetail.getByRole('region', { name: 'Innehavere' })).toContainText('Ingeborg Testdal')
  await expect(roleDetail.getByRole('region', { name: 'Innehaver på dato' })).toContainText(/: Ingeborg Testdal/)
  await expect(page.getByRole('row', { name: /Kommunalsjef oppvekst.*Ingeborg Testdal.*01\.01\.2026/ })).toBeVisible()

  // The role as a member of OSS, with a named personal deputy.
  await page.getByRole('tab', { name: 'Utvalg' }).click()
  await page.getByRole('row', { name: /^Overordnet strategisk samarbeidsutvalg OSS/ }).click()
  const bodyDetail = page.getByRole('complementary', { name: 'Overordnet strategisk samarbeidsutvalg' })
  await bodyDetail.getByRole('button', { name: 'Legg til medlem' }).click()
  dialog = page.getByRole('dialog', { name: 'Medlem av Overordnet strategisk samarbeidsutvalg' })
  await dialog
    .getByRole('radiogroup', { name: 'Medlem' })
    .getByRole('radio', { name: 'Verv (følger innehaveren)' })
    .check()
  await pick(dialog, 'Medlem', 'oppvekst', /^Kommunalsjef oppvekst, Arendal kommune/)
  await pick(dialog, 'Representerer organisasjon', 'arendal', /^Arendal kommune/)
  await pick(dialog, 'Personlig vara', 'gro årdal', /^Gro Årdal/)
  await dialog.getByRole('button', { name: 'Lagre' }).click()
  const member = bodyDetail
    .getByRole('listitem')
    .filter({ hasText: 'Kommunalsjef oppvekst, Arendal kommune (Ingeborg Testdal)' })
  await expect(member).toBeVisible()
  await expect(member).toContainText('Personlig vara: Gro Årdal')

  // Search finds her, and her page shows the seat she holds through the role.
  await page.getByRole('tab', { name: 'Personer' }).click()
  await page.getByRole('searchbox', { name: 'Søk' }).fill('testdal')
  await expect(page.getByText('1 av 159')).toBeVisible()
  await page.getByRole('row', { name: /Ingeborg Testdal/ }).click()
  const personDetail = page.getByRole('complementary', { name: 'Ingeborg Testdal' })
  await expect(personDetail.getByRole('region', { name: 'Verv' })).toContainText(
    'Kommunalsjef oppvekst, Arendal kommune',
  )
  await expect(personDetail.getByRole('region', { name: 'Utvalg' })).toContainText(
    'Overordnet strategisk samarbeidsutvalg',
  )

  // And the register keeps her: deleting her is refused while she holds the role.
  await page.keyboard.press('Delete')
  const confirm = page.getByRole('alertdialog', { name: 'Slette Ingeborg Testdal?' })
  await confirm.getByRole('button', { name: 'Slett' }).click()
  await expect(confirm.getByRole('alert')).toHaveText('Kan ikke slette Ingeborg Testdal: 1 vervperiode.')
})
