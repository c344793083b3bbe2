import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './app'

/** A real Word file, written by python-docx (Debian's python3-docx), as a secretary would get one. */
function caseDocument(): string {
  const path = join(mkdtempSync(join(tmpdir(), 'sekretariat-docx-')), 'Kompetanseplan - saksfremlegg.docx')
  const spec = {
    blocks: [
      { p: ['Saksnummer: 11/2026'] },
      { title: 'Felles kompetanseplan for hjemmetjenesten' },
      { heading: 'Bakgrunn for saken', level: 1 },
      { p: ['RS Lister ba om en felles plan, se sak 09/2026.'] },
      { heading: 'Saksopplysninger', level: 1 },
      { bullets: [{ runs: ['Opplæring'], children: [['E-læring'], ['Hospitering']] }, ['Veiledning']] },
      {
        table: [
          ['Region', 'Deltakere'],
          ['Lister', '14'],
          ['Setesdal', '6'],
        ],
        header: true,
      },
      { heading: 'Vurdering', level: 1 },
      { p: [{ text: 'Planen bør gjelde alle regionene.', bold: true }] },
      { heading: 'Forslag til vedtak', level: 1 },
      { numbers: [['Planen vedtas.'], ['Sekretariatet følger opp i 2027.']] },
    ],
  }
  execFileSync('/usr/bin/python3', ['src/main/cases/make-docx.py', path], { input: JSON.stringify(spec) })
  return path
}

async function chooseOption(page: Page, scope: ReturnType<Page['getByRole']>, label: string, option: RegExp) {
  await scope.getByRole('combobox', { name: label }).click()
  await page.getByRole('option', { name: option }).click()
}

const editor = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true })
const agendaRow = (page: Page, title: string | RegExp) =>
  page.getByRole('table', { name: 'Saksliste' }).getByRole('row', { name: title })

test('skrive saker, bygge sakslisten, sende innkalling og føre protokoll', async ({ app }) => {
  test.setTimeout(180_000)
  const { page } = app
  page.setDefaultTimeout(15_000)
  await page.getByRole('button', { name: 'Åpne demo' }).click()
  await expect(page.getByRole('heading', { name: 'Oversikt' })).toBeVisible()

  // A new case, written with a nested list and a table.
  await page.keyboard.press('Alt+4')
  await expect(page.getByRole('heading', { name: 'Saker', level: 1 })).toBeVisible()
  await page.keyboard.press('Control+n')
  const created = page.getByRole('dialog', { name: 'Ny sak' })
  await created.getByRole('textbox', { name: 'Tittel' }).fill('Samarbeid om legevakt i Agder')
  await chooseOption(page, created, 'Utvalg', /^Overordnet strategisk samarbeidsutvalg/)
  await created.getByRole('button', { name: 'Opprett' }).click()
  await expect(page).toHaveURL(/#\/saker\/\d+$/)

  const facts = editor(page, 'Saksopplysninger')
  await facts.click()
  await page.keyboard.type('Status i regionene:')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Control+Shift+8')
  await page.keyboard.type('Lister')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Farsund og Lyngdal')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.type('Setesdal')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Enter')
  await page
    .getByRole('toolbar', { name: 'Formatering – Saksopplysninger' })
    .getByRole('button', { name: 'Sett inn tabell' })
    .click()
  await page.keyboard.type('Kommune')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Legevakt')
  await expect(facts.locator('ul ul li')).toHaveText('Farsund og Lyngdal')
  await expect(facts.locator('table th').first()).toHaveText('Kommune')
  await editor(page, 'Forslag til vedtak').click()
  await page.keyboard.press('Control+Shift+7')
  await page.keyboard.type('OSS slutter seg til samarbeidet.')
  await expect(page.getByRole('status').filter({ hasText: 'Lagret' })).toBeVisible()
  await page.getByRole('button', { name: 'Klar for møte' }).click()
  await expect(page.getByRole('button', { name: 'Tilbake til utkast' })).toBeVisible()

  // Survives a reload: the text was saved as it was typed.
  await page.reload()
  await expect(editor(page, 'Saksopplysninger').locator('ul ul li')).toHaveText('Farsund og Lyngdal')

  // Another case, imported from Word.
  await page.getByRole('link', { name: 'Tilbake til alle saker' }).click()
  await page.locator('input[type=file][accept*=docx]').setInputFiles(caseDocument())
  const imported = page.getByRole('dialog', { name: 'Importer saksfremlegg fra Word' })
  await expect(imported.getByRole('textbox', { name: 'Tittel' })).toHaveValue(
    'Felles kompetanseplan for hjemmetjenesten',
  )
  await chooseOption(page, imported, 'Utvalg', /^Overordnet strategisk samarbeidsutvalg/)
  await imported.getByRole('button', { name: 'Opprett' }).click()
  await expect(editor(page, 'Saksopplysninger').locator('table')).toContainText('Setesdal')
  await expect(editor(page, 'Saksopplysninger').locator('li li').first()).toHaveText('E-læring')
  await expect(editor(page, 'Forslag til vedtak').locator('ol > li')).toHaveCount(2)
  await page.getByRole('button', { name: 'Klar for møte' }).click()
  await expect(page.getByRole('button', { name: 'Tilbake til utkast' })).toBeVisible()

  // Both wait in OSS' queue.
  await page.getByRole('link', { name: 'Tilbake til alle saker' }).click()
  await page.getByRole('tab', { name: 'Kø' }).click()
  await expect(page.getByRole('row', { name: /Samarbeid om legevakt i Agder/ })).toBeVisible()
  await expect(page.getByRole('row', { name: /Felles kompetanseplan for hjemmetjenesten/ })).toBeVisible()

  // The agenda of OSS' meeting on 2 December: add both, move the imported one up by keyboard.
  await page.getByRole('link', { name: /Åpne sakslisten til møtet 02\.12\.2026/ }).click()
  await expect(page.getByRole('tab', { name: 'Saksliste' })).toHaveAttribute('aria-selected', 'true')
  for (const title of ['Samarbeid om legevakt i Agder', 'Felles kompetanseplan for hjemmetjenesten']) {
    await page.getByRole('button', { name: 'Legg til sak …' }).click()
    const add = page.getByRole('dialog', { name: /^Legg til sak/ })
    await add.getByRole('combobox', { name: 'Søk i køen' }).fill(title)
    await expect(add.getByRole('option')).toHaveCount(1)
    await add.getByRole('combobox', { name: 'Søk i køen' }).press('Enter')
    await expect(add.getByRole('status')).toContainText(title)
    await add.getByRole('button', { name: 'Lukk' }).click()
    await expect(agendaRow(page, new RegExp(title))).toBeVisible()
  }
  const numberOf = async (title: RegExp) =>
    /OSS-sak \d\d\/2026/.exec(await agendaRow(page, title).innerText())?.[0] ?? null
  const before = await numberOf(/Samarbeid om legevakt i Agder/)
  await agendaRow(page, /Felles kompetanseplan/).focus()
  await page.keyboard.press('Alt+ArrowUp')
  await expect.poll(() => numberOf(/Felles kompetanseplan/)).toBe(before)

  // Send the notice: the numbers freeze.
  await page.getByRole('button', { name: 'Send innkalling …' }).click()
  const send = page.getByRole('alertdialog', { name: 'Sende innkallingen?' })
  await expect(send).toContainText('får fast nummer')
  await send.getByRole('button', { name: 'Send innkalling' }).click()
  await expect(page.getByText(/^Innkalling sendt \d\d\.\d\d\.\d{4} kl\./)).toBeVisible()
  const legevakt = await numberOf(/Samarbeid om legevakt i Agder/)
  expect(legevakt).toMatch(/^OSS-sak \d\d\/2026$/)

  // Withdraw it: it keeps its number, shown as withdrawn.
  await agendaRow(page, /Samarbeid om legevakt i Agder/)
    .getByRole('button', { name: /^Handlinger for/ })
    .click()
  await page.getByRole('menuitem', { name: 'Trekk saken …' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Trekk saken' }).click()
  await expect(agendaRow(page, /Samarbeid om legevakt i Agder/)).toContainText('Trukket')
  expect(await numberOf(/Samarbeid om legevakt i Agder/)).toBe(legevakt)

  // A late case takes the next free number.
  await page.getByRole('button', { name: 'Legg til sak …' }).click()
  const late = page.getByRole('dialog', { name: /^Legg til sak/ })
  await expect(late).toContainText('blir tilleggssak')
  await late.getByRole('combobox', { name: 'Søk i køen' }).fill('Rapportering')
  await expect(late.getByRole('option')).toHaveCount(1)
  await late.getByRole('combobox', { name: 'Søk i køen' }).press('Enter')
  await late.getByRole('button', { name: 'Lukk' }).click()
  await expect(agendaRow(page, /Rapportering/)).toContainText('Tilleggssak')

  // Hold the meeting and write the minutes: decision and follow-up.
  await page.getByRole('button', { name: 'Sett til «Avholdt»' }).click()
  await page.getByRole('tab', { name: 'Protokoll' }).click()
  const decision = editor(page, 'Vedtak – Felles kompetanseplan for hjemmetjenesten')
  await expect(decision).toContainText('Planen vedtas.')
  await decision.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Planen sendes til kommunene.')
  const item = page.getByRole('region', { name: /Felles kompetanseplan for hjemmetjenesten/ })
  await item.getByRole('textbox', { name: 'Ny oppfølging', exact: true }).fill('Sende planen til kommunene')
  await item.getByRole('textbox', { name: 'Ny oppfølging: Ansvarlig' }).fill('Sekretariatet')
  await item.getByRole('button', { name: 'Legg til' }).click()
  await expect(item.getByRole('checkbox', { name: '«Sende planen til kommunene» er utført' })).toBeVisible()
  await expect(item.getByRole('status').filter({ hasText: 'Lagret' })).toBeVisible()
  await page.getByRole('button', { name: 'Sett til «Protokoll skrevet»' }).click()

  // The next meeting approves the minutes.
  await page.keyboard.press('Alt+3')
  await page.getByRole('button', { name: 'Neste år' }).click()
  await page.getByRole('button', { name: 'Nytt møte' }).click()
  const form = page.getByRole('dialog', { name: 'Nytt møte' })
  await chooseOption(page, form, 'Utvalg', /^Overordnet strategisk samarbeidsutvalg/)
  await form.getByRole('combobox', { name: 'Dato' }).fill('03.02.2027')
  await form.getByRole('combobox', { name: 'Dato' }).press('Tab')
  await form.getByRole('button', { name: 'Lagre' }).click()
  await page.getByRole('row', { name: /03\.02\..*Overordnet strategisk/ }).click()
  await page.getByRole('button', { name: 'Saksliste og protokoll' }).click()
  await page.getByRole('button', { name: 'Start saksliste' }).click()
  await page.getByRole('button', { name: 'Send innkalling …' }).click()
  await page.getByRole('alertdialog').getByRole('button', { name: 'Send innkalling' }).click()
  await page.getByRole('tab', { name: 'Protokoll' }).click()
  await page.getByRole('button', { name: 'Godkjenn protokollen fra 02.12.2026' }).click()
  await expect(page.getByText('Godkjent 23.11.2026')).toBeVisible()

  // The approved minutes are locked.
  await page
    .getByRole('link', { name: /Protokoll fra møtet 02\.12\.2026|Åpne protokollen/ })
    .first()
    .click()
  await expect(page.getByText(/Protokollen er godkjent .* og låst/)).toBeVisible()

  // The follow-up list across bodies has the new action.
  await page.keyboard.press('Alt+4')
  await page.getByRole('tab', { name: 'Oppfølging' }).click()
  await expect(page.getByRole('row', { name: /Sende planen til kommunene/ })).toBeVisible()
})

test('følge en sak fra RS til OSS, med begge numrene, og finne den i søket', async ({ app }) => {
  const { page } = app
  await page.getByRole('button', { name: 'Åpne demo' }).click()
  await expect(page.getByRole('heading', { name: 'Oversikt' })).toBeVisible()

  // A handled RS case goes on to OSS: a new case there, with the document as its start.
  await page.keyboard.press('Alt+4')
  await page.getByRole('searchbox', { name: 'Søk i sakstitler' }).fill('øyeblikkelig hjelp i Setesdal')
  await page.getByRole('row', { name: /Legevakt og øyeblikkelig hjelp i Setesdal/ }).click()
  await page.keyboard.press('Enter')
  await page.getByRole('button', { name: 'Send videre til …' }).click()
  const forward = page.getByRole('dialog', { name: 'Send saken videre' })
  await chooseOption(page, forward, 'Til utvalg', /^Overordnet strategisk samarbeidsutvalg/)
  await forward.getByRole('button', { name: 'Send videre' }).click()
  const path = page.getByRole('region', { name: /^Saksgang/ })
  await expect(path).toContainText('RS-S')
  await expect(path).toContainText('15/2026')
  await expect(path).toContainText('OSS')

  // Ctrl+K finds the demo's forwarded matter by words in its text, with both numbers on the way.
  await page.keyboard.press('Control+k')
  const search = page.getByRole('dialog', { name: 'Hurtigsøk' })
  await search.getByRole('combobox', { name: 'Søk i saker' }).fill('felles legevakt lister')
  await expect(search.getByRole('option').first()).toContainText('Felles legevakt i Lister')
  await expect(search.locator('mark').first()).toBeVisible()
  await search.getByRole('combobox', { name: 'Søk i saker' }).press('Enter')
  await expect(page.getByRole('region', { name: /^Saksgang/ })).toContainText('RS-L')
  await expect(page.getByRole('region', { name: /^Saksgang/ })).toContainText(/OSS-sak \d\d\/2026/)
})
