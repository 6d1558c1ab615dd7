import fs from 'node:fs'
import ExcelJS from 'exceljs'
import { expect, test } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'

test.describe('use of funds', () => {
  test('a school owner sees its own money on the dashboard, records co-financing and spending, and downloads the report', async ({ page }) => {
    // Note: a long flow (two forms with their error paths, four axe runs, two downloads) on a
    // two-core machine sharing one embedded database connection with the other worker.
    test.setTimeout(60_000)
    await loginAs(page, 'Per Kommunalsjef')
    await expect(page.getByRole('heading', { level: 2, name: 'Økonomi: tildelt og brukt' })).toBeVisible()
    const mine = page.getByRole('table', { name: /Tildelt, brukt og egenandel per mottaker i Salten/ })
    // The owner's dashboard shows its own row only (the header row and Bodø).
    await expect(mine.getByRole('row')).toHaveCount(2)
    await expect(mine).toContainText('Bodø kommune')
    await expect(page.locator('figure svg').first()).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByRole('link', { name: /^Åpne tilskuddsåret \d+ for Salten/ }).click()
    await expect(page.getByRole('heading', { level: 2, name: 'Tilsagn, forbruk og egenandel per mottaker' })).toBeVisible()

    // Co-financing as staff time: a bad number is refused with the hours kept, then 37,5 h × 650 kr.
    await page.getByText('Ny egenandel').click()
    const co = page.locator('form').filter({ has: page.getByRole('button', { name: 'Registrer egenandel' }) })
    await co.getByRole('radio', { name: 'Arbeidstid' }).check()
    await co.getByLabel('Timer').fill('mange')
    await co.getByLabel('Timesats (kr)').fill('650')
    await co.getByLabel('Beskrivelse').fill('Frikjøp av ressurslærere e2e')
    await co.getByRole('button', { name: 'Registrer egenandel' }).click()
    await expect(co.getByText('Oppgi antall timer, for eksempel 37,5.')).toBeVisible()
    await expect(co.getByLabel('Timer')).toHaveValue('mange')
    await expectNoAxeViolations(page)
    await co.getByLabel('Timer').fill('37,5')
    await co.getByRole('button', { name: 'Registrer egenandel' }).click()
    await expect(page.getByText('Egenandelen er registrert.')).toBeVisible()
    const coTable = page.getByRole('table', { name: 'Egenandeler registrert av skoleeierne' })
    await expect(coTable.getByRole('row').filter({ hasText: 'Frikjøp av ressurslærere e2e' })).toContainText(/24\s375,00\s*kr/)

    // Spending: more than the award is refused with what is left; then 12 345 kr on a measure.
    await page.getByText('Nytt forbruk').click()
    const spend = page.locator('form').filter({ has: page.getByRole('button', { name: 'Registrer forbruk' }) })
    await spend.getByLabel('Tiltak').selectOption({ label: 'Lesing i alle fag – lokale nettverk' })
    await spend.getByLabel('Beløp (kr)').fill('99 999 999')
    await spend.getByLabel('Beskrivelse').fill('Samling for ressurslærere e2e')
    await spend.getByRole('button', { name: 'Registrer forbruk' }).click()
    await expect(spend.getByText(/Beløpet er større enn det som er igjen av tilsagnet \(.+kr\)/)).toBeVisible()
    await expect(spend.getByLabel('Tiltak')).toHaveValue(/[0-9a-f-]{36}/)
    await spend.getByLabel('Beløp (kr)').fill('12 345')
    await spend.getByRole('button', { name: 'Registrer forbruk' }).click()
    await expect(page.getByText('Forbruket er registrert.')).toBeVisible()
    const spendTable = page.getByRole('table', { name: 'Forbruk av statlige midler, nyeste først' })
    await expect(spendTable.getByRole('row').filter({ hasText: 'Samling for ressurslærere e2e' })).toContainText(/12\s345,00\s*kr/)
    await expectNoAxeViolations(page)

    // The owner's own report as a spreadsheet: Bodø's row holds what was just recorded.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'regneark (.xlsx)' }).nth(1).click()])
    expect(download.suggestedFilename()).toMatch(/bodø-kommune\.xlsx$|bodo-kommune\.xlsx$/)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(fs.readFileSync(await download.path()) as unknown as ArrayBuffer)
    const rows = workbook.worksheets[0]!.getSheetValues().filter(Array.isArray) as unknown[][]
    const bodo = rows.find((r) => r.includes('Bodø kommune'))
    expect(bodo, 'a row for Bodø kommune').toBeTruthy()
    expect(workbook.worksheets.map((w) => w.name).join(' ')).toMatch(/Forbruk/)
    const spendingSheet = workbook.worksheets.find((w) => /Forbruk/.test(w.name))!
    const spendingRows = spendingSheet.getSheetValues().filter(Array.isArray) as unknown[][]
    expect(spendingRows.some((r) => r.includes('Samling for ressurslærere e2e') && r.includes(12345))).toBe(true)

    const pdf = await page.request.get((await page.getByRole('link', { name: 'PDF' }).first().getAttribute('href'))!)
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-')
  })

  test('the county governor sees each partnership\'s year and who is below the co-financing on its page; a principal gets no report', async ({ page }) => {
    await loginAs(page, 'Ingrid Statsforvalter')
    // The dashboard: one row per partnership's current year, each recipient is on the year's page.
    const years = page.getByRole('table', { name: /Tilskuddsåret under arbeid per partnerskap/ })
    const salten = years.getByRole('row').filter({ hasText: 'Salten' })
    await expect(salten).toContainText(/skoleeiere? under kravet/)
    await expect(years.getByRole('row').filter({ hasText: 'Bodø kommune' })).toHaveCount(0)
    await expectNoAxeViolations(page)
    await salten.getByRole('link').click()
    await expect(page.getByRole('heading', { level: 2, name: 'Tilsagn, forbruk og egenandel per mottaker' })).toBeVisible()
    await expect(page.getByRole('row').filter({ hasText: 'Bodø kommune' }).first()).toBeVisible()
    await expect(page.getByRole('row').filter({ hasText: 'Nord universitet' }).first()).toContainText('UH-partner')
    await expect(page.getByText('Under kravet').first()).toBeVisible()
    const href = new URL(page.url()).pathname

    await page.getByRole('button', { name: 'Logg ut' }).click()
    await loginAs(page, 'Rektor Rita')
    await expect(page.getByRole('heading', { name: 'Økonomi: tildelt og brukt' })).toHaveCount(0)
    expect((await page.request.get(`${href}/rapport.xlsx`)).status()).toBe(403)
    expect((await page.request.get(`${href}/rapport.pdf`)).status()).toBe(403)
  })
})
