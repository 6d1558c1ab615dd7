import { expect, type Page } from '@playwright/test'

/**
 * Opens a grant year of Salten KAN at /okonomi as the county governor logged in on `page` does,
 * and waits for its page. The e2e areas that need a year of their own (the decision chain, the
 * award letters, the year end) each open one this way; the funding e2e tests the form itself.
 */
export async function openGrantYear(page: Page, year: string, grant: string) {
  await page.goto('/okonomi')
  await page.getByLabel('År', { exact: true }).fill(year)
  await page.getByLabel('Statlig tilskudd', { exact: true }).fill(grant)
  await page.getByRole('button', { name: 'Åpne tilskuddsåret' }).click()
  await expect(page.getByRole('heading', { level: 1, name: `Salten KAN – ${year}` })).toBeVisible()
}
