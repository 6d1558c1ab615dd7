import { expect, type Cookie, type Page } from '@playwright/test'

/** Log in through the demo login page as the named seeded person, as a user would. */
export async function loginThroughUi(page: Page, name: string) {
  await page.goto('/logg-inn')
  await clickDemoLogin(page, name)
}

const demoLoginButton = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^Logg inn som ${name} `) })

async function clickDemoLogin(page: Page, name: string) {
  await demoLoginButton(page, name).click()
  // Note: the login, its redirect and the first render of the dashboard (the heaviest page) take
  // longer than expect's 5 s on a loaded two-core machine; seen in CI-like runs.
  await expect(page).toHaveURL(/\/oversikt$/, { timeout: 20_000 })
  await expect(page.getByRole('heading', { level: 1, name: 'Min oversikt' })).toBeVisible({ timeout: 10_000 })
}

/**
 * The session cookie each person got at their last login in this worker. A worker runs one test
 * at a time, so no other test uses the session while one does; sessions are not shared between
 * workers, because a test that logs out deletes its session row (Auth.js database sessions).
 */
const sessions = new Map<string, Cookie>()

/**
 * Role fixture: the named seeded person, logged in, on their dashboard. Logs in through the demo
 * login the first time in each worker and reuses that session afterwards (a login costs a page
 * and a server action more than opening the dashboard); when a test has logged out and so ended
 * the session, the dashboard sends us to the login page and we log in there again.
 * Tests of logging in itself use loginThroughUi.
 */
export async function loginAs(page: Page, name: string) {
  const saved = sessions.get(name)
  if (saved) {
    await page.context().addCookies([saved])
    await page.goto('/oversikt')
    // Either the dashboard, or (session ended) the login page: Next may redirect on the client.
    const dashboard = page.getByRole('heading', { level: 1, name: 'Min oversikt' })
    await expect(dashboard.or(demoLoginButton(page, name))).toBeVisible({ timeout: 20_000 })
    if (await dashboard.isVisible()) {
      await expect(page).toHaveURL(/\/oversikt$/)
      return
    }
  } else {
    await page.goto('/logg-inn')
  }
  await clickDemoLogin(page, name)
  const cookie = (await page.context().cookies()).find((c) => c.name.endsWith('session-token'))
  if (cookie) sessions.set(name, cookie)
}
