import { expect, test } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'

test.describe('deadlines of the cycle', () => {
  test('county governor staff set a deadline that has passed and see who is late; an owner sees it for its partnership', async ({ page }) => {
    await loginAs(page, 'Ingrid Statsforvalter')
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Frister' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Frister i året' })).toBeVisible()
    await expectNoAxeViolations(page)

    // A needs-report deadline in January of this year: by now, whoever has not submitted is late.
    const year = String(new Date().getFullYear())
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Lagre fristen' }) })
    await form.getByLabel('År', { exact: true }).fill(year)
    await form.getByLabel('Frist for').selectOption({ label: 'Behovsmeldinger' })
    await form.getByLabel('Frist', { exact: true }).fill('')
    await form.getByRole('button', { name: 'Lagre fristen' }).click()
    await expect(form.getByText('Fyll ut feltet.')).toBeVisible()
    await expectNoAxeViolations(page)
    await form.getByLabel('Frist', { exact: true }).fill(`${year}-01-02`)
    await form.getByRole('button', { name: 'Lagre fristen' }).click()
    await expect(page.getByText('Fristen er lagret.')).toBeVisible()

    const section = page.getByRole('region', { name: new RegExp(`^Behovsmeldinger ${year}: frist`) })
    await expect(section).toContainText(/er forsinket\./)
    const parties = section.getByRole('table', { name: `Hvem som må gjøre det: Behovsmeldinger ${year}` })
    await expect(parties.getByRole('row').filter({ hasText: 'Bodø kommune' })).toBeVisible()
    await expect(parties.getByRole('row').filter({ hasText: 'Forsinket' }).first()).toBeVisible()
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'Logg ut' }).click()
    await loginAs(page, 'Per Kommunalsjef')
    await page.goto('/frister')
    await expect(page.getByRole('region', { name: new RegExp(`^Behovsmeldinger ${year}: frist`) })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Lagre fristen' })).toHaveCount(0)
    await expect(page.getByText('Sunnmøre')).toHaveCount(0)
    await expectNoAxeViolations(page)
  })
})
