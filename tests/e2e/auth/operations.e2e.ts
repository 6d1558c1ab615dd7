import { expect, test } from '../fixtures'

// Probes, request ids and security headers on the production server (ADR 027, next.config.ts).
test('health and readiness answer, each response carries a request id, and pages carry the security headers', async ({ page }) => {
  const health = await page.request.get('/api/health')
  expect(health.status()).toBe(200)
  expect(await health.json()).toMatchObject({ status: 'ok' })

  const ready = await page.request.get('/api/ready')
  expect(ready.status()).toBe(200)
  expect(await ready.json()).toMatchObject({ status: 'ready', database: { ok: true }, migrations: { pending: [] } })
  expect(ready.headers()['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)

  const response = await page.goto('/logg-inn')
  const headers = response!.headers()
  expect(headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
  expect(headers['permissions-policy']).toContain('camera=()')
  expect(headers['cross-origin-opener-policy']).toBe('same-origin')
  // Served over http here: no HSTS.
  expect(headers['strict-transport-security']).toBeUndefined()

  // A proxy's own id is kept (nginx's $request_id), so its log and ours join.
  const named = await page.request.get('/api/health', { headers: { 'x-request-id': 'proxy-id-0123456789' } })
  expect(named.headers()['x-request-id']).toBe('proxy-id-0123456789')
})
