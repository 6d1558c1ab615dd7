import { expect, test } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { feideLogin } from '../login'

// Linking a Feide login to a person by e-mail (ADR 044). Ingrid was provisioned by the seed (an
// invitation's row: her address, a membership, no identity); the local provider sends an address
// unverified, or verified under another subject, with the prefixes of tests/e2e/oidc-provider.ts.
const ingrid = 'ingrid.sf@demo.samkomp.no'
const refused = 'Innloggingen ble ikke knyttet til kontoen med denne e-postadressen'

test.describe('account linking by e-mail', () => {
  test('an unverified address is refused, a verified one links, and another subject with the same address is refused', async ({ page }) => {
    await feideLogin(page, `unverified:${ingrid}`)
    await expect(page).toHaveURL(/\/logg-inn\?error=AccessDenied/, { timeout: 20_000 })
    await expect(page.getByText(refused)).toBeVisible()
    await expectNoAxeViolations(page)
    await page.goto('/oversikt')
    await expect(page).toHaveURL(/\/logg-inn$/)

    // The provider remembers its last login: forget it, as another person at the machine would.
    await page.context().clearCookies()
    await feideLogin(page, ingrid)
    await expect(page).toHaveURL(/\/oversikt$/, { timeout: 20_000 })
    await expect(page.getByText('Innlogget som Ingrid Statsforvalter')).toBeVisible()

    await page.context().clearCookies()
    await feideLogin(page, `other:${ingrid}`)
    await expect(page).toHaveURL(/\/logg-inn\?error=AccessDenied/, { timeout: 20_000 })
    await expect(page.getByText(refused)).toBeVisible()
  })
})
