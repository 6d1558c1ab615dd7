import { expect, test, type Page } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'

/**
 * The shared form frame's feedback (src/components/ui/result-form.tsx, form-feedback.tsx) as a
 * person meets it in a long form: after an empty submit an error summary that has the focus and
 * links to each field, then after the fix a success message beside the button (issue 21).
 */

/** Opens a folded form (a <details>) by its summary, unless it is open already. */
async function unfold(page: Page, summary: string) {
  const details = page.locator('details').filter({ has: page.getByText(summary, { exact: true }) })
  if ((await details.getAttribute('open')) === null) await page.getByText(summary, { exact: true }).click()
  return details
}

const summaryName = /^For å gå videre må du rette opp (denne feilen|disse \d+ feilene):$/

test.describe('form feedback', () => {
  test('an empty measure: the summary has the focus, each link reaches its field, and the save is confirmed', async ({ page }) => {
    await loginAs(page, 'Sekretær Salten')
    await page.goto('/tiltak')
    const form = await unfold(page, 'Nytt tiltak i Salten KAN')
    await form.getByRole('button', { name: 'Opprett tiltaket' }).click()

    const summary = form.getByRole('group', { name: summaryName })
    await expect(summary).toBeFocused()
    await expect(summary.getByRole('link')).toHaveText(['Tittel', 'Temaer', 'Nivå'])
    await expectNoAxeViolations(page)

    // Each link names an element that exists, and following it puts the focus in that field, whose error is its description.
    for (const link of await summary.getByRole('link').all()) {
      const id = (await link.getAttribute('href'))!.slice(1)
      await expect(page.locator(`[id="${id}"]`)).toHaveCount(1)
    }
    const title = form.getByLabel('Tittel', { exact: true })
    await summary.getByRole('link', { name: 'Tittel' }).click()
    await expect(title).toBeFocused()
    await expect(title).toHaveAccessibleDescription('Fyll ut feltet.')
    await page.keyboard.type(`Skjema som svarer ${Date.now()}`)

    await summary.getByRole('link', { name: 'Temaer' }).click()
    const firstTheme = form.getByRole('group', { name: 'Temaer' }).getByRole('checkbox').first()
    await expect(firstTheme).toBeFocused()
    await expect(firstTheme).toHaveAccessibleDescription('Velg minst ett alternativ.')
    await page.keyboard.press('Space')

    await summary.getByRole('link', { name: 'Nivå' }).click()
    const level = form.getByLabel('Nivå', { exact: true })
    await expect(level).toBeFocused()
    await expect(level).toHaveAttribute('aria-invalid', 'true')
    await level.selectOption({ label: 'Den enkelte enhet' })

    await form.getByRole('button', { name: 'Opprett tiltaket' }).click()
    await expect(form.getByRole('status')).toHaveText('Tiltaket er opprettet.')
    await expect(summary).toHaveCount(0)
    await expect(form.locator('[aria-invalid="true"]')).toHaveCount(0)
    await expectNoAxeViolations(page)
  })

  test('a UH visit: refused without a unit, then logged, and the page says so beside the button', async ({ page }) => {
    await loginAs(page, 'Ola Utviklingsveileder')
    await page.goto('/besok')
    const form = await unfold(page, 'Før et besøk')
    await form.getByRole('button', { name: 'Før besøket' }).click()
    const summary = form.getByRole('group', { name: summaryName })
    await expect(summary).toBeFocused()
    await expect(summary.getByRole('link')).toHaveText(['Enhet', 'Notater'])
    await summary.getByRole('link', { name: 'Enhet' }).click()
    const unit = form.getByLabel('Enhet', { exact: true })
    await expect(unit).toBeFocused()
    await unit.selectOption({ index: 1 })
    await form.getByLabel('Timer', { exact: true }).fill('1')
    await summary.getByRole('link', { name: 'Notater' }).click()
    await expect(form.getByLabel('Notater', { exact: true })).toBeFocused()
    await page.keyboard.type('Veiledningsmøte om vurdering for læring.')
    await form.getByRole('button', { name: 'Før besøket' }).click()
    await expect(form.getByRole('status')).toHaveText('Besøket er ført.')
    await expect(summary).toHaveCount(0)
  })

  test('without JavaScript the refused form comes back from the server with its summary', async ({ browser, page }) => {
    await loginAs(page, 'Sekretær Salten')
    const context = await browser.newContext({ javaScriptEnabled: false, storageState: await page.context().storageState(), extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.77' } })
    const plain = await context.newPage()
    await plain.goto('/tiltak')
    const form = await unfold(plain, 'Nytt tiltak i Salten KAN')
    await form.getByRole('button', { name: 'Opprett tiltaket' }).click()
    // Note: located by markup, not by role: the page may come back with its form folded away.
    const summary = plain.locator('ds-error-summary')
    await expect(summary.locator('h2')).toHaveText(summaryName)
    // The server knows no labels: the links say the messages.
    const links = summary.locator('a')
    await expect(links).toHaveText(['Fyll ut feltet.', 'Velg minst ett alternativ.', 'Velg et av alternativene i listen.'])
    // A select takes its id from its name, so its link reaches it here too.
    const levelHref = await links.nth(2).getAttribute('href')
    await expect(plain.locator(`select[id="${levelHref!.slice(1)}"]`)).toHaveAttribute('name', 'level')
    await context.close()
  })
})
