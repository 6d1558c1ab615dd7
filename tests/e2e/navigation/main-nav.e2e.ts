import { expect, test } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'

const phone = { width: 390, height: 844 }

test.describe('main navigation', () => {
  test('a principal finds only the areas they may open, the current one marked', async ({ page }) => {
    await loginAs(page, 'Rektor Rita')
    const menu = page.getByRole('navigation', { name: 'Hovedmeny' })
    await expect(menu.getByRole('link', { name: 'Oversikt' })).toHaveAttribute('aria-current', 'page')
    await expect(menu.getByRole('link', { name: 'Økonomi' })).toHaveCount(0)
    await menu.getByRole('link', { name: 'Egenvurdering' }).click()
    await expect(page).toHaveURL(/\/egenvurdering$/)
    await expect(menu.getByRole('link', { name: 'Egenvurdering' })).toHaveAttribute('aria-current', 'page')
    await expectNoAxeViolations(page)
  })

  test('on a 390 px phone the menu opens from its button, by keyboard', async ({ page }) => {
    await page.setViewportSize(phone)
    await loginAs(page, 'Ingrid Statsforvalter')
    const menu = page.getByRole('navigation', { name: 'Hovedmeny' })
    await expect(menu.getByRole('link', { name: 'Økonomi' })).toBeHidden()
    // The header with its menu button fits the phone, and leaves at least three quarters of the
    // screen to the page (it took 230 px of 844 before the tagline and the second overview link gave way).
    const header = await page.getByRole('banner').evaluate((h) => ({ width: h.scrollWidth, height: h.getBoundingClientRect().height }))
    expect(header.width).toBeLessThanOrEqual(phone.width)
    expect(header.height).toBeLessThanOrEqual(phone.height / 4)
    await menu.getByText('Meny').focus()
    await page.keyboard.press('Enter')
    await menu.getByRole('link', { name: 'Økonomi' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Økonomi' })).toBeVisible()
    await expectNoAxeViolations(page)
  })
})
