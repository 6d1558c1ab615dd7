import { expect, test } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'
import { openGrantYear } from '../grant-year'

// The funding e2e opens 2031 and the decision chain 2032, so the year end has a year of its own.
const YEAR = '2036'

test.describe('year end', () => {
  test('county governor staff close a year with reallocation behind a dialog, see the sums, and reopen it once with a reason', async ({ page }) => {
    test.setTimeout(90_000)
    await loginAs(page, 'Ingrid Statsforvalter')
    await openGrantYear(page, YEAR, '1 000 000')
    for (const [recipient, amount] of [['Bodø kommune', '100 000'], ['Fauske kommune', '50 000']] as const) {
      await page.getByLabel('Mottaker', { exact: true }).selectOption({ label: recipient })
      await page.getByLabel('Beløp (kr)').fill(amount)
      await page.getByRole('button', { name: 'Gi tilsagn' }).click()
      await expect(page.getByRole('table', { name: 'Tilsagn gitt i dette tilskuddsåret' }).getByRole('row').filter({ hasText: recipient })).toBeVisible()
    }

    // The year's end has its own page; by default unused money is repaid.
    await page.getByRole('link', { name: /^Årsavslutning: ubrukte midler/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: `Årsavslutning ${YEAR}` })).toBeVisible()
    const settlement = page.getByRole('table', { name: `Ubrukte midler per mottaker i ${YEAR}` })
    await expect(settlement.getByRole('columnheader', { name: 'Tilbakebetales' })).toBeVisible()
    await expect(settlement.getByRole('row').filter({ hasText: 'Bodø kommune' })).toContainText(/100\s000,00\s*kr/)
    await expect(settlement.locator('tfoot')).toContainText(/150\s000,00\s*kr/)
    await expectNoAxeViolations(page)

    // Reallocation: chosen for the year, then 30 000 kr moved from Bodø to Fauske; too much is refused with what is left.
    await page.getByLabel('Hva skjer med ubrukte midler').selectOption({ label: 'Omdisponeres i partnerskapet' })
    await page.getByRole('button', { name: 'Lagre valget' }).click()
    await expect(page.getByText('Valget er lagret.')).toBeVisible()
    await expect(settlement.getByRole('columnheader', { name: 'Til omdisponering' })).toBeVisible()
    const move = page.locator('form').filter({ has: page.getByRole('button', { name: 'Omdisponer' }) })
    await move.getByLabel('Fra').selectOption({ label: 'Bodø kommune' })
    await move.getByLabel('Til').selectOption({ label: 'Fauske kommune' })
    await move.getByLabel('Beløp (kr)').fill('100 000,01')
    await move.getByLabel('Begrunnelse').fill('Fauske har flere deltakere i nettverkene')
    await move.getByRole('button', { name: 'Omdisponer' }).click()
    await expect(move.getByText(/Beløpet er større enn det mottakeren har ubrukt \(100\s000,00\s*kr\)/)).toBeVisible()
    await expect(move.getByLabel('Begrunnelse')).toHaveValue('Fauske har flere deltakere i nettverkene')
    await expectNoAxeViolations(page)
    await move.getByLabel('Beløp (kr)').fill('30 000')
    await move.getByRole('button', { name: 'Omdisponer' }).click()
    await expect(page.getByText('Midlene er omdisponert.')).toBeVisible()
    await expect(page.getByRole('table', { name: 'Midler flyttet mellom mottakere' })).toContainText('Fauske har flere deltakere i nettverkene')
    await expect(settlement.getByRole('row').filter({ hasText: 'Bodø kommune' })).toContainText(/70\s000,00\s*kr/)
    await expect(settlement.getByRole('row').filter({ hasText: 'Fauske kommune' })).toContainText(/80\s000,00\s*kr/)
    // A move changes who holds the money, not how much there is.
    await expect(settlement.locator('tfoot')).toContainText(/150\s000,00\s*kr/)

    // Closing asks first: Escape leaves the year open; the dialog says the sum.
    await page.getByRole('button', { name: 'Avslutt året …' }).click()
    const close = page.getByRole('dialog', { name: `Avslutte tilskuddsåret ${YEAR}?` })
    await expect(close).toBeVisible()
    await expect(close).toContainText(/150\s000,00\s*kr/)
    await expect(close.getByRole('button', { name: 'Avbryt' })).toBeFocused()
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(close).toBeHidden()
    await expect(page.getByRole('button', { name: 'Avslutt året …' })).toBeFocused()
    await page.getByRole('button', { name: 'Avslutt året …' }).click()
    await close.getByRole('button', { name: 'Ja, avslutt året' }).click()
    await expect(page.getByText('Tilskuddsåret er avsluttet.', { exact: true })).toBeVisible()
    await expect(page.getByText(/Tilskuddsåret er avsluttet\. Det kan ikke gis tilsagn/)).toBeVisible()
    const history = page.getByRole('table', { name: 'Avslutninger og gjenåpninger' })
    await expect(history.getByRole('row').filter({ hasText: 'Avsluttet' })).toContainText(/150\s000,00\s*kr/)
    await expect(page.getByRole('button', { name: 'Omdisponer' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Lagre valget' })).toHaveCount(0)
    await expectNoAxeViolations(page)

    // Reopening: the reason is required, then the dialog asks.
    await page.getByRole('button', { name: 'Åpne året igjen …' }).click()
    const reopen = page.getByRole('dialog', { name: `Åpne tilskuddsåret ${YEAR} igjen?` })
    await reopen.getByRole('button', { name: 'Ja, åpne året' }).click()
    await expect(page.getByText('Fyll ut feltet.')).toBeVisible()
    await page.getByLabel('Begrunnelse').fill('Forbruk fra Bodø kom etter fristen')
    await page.getByRole('button', { name: 'Åpne året igjen …' }).click()
    await reopen.getByRole('button', { name: 'Ja, åpne året' }).click()
    await expect(page.getByText('Tilskuddsåret er åpnet igjen.')).toBeVisible()
    await expect(history.getByRole('row').filter({ hasText: 'Åpnet igjen' })).toContainText('Forbruk fra Bodø kom etter fristen')
    await expect(page.getByRole('button', { name: 'Avslutt året …' })).toBeVisible()
    await expectNoAxeViolations(page)
  })

  test('a school owner reads the settlement but cannot move, close or reopen', async ({ page }) => {
    await loginAs(page, 'Per Kommunalsjef')
    await page.goto('/okonomi')
    await page.getByRole('table', { name: /Tilskuddsår/ }).getByRole('link').first().click()
    await page.getByRole('link', { name: /^Årsavslutning: ubrukte midler/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: /^Årsavslutning \d+$/ })).toBeVisible()
    await expect(page.getByRole('table', { name: /Ubrukte midler per mottaker i \d+/ })).toBeVisible()
    await expect(page.getByRole('button', { name: /Avslutt året|Åpne året igjen|Omdisponer|Lagre valget/ })).toHaveCount(0)
    await expectNoAxeViolations(page)
  })
})
