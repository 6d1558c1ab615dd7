import { describe, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { expectPartlyTenantWall, expectTenantWall } from '~tests/setup/rls-checks'

describe('row-level security on the embedded database', () => {
  it('keeps tenants apart in every tenant table', async () => {
    const { prisma } = await createTestDb({ demo: true })
    await expectTenantWall(prisma)
  })

  it('walls the rows of Membership and AuditLog that belong to a partnership, and shows the rest', async () => {
    const { prisma } = await createTestDb({ demo: true })
    await expectPartlyTenantWall(prisma)
  })
})
