import { expect, test } from '../fixtures'

/**
 * Server actions are public POST endpoints. Next.js refuses one whose Origin is not the app's own
 * host (a cross-site request forgery); this guards that the check stays on (no allowedOrigins).
 */
test('a server action posted from a foreign Origin is refused and changes nothing', async ({ page, baseURL }) => {
  await page.goto('/logg-inn')
  // The demo login form, as the browser would post it without JavaScript.
  const form = page.locator('form').filter({ hasText: 'Logg inn som Rektor Rita' })
  const fields = await form.locator('input[type=hidden]').evaluateAll((inputs) =>
    inputs.map((i) => [(i as HTMLInputElement).name, (i as HTMLInputElement).value] as const),
  )
  expect(fields.some(([name]) => name.startsWith('$ACTION_ID_'))).toBe(true)
  const multipart = Object.fromEntries(fields)

  const post = (origin: string) =>
    page.request.post('/logg-inn', { multipart, headers: { Origin: origin }, maxRedirects: 0, failOnStatusCode: false })

  const foreign = await post('https://angriper.example')
  expect(foreign.status()).toBeGreaterThanOrEqual(400)
  expect(foreign.headers()['set-cookie'] ?? '').not.toContain('authjs.session-token')

  // The same request from the app's own origin works, so the refusal above is the Origin check.
  const own = await post(new URL(baseURL!).origin)
  expect(own.status()).toBe(303)
  expect(own.headers()['set-cookie'] ?? '').toContain('authjs.session-token')
})
