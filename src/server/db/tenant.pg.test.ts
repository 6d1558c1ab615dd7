import { describe, expect, it } from 'vitest'
import { connectTestPostgres } from '~tests/setup/postgres'
import { expectPartlyTenantWall, expectTenantWall, visibleRows } from '~tests/setup/rls-checks'
import { seedDemo } from '~prisma/seed/demo'
import { unsafeWithAllTenants } from './tenant'

const postgres = await connectTestPostgres()

describe.skipIf(!postgres.available)('row-level security on PostgreSQL', () => {
  it('keeps tenants apart in every tenant table, also under a pool with parallel requests', async () => {
    const { prisma } = await postgres.createMigratedDatabase()
    await seedDemo(prisma)
    await expectTenantWall(prisma)
    await expectPartlyTenantWall(prisma)

    // Many transactions at once on a pool: each sees only its own tenant, never a neighbour's
    // context left on a reused connection (the settings are transaction-local).
    const [a, b] = await unsafeWithAllTenants(prisma, (tx) => tx.partnership.findMany({ orderBy: { slug: 'asc' } }))
    const runs = await Promise.all(
      Array.from({ length: 40 }, (_, i) => {
        const mine = i % 2 === 0 ? a!.id : b!.id
        return visibleRows(prisma, [mine]).then((counts) => Object.values(counts).every((c) => c.others === 0))
      }),
    )
    expect(runs.every(Boolean)).toBe(true)
    // Outside such a transaction the pool's connections carry no tenant context.
    const leaked = await prisma.$queryRaw<{ ids: string | null }[]>`SELECT current_setting('app.tenant_ids', true) AS ids`
    expect(leaked[0]!.ids ?? '').toBe('')
  })
})
