import { vi } from 'vitest'
import { defineMatrix } from './harness'
import { staffProbes } from './staff.probes'

// The adapters run as in a request, with the session, database, cache and language stood in for.
vi.mock('@/server/auth', async () => (await import('~tests/setup/adapter-mocks')).auth)
vi.mock('@/server/db', async () => (await import('~tests/setup/adapter-mocks')).db)
vi.mock('next/cache', async () => (await import('~tests/setup/adapter-mocks')).cache)
vi.mock('@/server/email', async () => (await import('~tests/setup/adapter-mocks')).email)
vi.mock('next-intl/server', async () => (await import('~tests/setup/adapter-mocks')).intl)

await defineMatrix('staff', staffProbes)
