import { expect, test } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'

test.describe('administration of memberships', () => {
  test('county governor staff invite a forum member, change the role and end it', async ({ page }) => {
    // Note: a long flow (invite, search, change, end, three axe runs); measured at 21–24 s of the
    // default 30 s on a two-core machine, so it gets room of its own.
    test.setTimeout(60_000)
    await loginAs(page, 'Ingrid Statsforvalter')
    await page.getByRole('link', { name: 'Administrer medlemskap og roller' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Medlemskap og roller' })).toBeVisible()
    await expectNoAxeViolations(page)

    // Bad input: a clear Norwegian message, nothing written.
    const email = `e2e.${Date.now()}@kommune.no`
    await page.getByLabel('E-postadresse').fill('ikke-en-adresse')
    await page.getByLabel('Fullt navn').fill('Marte Medlem')
    await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Medlem av samarbeidsforum' })
    await page.getByRole('button', { name: 'Inviter' }).click()
    await expect(page.getByText('Skriv en e-postadresse, for eksempel navn@kommune.no.')).toBeVisible()
    await expect(page.getByLabel('Fullt navn')).toHaveValue('Marte Medlem')
    await expectNoAxeViolations(page)

    await page.getByLabel('E-postadresse').fill(email)
    await page.getByLabel('Fullt navn').fill('Marte Medlem')
    await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Medlem av samarbeidsforum' })
    // Only Salten is offered: Nordre Sunnmøre is in another county.
    const partnership = page.getByLabel('Partnerskap')
    await expect(partnership.getByRole('option')).toHaveText(['Velg partnerskap', 'Salten KAN'])
    await partnership.selectOption({ label: 'Salten KAN' })
    await page.getByRole('button', { name: 'Inviter' }).click()
    await expect(page.getByText('Personen er invitert.')).toBeVisible()

    await page.getByRole('searchbox', { name: 'Søk etter navn eller e-post' }).fill(email)
    await page.getByRole('button', { name: 'Søk', exact: true }).click()
    const row = page.getByRole('row').filter({ hasText: email })
    await expect(row).toContainText('Medlem av samarbeidsforum')
    await expect(row).toContainText('Salten KAN')
    await expect(page.getByRole('row').filter({ hasText: 'Sunnmøre' })).toHaveCount(0)

    await row.getByLabel('Ny rolle for Marte Medlem').selectOption({ label: 'Sekretariat for samarbeidsforum' })
    await row.getByRole('button', { name: 'Endre rolle' }).click()
    await expect(row.getByText('Rollen er endret.')).toBeVisible()
    await page.reload()
    await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Sekretariat for samarbeidsforum')

    await page.getByRole('row').filter({ hasText: email }).getByRole('button', { name: 'Avslutt medlemskapet til Marte Medlem' }).click()
    await expect(page.getByText('Medlemskapet er avsluttet.')).toBeVisible()
    await page.reload()
    await expect(page.getByRole('row').filter({ hasText: email })).toHaveCount(0)
    await expectNoAxeViolations(page)
  })

  test('a school owner has no administration, and is told so', async ({ page }) => {
    await loginAs(page, 'Per Kommunalsjef')
    await expect(page.getByRole('link', { name: 'Administrer medlemskap og roller' })).toHaveCount(0)
    await page.goto('/admin/medlemskap')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du kan ikke administrere medlemskap')
    await expect(page.getByRole('table')).toHaveCount(0)
    await expectNoAxeViolations(page)
  })
})
