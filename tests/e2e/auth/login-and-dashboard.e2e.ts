import { expect, test } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginThroughUi } from '../login'

test.describe('login and dashboards', () => {
  test('the overview requires login', async ({ page }) => {
    await page.goto('/oversikt')
    await expect(page).toHaveURL(/\/logg-inn$/)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Logg inn')
    await expectNoAxeViolations(page)
  })

  test('a principal sees their own unit only, and logging out ends the session', async ({ page }) => {
    await loginThroughUi(page, 'Rektor Rita')
    await expect(page.getByRole('heading', { name: 'Dine roller' })).toBeVisible()
    await expect(page.getByText(/^Rektor – /)).toBeVisible()
    const units = page.getByRole('table', { name: /Enheter du har tilgang til/ })
    await expect(units.getByRole('row')).toHaveCount(2) // header + own unit
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'Logg ut' }).click()
    await expect(page.getByRole('link', { name: 'Logg inn' })).toBeVisible()
    await page.goto('/oversikt')
    await expect(page).toHaveURL(/\/logg-inn$/)
  })

  test('a secretariat sees its own partnership and never the other tenant', async ({ page }) => {
    await loginThroughUi(page, 'Sekretær Sunnmøre')
    const partnerships = page.getByRole('table', { name: /Partnerskap du har tilgang til/ })
    await expect(partnerships).toContainText('Nordre Sunnmøre')
    await expect(page.getByText('Salten KAN')).toHaveCount(0)
    await expectNoAxeViolations(page)
  })

  test('county governor staff see the partnerships in their county', async ({ page }) => {
    await loginThroughUi(page, 'Ingrid Statsforvalter')
    const partnerships = page.getByRole('table', { name: /Partnerskap du har tilgang til/ })
    await expect(partnerships).toContainText('Salten KAN')
    await expect(partnerships).not.toContainText('Nordre Sunnmøre')
  })

  test('login attempts are rate limited per address, with a clear message', async ({ page }) => {
    // The e2e server allows 5 login starts per address per window (LOGIN_ADDRESS_RATE_LIMIT in scripts/e2e.ts).
    for (let i = 0; i < 5; i++) await loginThroughUi(page, 'Rektor Rita')
    await page.goto('/logg-inn')
    await page.getByRole('button', { name: /^Logg inn som Rektor Rita / }).click()
    await expect(page).toHaveURL(/\/logg-inn\?error=rate$/)
    await expect(page.getByText('For mange innloggingsforsøk fra denne adressen. Vent 10 minutter og prøv igjen.')).toBeVisible()
    await expectNoAxeViolations(page)
  })
})
