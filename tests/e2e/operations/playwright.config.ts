import { defineConfig } from '@playwright/test'
import base from '../../../playwright.config'

// The two-instance test starts its own database, SMTP server, instances and proxy (two-instances.pw.ts),
// so it runs apart from the e2e suite, after the build: `npx playwright test -c tests/e2e/operations/playwright.config.ts`.
export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '*.pw.ts',
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: '../../../test-results/playwright-instances.json' }]],
  outputDir: '../../../test-results/playwright-instances',
})
