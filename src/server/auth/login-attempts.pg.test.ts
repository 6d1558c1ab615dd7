import { describe, expect, it } from 'vitest'
import { connectTestPostgres } from '~tests/setup/postgres'
import { startLoginAttempt } from './login-attempts'

const postgres = await connectTestPostgres()

describe.skipIf(!postgres.available)('login rate limit on PostgreSQL', () => {
  it('lets exactly `limit` of 30 parallel attempts from one address through', async () => {
    const { prisma } = await postgres.createMigratedDatabase()
    const settings = { addressLimit: 7, accountLimit: 100, windowSeconds: 600 }
    const results = await Promise.all(
      Array.from({ length: 30 }, () => startLoginAttempt(prisma, { ip: '203.0.113.50', method: 'feide' }, new Date(), settings)),
    )
    expect(results.filter((r) => r.allowed)).toHaveLength(7)
    expect(await prisma.loginAttempt.count({ where: { outcome: 'rate_limited' } })).toBe(23)
  })
})
