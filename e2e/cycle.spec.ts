import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { expect, test } from './app'

async function downloadText(page: Page, click: () => Promise<void>): Promise<{ name: string; body: Buffer }> {
  const downloading = page.waitForEvent('download')
  await click()
  const download = await downloading
  return { name: download.suggestedFilename(), body: readFileSync(await download.path()) }
}

const field = (ics: string, name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(ics)?.[1]?.trim()

test('planlegge 2027, flytte et møte etter innkalling, og se årshjulet', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Åpne demo' }).click()
  await expect(page.getByRole('heading', { name: 'Oversikt' })).toBeVisible()

  // Plan next year from the rhythms.
  await page.keyboard.press('Alt+3')
  await page.getByRole('button', { name: 'Neste år' }).click()
  await expect(page.getByText('Ingen møter i 2027')).toBeVisible()
  await page.getByRole('button', { name: 'Møterytme …' }).click()
  const rhythm = page.getByRole('dialog')
  await rhythm.getByRole('combobox', { name: 'Utvalg' }).click()
  await rhythm.getByRole('combobox', { name: 'Utvalg' }).fill('overordnet')
  await page.getByRole('option', { name: /^Overordnet strategisk samarbeidsutvalg/ }).click()
  await expect(rhythm.getByText('1. onsdag i februar, april, juni, september, desember, kl. 09:00–12:00')).toBeVisible()
  await rhythm.getByRole('button', { name: 'Lukk' }).click()
  await expect(rhythm).toBeHidden()

  await page.getByRole('button', { name: 'Planlegg året …' }).first().click()
  const plan = page.getByRole('dialog', { name: 'Planlegg 2027' })
  await plan.getByRole('button', { name: 'Lag møtene' }).click()
  await expect(plan.getByRole('status')).toContainText(/\d+ møter laget, 0 fantes fra før\./)
  await plan.getByRole('button', { name: 'Lag møtene' }).click()
  await expect(plan.getByRole('status')).toContainText(/^0 møter laget, \d+ fantes fra før\./)
  await plan.getByRole('button', { name: 'Lukk' }).click()
  await expect(plan).toBeHidden()

  // OSS on Wednesday 7 April 2027: deadlines counted around Easter.
  const april = page.getByRole('region', { name: 'april' })
  await april.getByRole('row', { name: /on\. 07\.04\..*Overordnet strategisk samarbeidsutvalg/ }).click()
  const detail = page.getByRole('complementary', { name: /^OSS møte 2\/2027/ })
  await expect(detail.getByRole('region', { name: 'Frister' })).toContainText('Saksfrist19.03.2027')
  await expect(detail.getByRole('region', { name: 'Frister' })).toContainText('Innkalling sendes31.03.2027')

  // The placeholder calendar entry, then the notice.
  const first = await downloadText(page, () => detail.getByRole('button', { name: 'Kalenderfil (.ics)' }).click())
  expect(first.name).toBe('OSS-2027-04-07.ics')
  expect(field(first.body.toString(), 'SEQUENCE')).toBe('0')
  await detail.getByRole('button', { name: 'Sett til «Saksliste under arbeid»' }).click()
  await detail.getByRole('button', { name: 'Sett til «Innkalling sendt»' }).click()
  await expect(detail.getByText('Innkalling sendt', { exact: true })).toBeVisible()

  // Move it a week after the notice: confirmation, then the deadlines and the calendar follow.
  await detail.getByRole('button', { name: /^Rediger/ }).click()
  const form = page.getByRole('dialog', { name: 'Rediger møte' })
  await form.getByRole('combobox', { name: 'Dato' }).fill('14.04.2027')
  await form.getByRole('combobox', { name: 'Dato' }).press('Tab')
  await form.getByRole('button', { name: 'Lagre' }).click()
  await expect(form.getByText(/Innkallingen til dette møtet er sendt/)).toBeVisible()
  await form.getByRole('button', { name: 'Flytt likevel' }).click()
  await expect(form).toBeHidden()
  await expect(detail.getByRole('region', { name: 'Frister' })).toContainText('Saksfrist31.03.2027')
  await expect(detail.getByRole('region', { name: 'Flyttet' })).toContainText('07.04.2027 09:00 → 14.04.2027 09:00')
  await expect(detail.getByRole('region', { name: 'Flyttet' })).toContainText('etter innkalling')
  const moved = await downloadText(page, () => detail.getByRole('button', { name: 'Kalenderfil (.ics)' }).click())
  expect(field(moved.body.toString(), 'UID')).toBe(field(first.body.toString(), 'UID'))
  expect(field(moved.body.toString(), 'SEQUENCE')).toBe('1')
  expect(moved.body.toString()).toContain('DTSTART;TZID=Europe/Oslo:20270414T090000')

  // The wheel: marks to open with the keyboard, and a PNG to take along.
  await page.keyboard.press('Alt+2')
  await page.getByRole('button', { name: 'Neste år' }).click()
  const wheel = page.getByRole('group', { name: 'Årshjul 2027' })
  await expect(wheel).toBeVisible()
  const mark = wheel.getByRole('button', { name: 'OSS møte 2/2027', exact: true })
  await expect(mark).toHaveCount(1)
  await mark.focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/moter\?aar=2027&mote=\d+/)
  await expect(page.getByRole('complementary', { name: /^OSS møte 2\/2027/ })).toBeVisible()

  await page.keyboard.press('Alt+2')
  const png = await downloadText(page, () => page.getByRole('button', { name: 'Lagre som PNG' }).click())
  expect(png.name).toBe('arshjul-2026.png')
  expect(png.body.subarray(0, 4).toString('hex')).toBe('89504e47')
})
