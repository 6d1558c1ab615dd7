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
  // Note: a server error's page (language, reference, axe) is tested with the database cut off
  // under a running instance: tests/e2e/operations/database-outage.pw.ts.
  test('a NUL character in an address is no server error: dropped from a search, not found in an id', async ({ page }) => {
    await loginAs(page, 'Ingrid Statsforvalter')
    // PostgreSQL refuses a NUL in text, and this search once answered with a server error.
    const search = await page.goto('/admin/medlemskap?q=Ingrid%00')
    expect(search?.status()).toBe(200)
    await expect(page.getByRole('heading', { level: 1, name: 'Medlemskap og roller' })).toBeVisible()
    await expect(page.getByRole('searchbox', { name: 'Søk etter navn eller e-post' })).toHaveValue('Ingrid')
    const id = await page.goto('/forum/abc%00')
    expect(id?.status()).toBe(404)
    await expect(page.locator('body')).not.toContainText(frameworkTexts)
    expect(failedRequests().filter((e) => e.path?.includes('%00'))).toEqual([])
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
