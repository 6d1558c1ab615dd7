import { expect, type Page } from '@playwright/test'

/** Role fixture: log in through the demo login as the named seeded person. */
export async function loginAs(page: Page, name: string) {
  await page.goto('/logg-inn')
  await page.getByRole('button', { name: new RegExp(`^Logg inn som ${name} `) }).click()
  await expect(page).toHaveURL(/\/oversikt$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Min oversikt' })).toBeVisible()
}
