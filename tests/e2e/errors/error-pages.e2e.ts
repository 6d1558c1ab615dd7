import fs from 'node:fs'
import { expect, test, type Page } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'

/**
 * The server's log lines (scripts/e2e.ts keeps them in E2E_SERVER_LOG) of failed requests, as
 * src/server/boot.ts's reportRequestError writes them.
 */
function failedRequests(): { path?: string; digest?: string; msg?: string }[] {
  const file = process.env.E2E_SERVER_LOG
  if (!file) throw new Error('E2E_SERVER_LOG is not set: run the e2e tests through scripts/e2e.ts')
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as { path?: string; digest?: string; msg?: string })
    .filter((entry) => entry.msg === 'request failed')
}

async function setLanguage(page: Page, language: 'nb' | 'nn' | 'en') {
  const { origin } = new URL(page.url())
  await page.context().addCookies([{ name: 'NEXT_LOCALE', value: language, url: origin }])
}

// Framework texts that must never reach a person (Next's default error and not-found pages).
const frameworkTexts = /This page couldn.t load|Application error|Internal Server Error|could not be found|A server error occurred/i

test.describe('error pages', () => {
  // Note: a NUL character in the membership search reaches PostgreSQL, which refuses it in a text
  // parameter: a real failure of a real page, not a route that exists only for tests.
  const failing = '/admin/medlemskap?q=%00'

  test('a server error says so in the person’s language, with the reference the server logged', async ({ page }) => {
    await loginAs(page, 'Ingrid Statsforvalter')
    await page.goto(failing)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Noe gikk galt')
    await expect(page.getByText('Siden kunne ikke vises på grunn av en feil hos oss.')).toBeVisible()
    await expect(page.locator('body')).not.toContainText(frameworkTexts)
    const reference = (await page.getByTestId('error-reference').textContent())?.trim() ?? ''
    expect(reference).toMatch(/^\w+$/)
    // The same id is on the server's log line of this request.
    await expect.poll(() => failedRequests().filter((e) => e.digest === reference).map((e) => e.path)).toContainEqual(expect.stringContaining('/admin/medlemskap'))
    // The layout (header, language choice) stays, and the page can be left.
    await expect(page.getByRole('link', { name: 'Gå til forsiden' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Prøv igjen' })).toBeVisible()
    await expectNoAxeViolations(page)

    await setLanguage(page, 'nn')
    await page.goto(failing)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Noko gjekk gale')
    await expect(page.getByText(/^Referanse:/)).toBeVisible()

    await setLanguage(page, 'en')
    await page.goto(failing)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Something went wrong')
    await expect(page.getByText(/^Reference:/)).toBeVisible()
    await expect(page.locator('body')).not.toContainText(frameworkTexts)
    await expectNoAxeViolations(page)
  })

  test('an unknown address is not found in nynorsk and English too', async ({ page }) => {
    await page.goto('/')
    await setLanguage(page, 'nn')
    let response = await page.goto('/finst-ikkje')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fann ikkje sida')
    await expect(page.getByRole('link', { name: 'Gå til framsida' })).toBeVisible()
    await expect(page.locator('body')).not.toContainText(frameworkTexts)

    await setLanguage(page, 'en')
    response = await page.goto('/does-not-exist')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found')
    await expect(page.locator('body')).not.toContainText(frameworkTexts)
    await expectNoAxeViolations(page)
  })
})
