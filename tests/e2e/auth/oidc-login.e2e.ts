import { expect, test } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { feideLogin } from '../login'

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
