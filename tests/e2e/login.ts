import { expect, type Page } from '@playwright/test'

/** Role fixture: log in through the demo login as the named seeded person. */
export async function loginAs(page: Page, name: string) {
  await page.goto('/logg-inn')
  await page.getByRole('button', { name: new RegExp(`^Logg inn som ${name} `) }).click()
  // Note: the login, its redirect and the first render of the dashboard (the heaviest page) take
  // longer than expect's 5 s on a loaded two-core machine; seen in CI-like runs.
  await expect(page).toHaveURL(/\/oversikt$/, { timeout: 20_000 })
  await expect(page.getByRole('heading', { level: 1, name: 'Min oversikt' })).toBeVisible({ timeout: 10_000 })
}
