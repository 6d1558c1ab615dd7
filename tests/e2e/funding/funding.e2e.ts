import { expect, test } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'

test.describe('funding', () => {
  test('county governor staff open a grant year, run the key and give an award', async ({ page }) => {
    await loginAs(page, 'Ingrid Statsforvalter')
    // From the main menu, without typing a URL (issue 21).
    await page.getByRole('navigation', { name: 'Hovedmeny' }).getByRole('link', { name: 'Økonomi' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Økonomi' })).toBeVisible()
    await expectNoAxeViolations(page)

    // The e2e database is fresh each run, and its demo grant years are earlier ones.
    const year = '2031'
    await page.getByLabel('År', { exact: true }).fill(year)
    await page.getByLabel('Statlig tilskudd', { exact: true }).fill('mange penger')
    await page.getByRole('button', { name: 'Åpne tilskuddsåret' }).click()
    await expect(page.getByText('Skriv beløpet i kroner, for eksempel 250 000 eller 250 000,50.')).toBeVisible()
    // What was typed stays in the form.
    await expect(page.getByLabel('År', { exact: true })).toHaveValue(year)
    await expect(page.getByLabel('Statlig tilskudd', { exact: true })).toHaveValue('mange penger')
    await expectNoAxeViolations(page)

    await page.getByLabel('Statlig tilskudd', { exact: true }).fill('3 000 000')
    await page.getByRole('button', { name: 'Åpne tilskuddsåret' }).click()
    await expect(page.getByRole('heading', { level: 1, name: `Salten KAN – ${year}` })).toBeVisible()
    await expect(page.getByText('Fordelingsnøkkelen er ikke kjørt for dette året.')).toBeVisible()

    await page.getByRole('button', { name: 'Kjør fordelingsnøkkelen' }).click()
    await expect(page.getByText('Fordelingsnøkkelen er kjørt. Summen er lik tilskuddet.')).toBeVisible()
    const table = page.getByRole('table', { name: /Fordelingen etter nøkkelen/ })
    await expect(table.getByRole('row').filter({ hasText: 'Bodø kommune' })).toBeVisible()
    // The footer's sums equal the grant, by the key and after adjustment.
    await expect(table.locator('tfoot')).toContainText('3 000 000,00 kr')
    await expectNoAxeViolations(page)

    await page.getByLabel('Mottaker', { exact: true }).selectOption({ label: 'Bodø kommune' })
    await page.getByLabel('Beløp (kr)').fill('3 000 001')
    await page.getByRole('button', { name: 'Gi tilsagn' }).click()
    await expect(page.getByText(/Beløpet er større enn det som er igjen av tilskuddet \(3\s000\s000,00\s*kr\)/)).toBeVisible()
    await page.getByLabel('Beløp (kr)').fill('250 000')
    await page.getByRole('button', { name: 'Gi tilsagn' }).click()
    await expect(page.getByText('Tilsagnet er registrert.')).toBeVisible()
    const awards = page.getByRole('table', { name: 'Tilsagn gitt i dette tilskuddsåret' })
    await expect(awards.getByRole('row').filter({ hasText: 'Bodø kommune' })).toContainText('250 000,00 kr')
    await expectNoAxeViolations(page)
  })

  test('a school owner reads the allocation but cannot change it; a principal sees no money', async ({ page }) => {
    await loginAs(page, 'Per Kommunalsjef')
    await page.goto('/okonomi')
    await expect(page.getByRole('table', { name: /Tilskuddsår/ })).toContainText('Salten KAN')
    await expect(page.getByRole('table', { name: /Tilskuddsår/ })).not.toContainText('Sunnmøre')
    await expect(page.getByRole('heading', { name: 'Åpne et tilskuddsår' })).toHaveCount(0)
    await page.getByRole('table', { name: /Tilskuddsår/ }).getByRole('link').first().click()
    await expect(page.getByRole('heading', { level: 2, name: 'Fordeling per skoleeier' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Kjør fordelingsnøkkelen' })).toHaveCount(0)
    await expect(page.getByRole('button', { name: 'Gi tilsagn' })).toHaveCount(0)
    await expectNoAxeViolations(page)

    await page.getByRole('button', { name: 'Logg ut' }).click()
    await loginAs(page, 'Rektor Rita')
    await expect(page.getByRole('link', { name: /^Økonomi/ })).toHaveCount(0)
    await page.goto('/okonomi')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Du har ikke tilgang til økonomien')
    await expectNoAxeViolations(page)
  })

  test("another county's grant year is not found", async ({ page }) => {
    await loginAs(page, 'Sekretær Sunnmøre')
    await page.goto('/okonomi')
    const link = page.getByRole('table', { name: /Tilskuddsår/ }).getByRole('link').first()
    const href = await link.getAttribute('href')
    await page.getByRole('button', { name: 'Logg ut' }).click()
    await loginAs(page, 'Per Kommunalsjef')
    await page.goto(href!)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fant ikke siden')
    await expect(page.getByText('Nordre Sunnmøre')).toHaveCount(0)
  })
})
