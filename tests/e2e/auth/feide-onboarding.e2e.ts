import { expect, test, type Page } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { feideLogin, loginAs } from '../login'

// The local groups API answers for these logins from tests/e2e/feide-people.ts: a teacher and a
// pupil at Vestmyra skole (Fauske lets Feide place staff at once), a teacher at Alstad barneskole
// (Bodø wants the principal's approval; Rektor Rita leads it). Each login is new per run.
const fresh = (key: string, domain: string) => `${key}.${Date.now()}${Math.floor(Math.random() * 1000)}@${domain}`
/** The name the local provider gives a login (tests/e2e/oidc-provider.ts). */
const nameOf = (login: string) => login.split('@')[0]!.replace(/\./g, ' ')

async function expectDashboardRole(page: Page, text: string) {
  await expect(page).toHaveURL(/\/oversikt$/, { timeout: 20_000 })
  await expect(page.getByRole('heading', { level: 1, name: 'Min oversikt' })).toBeVisible({ timeout: 10_000 })
  await expect(page.getByRole('listitem').filter({ hasText: text })).toBeVisible()
}

test.describe('onboarding from Feide (groups API)', () => {
  test('a Feide login with a school affiliation lands at that school as a teacher', async ({ page }) => {
    await feideLogin(page, fresh('laerer-vestmyra', 'fauske.kommune.no'))
    await expectDashboardRole(page, 'Lærer – Vestmyra skole')
    await expectNoAxeViolations(page)
  })

  test('a pupil at the same school gets no access', async ({ page }) => {
    await feideLogin(page, fresh('elev-vestmyra', 'fauske.kommune.no'))
    await expect(page).toHaveURL(/\/oversikt$/, { timeout: 20_000 })
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du har ingen tilgang ennå')
  })

  test('where the owner wants approval, the principal approves and the teacher then lands at the school', async ({ page }) => {
    const login = fresh('laerer-alstad', 'bodo.kommune.no')
    await feideLogin(page, login)
    await expect(page).toHaveURL(/\/oversikt$/, { timeout: 20_000 })
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du har ingen tilgang ennå')

    await page.context().clearCookies()
    await loginAs(page, 'Rektor Rita')
    await page.getByRole('link', { name: /^Tilgang fra Feide/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Tilgang fra Feide' })).toBeVisible()
    const row = page.getByRole('row').filter({ hasText: nameOf(login) })
    await expect(row).toContainText('Alstad barneskole')
    await expectNoAxeViolations(page)
    await row.getByRole('button', { name: `Godkjenn ${nameOf(login)}` }).click()
    await expect(page.getByText('Godkjent. Personen har nå tilgang.')).toBeVisible()

    await page.context().clearCookies()
    await feideLogin(page, login)
    await expectDashboardRole(page, 'Lærer – Alstad barneskole')
  })
})
