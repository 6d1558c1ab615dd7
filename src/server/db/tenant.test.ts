import { describe, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { expectTenantWall } from '~tests/setup/rls-checks'

describe('row-level security on the embedded database', () => {
  it('keeps tenants apart in every tenant table', async () => {
    const { prisma } = await createTestDb({ demo: true })
    await expectTenantWall(prisma)
  })
})
