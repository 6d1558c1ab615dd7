import { test as base } from '@playwright/test'

export { expect } from '@playwright/test'
export type { Page } from '@playwright/test'

let counter = 0

/**
 * Each test is a different client address (X-Forwarded-For, as a reverse proxy would send it; the
 * e2e server trusts one hop, TRUSTED_PROXY_HOPS=1 in scripts/e2e.ts), so the per-address login
 * rate limit counts each test's logins on their own, as for real users.
 */
export const test = base.extend({
  context: async ({ context }, provide, testInfo) => {
    counter += 1
    const address = `198.51.${testInfo.workerIndex % 250}.${counter % 250}`
    await context.setExtraHTTPHeaders({ 'x-forwarded-for': address })
    await provide(context)
  },
})
