import { expect, test } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'

test.describe('the yearly recommendation', () => {
  test('a forum member sees the prioritised measures and downloads the recommendation as PDF and spreadsheet', async ({ page }) => {
    await loginAs(page, 'Kari KS-representant')
    await page.goto('/forum')
    await page.getByRole('link', { name: 'Samarbeidsforum for Salten' }).click()
    const table = page.getByRole('table', { name: /Prioriterte tiltak/ })
    await expect(table).toContainText('Lesing i alle fag – lokale nettverk')
    await expect(table.getByRole('row').nth(1)).toContainText('Lokale nettverk')
    await expectNoAxeViolations(page)

    for (const [name, type] of [['PDF', 'application/pdf'], ['Regneark (xlsx)', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']] as const) {
      const href = await page.getByRole('link', { name, exact: true }).getAttribute('href')
      const response = await page.request.get(href!)
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toBe(type)
      expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="innstilling-samarbeidsforum-for-salten-\d{4}\./)
    }

    // A year without decided measures says so, and offers nothing to download.
    await page.goto(`${page.url().split('?')[0]}?ar=2019`)
    await expect(page.getByText('Ingen tiltak er knyttet til forumets vedtak for 2019 ennå.', { exact: false })).toBeVisible()
    await expect(page.getByRole('link', { name: 'PDF', exact: true })).toHaveCount(0)
  })
})
