import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test'
import pg from 'pg'
import { loginThroughUi } from '../login'
import { startSmtpServer, type TSmtpServer } from '../../setup/smtp'
import {
  createSharedDatabase, freePort, INSTANCE_HEADER, postgresReachable, SERVED_BY_HEADER, sharedEnv, startInstance, startProxy, stopInstance,
  type TInstance,
} from './instances'

/**
 * Two production instances on one PostgreSQL behind a proxy (issue 22; ADR 034): a session made
 * by one is honoured by the other, a server action rendered by one is run by the other, each
 * email goes out once although both run the outbox, and the login limit counts across both.
 * Run by scripts/test.sh after the build (tests/e2e/operations/playwright.config.ts).
 */
test.describe.configure({ mode: 'serial' })

let database: Awaited<ReturnType<typeof createSharedDatabase>>
let smtp: TSmtpServer
let instances: Record<'a' | 'b', TInstance>
let proxy: Awaited<ReturnType<typeof startProxy>>
let publicUrl: string

test.beforeAll(async () => {
  test.setTimeout(120_000)
  if (!(await postgresReachable())) {
    // Note: on CI a missing server is a failure, never a skip.
    if (process.env.CI) throw new Error('PostgreSQL is not reachable at 127.0.0.1:5432, and CI requires it for the two-instance test.')
    test.skip(true, 'PostgreSQL is not reachable: the two-instance test needs it')
  }
  database = await createSharedDatabase()
  // Each message takes a moment at the relay, so the two instances' deliveries overlap.
  smtp = await startSmtpServer({ delayMs: 60 })
  const proxyPort = await freePort()
  publicUrl = `http://localhost:${proxyPort}`
  const env = sharedEnv({ databaseUrl: database.appUrl, publicUrl, smtpUrl: smtp.url })
  // Each instance signs its mail with its own sender, so the test can tell who delivered what.
  const start = (name: 'a' | 'b') => startInstance(name, { ...env, EMAIL_FROM: `Samkomp ${name.toUpperCase()} <${name}@samkomp.test>` })
  const [a, b] = await Promise.all([start('a'), start('b')])
  instances = { a, b }
  proxy = await startProxy(`localhost:${proxyPort}`, proxyPort, instances)
})

test.afterAll(async () => {
  await proxy?.close()
  await Promise.all(Object.values(instances ?? {}).map(stopInstance))
  await smtp?.close()
  await database?.drop()
})

async function newPage(browser: Browser, instance: 'a' | 'b'): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL: publicUrl, locale: 'nb-NO', timezoneId: 'Europe/Oslo' })
  await context.setExtraHTTPHeaders({ [INSTANCE_HEADER]: instance })
  return { context, page: await context.newPage() }
}

async function goto(page: Page, path: string, instance: 'a' | 'b') {
  await page.setExtraHTTPHeaders({ [INSTANCE_HEADER]: instance })
  const response = await page.goto(path)
  expect(response?.headers()[SERVED_BY_HEADER], `${path} served by`).toBe(instance)
}

async function owner<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: database.ownerUrl })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** Fills the invitation form on /admin/medlemskap (already open) and sends it through `instance`. */
async function invite(page: Page, email: string, instance: 'a' | 'b') {
  await page.getByLabel('E-postadresse').fill(email)
  await page.getByLabel('Fullt navn').fill('Tove To-Instanser')
  await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Medlem av samarbeidsforum' })
  await page.getByLabel('Partnerskap').selectOption({ label: 'Salten KAN' })
  await page.setExtraHTTPHeaders({ [INSTANCE_HEADER]: instance })
  const action = page.waitForResponse((r) => r.request().method() === 'POST' && !!r.request().headers()['next-action'])
  await page.getByRole('button', { name: 'Inviter' }).click()
  expect((await action).headers()[SERVED_BY_HEADER], 'the server action served by').toBe(instance)
  await expect(page.getByText('Personen er invitert.')).toBeVisible({ timeout: 15_000 })
}

let governor: { context: BrowserContext; page: Page }

test('a session made through one instance is honoured by the other', async ({ browser }) => {
  governor = await newPage(browser, 'a')
  await loginThroughUi(governor.page, 'Ingrid Statsforvalter')
  await goto(governor.page, '/oversikt', 'b')
  await expect(governor.page.getByRole('heading', { level: 1, name: 'Min oversikt' })).toBeVisible()
  await expect(governor.page.getByRole('link', { name: 'Administrer medlemskap og roller' })).toBeVisible()

  // A forum member's membership is bound to a partnership: the session read must see it under
  // row-level security (the instances' login role cannot bypass it).
  const member = await newPage(browser, 'b')
  await loginThroughUi(member.page, 'Kari KS-representant')
  await goto(member.page, '/oversikt', 'a')
  await expect(member.page.getByRole('listitem').filter({ hasText: 'Medlem av samarbeidsforum' })).toContainText('Salten KAN')
  await member.context.close()
})

test('a server action form rendered by one instance is run by the other', async () => {
  const { page } = governor
  await goto(page, '/admin/medlemskap', 'a')
  const email = `to.instanser.${Date.now()}@kommune.no`
  await invite(page, email, 'b')
  // Written once, in the partnership's tenant context (Membership has row-level security now).
  const rows = await owner((c) => c.query(`SELECT m."partnershipId" FROM "Membership" m JOIN "User" u ON u.id = m."userId" WHERE u.email = $1`, [email]))
  expect(rows.rowCount).toBe(1)
})

test('each email is sent once although both instances deliver the outbox', async ({ browser }) => {
  // Thirty messages waiting, then an invitation through each instance at the same moment: each
  // action kicks its own instance's outbox, and both go through the same due rows together.
  await owner((c) =>
    c.query(`INSERT INTO "EmailOutbox" (kind, "to", subject, text)
             SELECT 'test.two_instances', 'venter.' || n || '@kommune.no', 'Melding ' || n, 'Tekst ' || n FROM generate_series(1, 30) n`),
  )
  const second = await browser.newContext({ baseURL: publicUrl, storageState: await governor.context.storageState() })
  const other = await second.newPage()
  await Promise.all([goto(governor.page, '/admin/medlemskap', 'a'), goto(other, '/admin/medlemskap', 'b')])
  const stamp = Date.now()
  await Promise.all([invite(governor.page, `samtidig.a.${stamp}@kommune.no`, 'a'), invite(other, `samtidig.b.${stamp}@kommune.no`, 'b')])
  await second.close()

  const expected = Number((await owner((c) => c.query<{ n: string }>(`SELECT count(*) AS n FROM "EmailOutbox"`))).rows[0]!.n)
  expect(expected).toBe(33)
  await expect
    .poll(async () => Number((await owner((c) => c.query<{ n: string }>(`SELECT count(*) AS n FROM "EmailOutbox" WHERE "sentAt" IS NULL`))).rows[0]!.n), {
      timeout: 30_000,
      message: 'every message sent',
    })
    .toBe(0)
  await expect.poll(() => smtp.received.length, { timeout: 10_000 }).toBeGreaterThanOrEqual(expected)
  // Claimed once each (a second claim would count a second attempt), and received once each.
  const attempts = await owner((c) => c.query<{ attempts: number; n: string }>(`SELECT attempts, count(*) AS n FROM "EmailOutbox" GROUP BY attempts`))
  expect(attempts.rows.map((r) => ({ attempts: r.attempts, n: Number(r.n) }))).toEqual([{ attempts: 1, n: expected }])
  const recipients = smtp.received.flatMap((m) => m.envelope.to)
  expect(recipients).toHaveLength(expected)
  expect(new Set(recipients).size).toBe(expected)
  // Both instances delivered some of them: the claims really were contended.
  expect(new Set(smtp.received.map((m) => m.envelope.from))).toEqual(new Set(['a@samkomp.test', 'b@samkomp.test']))
  await governor.context.close()
})

test('the login rate limit counts logins through both instances together', async ({ browser }) => {
  // LOGIN_ACCOUNT_RATE_LIMIT is 3 (instances.ts): three logins through alternate instances pass.
  for (const instance of ['a', 'b', 'a'] as const) {
    const { context, page } = await newPage(browser, instance)
    await loginThroughUi(page, 'Per Kommunalsjef')
    await context.close()
  }
  // The fourth, through the instance that has seen only one of them, is refused; a forged
  // X-Forwarded-For does not help, since the proxy overwrites it.
  const { context, page } = await newPage(browser, 'b')
  await context.setExtraHTTPHeaders({ [INSTANCE_HEADER]: 'b', 'x-forwarded-for': '203.0.113.77' })
  await page.goto('/logg-inn')
  await page.getByRole('button', { name: /^Logg inn som Per Kommunalsjef / }).click()
  await expect(page).toHaveURL(/\/logg-inn\?error=rate-account$/, { timeout: 15_000 })
  await context.close()
  const refused = await owner((c) =>
    c.query<{ ip: string }>(`SELECT ip FROM "LoginAttempt" a JOIN "User" u ON u.id = a."userId" WHERE u.name = 'Per Kommunalsjef' AND outcome = 'rate_limited'`),
  )
  expect(refused.rows.map((r) => r.ip)).toEqual(['127.0.0.1'])
  expect(proxy.served.a).toBeGreaterThan(0)
  expect(proxy.served.b).toBeGreaterThan(0)
})

test('a forged Host or X-Forwarded-Host does not get a foreign server action past the proxy', async ({ browser }) => {
  const { context, page } = await newPage(browser, 'a')
  await page.goto('/logg-inn')
  const form = page.locator('form').filter({ hasText: 'Logg inn som Rektor Rita' })
  const multipart = Object.fromEntries(
    await form.locator('input[type=hidden]').evaluateAll((inputs) => inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value] as const)),
  )
  const forged = { Origin: 'https://angriper.example', Host: 'angriper.example', 'X-Forwarded-Host': 'angriper.example' }
  const post = (url: string) => context.request.post(url, { multipart, headers: forged, maxRedirects: 0, failOnStatusCode: false })

  // Through the proxy: it overwrites both headers with the public host, so the Origin is foreign.
  const viaProxy = await post(`${publicUrl}/logg-inn`)
  expect(viaProxy.status()).toBeGreaterThanOrEqual(400)
  expect(viaProxy.headers()['set-cookie'] ?? '').not.toContain('authjs.session-token')

  // Straight to an instance, the forgery matches the Origin and passes: why ADR 034 says an
  // instance must never be reachable except through a proxy that overwrites these headers.
  const direct = await post(`http://127.0.0.1:${instances.a.port}/logg-inn`)
  expect(direct.status()).toBe(303)
  await context.close()
})
