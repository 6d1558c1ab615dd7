import { expect, test, type Page } from '../fixtures'
import { expectNoAxeViolations } from '../axe'
import { loginAs } from '../login'

/**
 * The security headers on the production server (src/proxy.ts, next.config.ts, ADR 032), and that
 * the pages still work under the policy: every script in the HTML carries the response's nonce,
 * the browser reports no violation, and the client code ran (Next's bootstrap, a chart loaded
 * after the page, a form that answers without a reload).
 */

type TWatch = { violations: string[] }

/** Collects every CSP violation the browser reports, as events and as console errors. */
async function watchViolations(page: Page): Promise<TWatch> {
  const watch: TWatch = { violations: [] }
  // Init scripts run through the DevTools protocol, not as page script: the policy does not stop them.
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] }
    w.__csp = []
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`))
  })
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) watch.violations.push(message.text())
  })
  return watch
}

/** Moves the events the current document recorded into the watch (a navigation would lose them). */
async function collect(page: Page, watch: TWatch) {
  const reported = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp?.splice(0) ?? [])
  watch.violations.push(...reported)
}

async function expectNoViolations(page: Page, watch: TWatch) {
  await collect(page, watch)
  expect(watch.violations, 'CSP violations').toEqual([])
}

/** Opens a page and checks its headers, that every script tag carries the nonce, and that Next's client code ran. */
async function openAndCheck(page: Page, watch: TWatch, path: string) {
  if (page.url().startsWith('http')) await collect(page, watch)
  const response = await page.goto(path)
  expect(response!.status(), path).toBe(200)
  const headers = response!.headers()
  const policy = headers['content-security-policy'] ?? ''
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1]
  expect(nonce, `${path}: a nonce in the policy`).toBeDefined()
  expect(policy).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic';`)
  expect(policy).not.toContain('unsafe-eval')
  expect(policy).toContain("frame-ancestors 'none'")
  expect(policy).toContain("object-src 'none'")
  expect(headers['permissions-policy']).toContain('camera=()')
  expect(headers['cross-origin-opener-policy']).toBe('same-origin')
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  // Plain http and no proxy saying otherwise: no HSTS.
  expect(headers['strict-transport-security']).toBeUndefined()

  // No script without this response's nonce (inline or not) in the HTML as served.
  const html = await response!.text()
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])
  expect(scripts.length, `${path}: scripts in the page`).toBeGreaterThan(0)
  expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`)), `${path}: scripts without the nonce`).toEqual([])

  // Next's bootstrap ran (it sets window.next) and React hydrated the page (its fiber on <main>),
  // so the framework's scripts were allowed.
  await page.waitForFunction(() => Boolean((window as unknown as { next?: { version?: string } }).next?.version))
  await page.waitForFunction(() => Object.keys(document.getElementById('main') ?? {}).some((k) => k.startsWith('__reactFiber')))
  return nonce!
}

/** Marks the document, so that a check after an action can tell the client answered it in place (no full reload). */
async function markDocument(page: Page) {
  await page.evaluate(() => ((window as unknown as { __kept?: boolean }).__kept = true))
}

async function expectSameDocument(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __kept?: boolean }).__kept), 'the page was not reloaded').toBe(true)
}

test.describe('security headers', () => {
  test('public pages carry a nonce-based policy, a fresh nonce each time, and run their scripts without a violation', async ({ page }) => {
    const watch = await watchViolations(page)
    const first = await openAndCheck(page, watch, '/')
    await expectNoAxeViolations(page)
    const again = await openAndCheck(page, watch, '/')
    expect(again).not.toBe(first)
    // The language switcher's form posts its server action through React (the same document stays).
    await markDocument(page)
    await page.getByRole('button', { name: 'English' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expectSameDocument(page)
    await page.getByRole('button', { name: 'Bokmål' }).click()
    await expect(page.locator('html')).toHaveAttribute('lang', 'nb')

    await openAndCheck(page, watch, '/logg-inn')
    await expectNoAxeViolations(page)
    await expectNoViolations(page, watch)
  })

  test('a dashboard, a grant year with its chart and a form work under the policy', async ({ page }) => {
    test.setTimeout(60_000)
    const watch = await watchViolations(page)
    await loginAs(page, 'Per Kommunalsjef')
    await openAndCheck(page, watch, '/oversikt')
    // The chart is loaded after the page (next/dynamic): a chunk the nonced scripts loaded ('strict-dynamic').
    await expect(page.locator('figure svg').first()).toBeVisible()
    await expectNoAxeViolations(page)

    // A grant year the owner has an award in (the dashboard links those), so it offers the co-financing form.
    const yearPath = await page.getByRole('link', { name: /^Åpne tilskuddsåret \d+ for Salten/ }).first().getAttribute('href')
    await openAndCheck(page, watch, '/okonomi')
    await openAndCheck(page, watch, yearPath!)
    await expect(page.locator('figure svg').first()).toBeVisible()

    // A form through its server action: the answer comes back into the same page, what was typed kept.
    await markDocument(page)
    const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Registrer egenandel' }) })
    // The form's disclosure is open by itself while the year has no co-financing (another test may have made one).
    if (!(await form.getByRole('radio', { name: 'Arbeidstid' }).isVisible())) await page.getByText('Ny egenandel').click()
    await form.getByRole('radio', { name: 'Arbeidstid' }).check()
    await form.getByLabel('Timer').fill('mange')
    await form.getByLabel('Timesats (kr)').fill('650')
    await form.getByLabel('Beskrivelse').fill('CSP-sjekk')
    await form.getByRole('button', { name: 'Registrer egenandel' }).click()
    await expect(form.getByText('Oppgi antall timer, for eksempel 37,5.')).toBeVisible()
    await expect(form.getByLabel('Timer')).toHaveValue('mange')
    await expectSameDocument(page)
    await expectNoAxeViolations(page)
    await expectNoViolations(page, watch)
  })

  test('HSTS and upgrade-insecure-requests only when a trusted proxy says https; static files skip the proxy', async ({ page }) => {
    // The e2e server trusts one proxy hop (scripts/e2e.ts), as a deployment behind a TLS proxy does.
    const https = await page.request.get('/logg-inn', { headers: { 'x-forwarded-proto': 'https' } })
    expect(https.headers()['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
    expect(https.headers()['content-security-policy']).toContain('upgrade-insecure-requests')
    const http = await page.request.get('/logg-inn', { headers: { 'x-forwarded-proto': 'http' } })
    expect(http.headers()['strict-transport-security']).toBeUndefined()
    expect(http.headers()['content-security-policy']).not.toContain('upgrade-insecure-requests')

    // A script file of the build: no policy (the proxy did not run for it), the fixed headers still there.
    const html = await (await page.request.get('/logg-inn')).text()
    const chunk = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1]
    expect(chunk).toBeDefined()
    const file = await page.request.get(chunk!)
    expect(file.status()).toBe(200)
    expect(file.headers()['content-security-policy']).toBeUndefined()
    expect(file.headers()['x-content-type-options']).toBe('nosniff')
  })
})
