import { expect, test } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'

// The demo's closed wave has answers per class at the demo principal's school: 9A (the demo
// teacher's) 9 and 10B 8, both at or above the threshold of 7 (prisma/seed/demo-surveys.ts).
test.describe('results per class', () => {
  test('the teacher reads the own class and the partnership, not the school or another class; the principal both classes', async ({ page }) => {
    await loginAs(page, 'Lærer Lars')
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Kartlegging', exact: true }).click()
    await page.getByRole('link', { name: 'Kultur for læring, høsten 2025' }).click()
    const table = page.getByRole('table', { name: /Gjennomsnitt/ })
    await expect(table.getByRole('row').filter({ hasText: '9A' })).toHaveCount(1)
    await expect(table.getByRole('row').filter({ hasText: '10B' })).toHaveCount(0)
    await expect(table).toContainText('Salten')
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'Logg ut' }).click()
    await loginAs(page, 'Rektor Rita')
    await page.goto('/kartlegging')
    await page.getByRole('link', { name: 'Kultur for læring, høsten 2025' }).click()
    const principal = page.getByRole('table', { name: /Gjennomsnitt/ })
    await expect(principal.getByRole('row').filter({ hasText: '9A' })).toHaveCount(1)
    await expect(principal.getByRole('row').filter({ hasText: '10B' })).toHaveCount(1)
  })
})
