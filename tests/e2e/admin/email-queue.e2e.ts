import { expect, test } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'

test.describe('the email queue', () => {
  test('a platform administrator opens it from the dashboard; county governor staff are told it is not theirs', async ({ page }) => {
    await loginAs(page, 'Plattformadministrator')
    await page.getByRole('link', { name: 'E-postkø', exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'E-postkø' })).toBeVisible()
    await expect(page.getByText(/venter på neste forsøk/)).toBeVisible()
    await expectNoAxeViolations(page)

    await page.context().clearCookies()
    await loginAs(page, 'Ingrid Statsforvalter')
    await expect(page.getByRole('link', { name: 'E-postkø', exact: true })).toHaveCount(0)
    await page.goto('/admin/epost')
    await expect(page.getByText('E-postkøen er for plattformadministratorer.')).toBeVisible()
  })
})
