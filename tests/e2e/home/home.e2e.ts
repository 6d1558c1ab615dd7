import { expect, test } from '../fixtures'
import { expectNoAxeViolations } from '../axe'

test.describe('front page', () => {
  test('shows the partnerships from the database in bokmål', async ({ page }) => {
    await page.goto('/')
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb')
    await expect(page).toHaveTitle('Samkomp')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kompetanseutvikling i partnerskap')
    const table = page.getByRole('table', { name: 'Partnerskap og kompetanseregioner på plattformen' })
    await expect(table.getByRole('row', { name: /Salten KAN/ })).toContainText('Nordland')
    await expect(table.getByRole('row', { name: /Salten KAN/ })).toContainText('Nord')
    await expect(table.getByRole('row', { name: /Nordre Sunnmøre/ })).toContainText('Møre og Romsdal')
    await expectNoAxeViolations(page)
  })

  test('switches to nynorsk and English and remembers the choice', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('button', { name: 'Nynorsk' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'nn')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kompetanseutvikling i partnarskap')
    await expectNoAxeViolations(page)
    await page.reload()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kompetanseutvikling i partnarskap')
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Competence development in partnership')
    await expectNoAxeViolations(page)
  })

  test('accessibility statement is linked from every page and passes axe', async ({ page }) => {
    await page.goto('/')
    await page.getByRole('link', { name: 'Tilgjengelighetserklæring' }).click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tilgjengelighetserklæring for Samkomp')
    await expect(page).toHaveTitle('Tilgjengelighetserklæring for Samkomp – Samkomp')
    await expectNoAxeViolations(page)
  })

  test('an unknown address gets a Norwegian not-found page that passes axe', async ({ page }) => {
    const response = await page.goto('/finnes-ikke')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fant ikke siden')
    await expectNoAxeViolations(page)
  })
})
