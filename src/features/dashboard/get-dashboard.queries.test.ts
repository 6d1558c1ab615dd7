import { describe, expect, it, vi } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { actAs, serveDb } from '~tests/setup/adapter-mocks'
import { countingClient } from '~tests/setup/page-statements'
import { seedNational } from '~prisma/seed/national'
import { loadActor } from '@/server/authz/actor'
import Dashboard from '@/app/oversikt/page'

// The page runs as in a request, with the session, database and language stood in for.
vi.mock('@/server/auth', async () => (await import('~tests/setup/adapter-mocks')).auth)
vi.mock('@/server/db', async () => (await import('~tests/setup/adapter-mocks')).db)
vi.mock('next-intl/server', async () => (await import('~tests/setup/adapter-mocks')).intl)

describe('dashboard statement count', () => {
  it('stays the same for every person at demo and at national scale', { timeout: 240_000 }, async () => {
    const { pglite } = await createTestDb({ demo: true })
    const { prisma, statementsOf } = countingClient(pglite)
    serveDb(prisma)
    const people = await prisma.user.findMany({ where: { memberships: { some: {} } }, orderBy: { email: 'asc' }, select: { id: true } })
    const measure = async () => {
      const counts: string[] = []
      for (const person of people) {
        actAs(await loadActor(prisma, person.id))
        const { statements, transactions } = await statementsOf(Dashboard)
        counts.push(`${statements}/${transactions}`)
      }
      actAs(null)
      return counts
    }
    const demo = await measure()
    // The whole country's units and tenants, and a tenth of the partnerships in use (people,
    // meetings, money, networks): enough to show an N+1, in a fraction of the full seed's time.
    await seedNational(prisma, { scale: 0.1 })
    const national = await measure()
    console.info(`[dashboard] statements/transactions per dashboard (the whole page, without session and actor): demo ${demo.join(',')}; national ${national.join(',')}`)
    // One transaction per page whatever the role, and no statement more on national data.
    expect(demo.every((c) => c.endsWith('/1'))).toBe(true)
    expect(national).toEqual(demo)
  })
})
