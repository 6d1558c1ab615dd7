import os from 'node:os'
import path from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname, 'src'),
      '~tests': path.resolve(import.meta.dirname, 'tests'),
      '~prisma': path.resolve(import.meta.dirname, 'prisma'),
      // Next resolves 'server-only' to an empty module on the server; outside Next it throws.
      'server-only': path.resolve(import.meta.dirname, 'tests/setup/empty.ts'),
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'prisma/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    globalSetup: ['tests/setup/global-setup.ts'],
    setupFiles: ['tests/setup/fail-on-console-error.ts'],
    pool: 'forks',
    // Vitest's default is one core fewer than the machine has: one fork on this 2-core machine, so
    // the second core idled once tsc and lint (run beside, scripts/test.sh) had finished. Two forks:
    // the unit stage 197 → 148 s here (issue 13).
    maxWorkers: os.availableParallelism(),
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
