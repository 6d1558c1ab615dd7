import { expect, test } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'

test.describe('resource portal', () => {
  test('a teacher finds a package by search and filter, starts it for the team and marks a module done; the owner sees the progress', async ({ page }) => {
    test.setTimeout(90_000)
    // On a phone: every step works at 390 px without the page scrolling sideways.
    await page.setViewportSize({ width: 390, height: 844 })
    const noSideScroll = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)

    await loginAs(page, 'Lærer Lars')
    await page.goto('/ressurser')
    await expect(page.getByRole('heading', { level: 1, name: 'Ressursportal' })).toBeVisible()
    await expectNoAxeViolations(page)
    await noSideScroll()

    // Another form of the word finds it (Norwegian stems); the filters narrow to mathematics on 6th grade.
    await page.getByRole('searchbox', { name: 'Søk i ressursene' }).fill('matematikksamtalene')
    await page.getByLabel('Tema', { exact: true }).selectOption({ label: 'Matematikk' })
    await page.getByLabel('Trinn', { exact: true }).selectOption({ label: '6. trinn' })
    await page.getByRole('button', { name: 'Søk', exact: true }).click()
    await expect(page).toHaveURL(/q=matematikksamtalene/)
    await expect(page.getByRole('heading', { name: /\d+ ressurs/ })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Lesing i alle fag' })).toHaveCount(0)
    await page.getByRole('link', { name: 'Matematikksamtaler på mellomtrinnet' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Matematikksamtaler på mellomtrinnet' })).toBeVisible()
    await expect(page.getByText('Læreplan i matematikk 1.–10. trinn (MAT01-05)')).toBeVisible()
    await expectNoAxeViolations(page)
    await noSideScroll()

    const team = `Trinnteam e2e ${Date.now()}`
    const start = page.locator('details').filter({ has: page.getByText('Ta pakken i bruk', { exact: true }) })
    if ((await start.getAttribute('open')) === null) await start.locator('summary').click()
    await page.getByLabel('Team', { exact: true }).fill(team)
    await page.getByRole('button', { name: 'Start pakken' }).click()
    const use = page.getByRole('article', { name: new RegExp(`${team}$`) })
    await expect(use).toContainText('0 av 4 moduler ferdig')
    await expect(use).toContainText('Her er vi nå')
    await use.getByRole('button', { name: 'Modul 1 er ferdig' }).click()
    await expect(use).toContainText('1 av 4 moduler ferdig')
    await expect(use.getByText('Ferdig', { exact: true })).toBeVisible()
    await expect(use.getByRole('button', { name: 'Modul 1 er ferdig' })).toHaveCount(0)
    await expectNoAxeViolations(page)
    await noSideScroll()

    // The school owner follows the packages in use at its schools.
    await loginAs(page, 'Per Kommunalsjef')
    await page.goto('/ressurser/fremdrift')
    await expect(page.getByRole('heading', { level: 1, name: 'Fremdrift i pakkene' })).toBeVisible()
    const row = page.getByRole('row').filter({ hasText: team })
    await expect(row).toContainText('Matematikksamtaler på mellomtrinnet')
    await expect(row).toContainText('1 av 4 moduler ferdig')
    await expect(row).toContainText('2. Matematikksamtaler i praksis')
    await expectNoAxeViolations(page)
    await noSideScroll()
  })

  test('a teacher in Nordre Sunnmøre finds her partnership’s package and never Salten’s', async ({ page }) => {
    await loginAs(page, 'Lærar Liv')
    await page.goto('/ressurser?q=matematikksamtaler')
    await expect(page.getByRole('link', { name: 'Matematikksamtaler på mellomtrinnet' })).toHaveCount(0)
    await page.goto('/ressurser?q=inkluderande')
    await expect(page.getByRole('link', { name: 'Inkluderande læringsmiljø i barnehage og skule' })).toBeVisible()
  })
})
