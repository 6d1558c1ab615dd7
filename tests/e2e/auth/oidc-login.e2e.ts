import { expect, test, type Page } from '../fixtures'
import { expectNoAxeViolations } from '../axe'

/** Logs in with "Feide" (the local OpenID Connect provider) as `login`, accepting or refusing consent. */
async function feideLogin(page: Page, login: string, consent: 'accept' | 'cancel' = 'accept') {
  await page.goto('/logg-inn')
  await page.getByRole('button', { name: 'Logg inn med Feide' }).click()
  await page.locator('input[name="login"]').fill(login)
  await page.locator('input[name="password"]').fill('hva-som-helst')
  await page.getByRole('button', { name: 'Sign-in' }).click()
  if (consent === 'accept') await page.getByRole('button', { name: 'Continue' }).click()
  else await page.getByRole('link', { name: '[ Cancel ]' }).click()
}

test.describe('login with an OpenID Connect provider (Feide)', () => {
  test('a person with a membership lands on their dashboard', async ({ page }) => {
    await feideLogin(page, 'per.bodo@demo.samkomp.no')
    await expect(page).toHaveURL(/\/oversikt$/)
    await expect(page.getByText(/^Skoleeier – Bodø kommune/)).toBeVisible()
    await expect(page.getByText('Innlogget som Per Kommunalsjef')).toBeVisible()
  })

  test('a person with no membership gets a clear page and no data', async ({ page }) => {
    await feideLogin(page, `ny.person.${Date.now()}@skole.example`)
    await expect(page).toHaveURL(/\/oversikt$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du har ingen tilgang ennå')
    await expect(page.getByRole('table')).toHaveCount(0)
    await expectNoAxeViolations(page)
  })

  test('a refused login comes back with a clear message', async ({ page }) => {
    await feideLogin(page, 'kari.ks@demo.samkomp.no', 'cancel')
    await expect(page).toHaveURL(/\/logg-inn\?error=/)
    await expect(page.getByText('Innloggingen mislyktes. Prøv igjen')).toBeVisible()
    await page.goto('/oversikt')
    await expect(page).toHaveURL(/\/logg-inn$/)
  })
})
