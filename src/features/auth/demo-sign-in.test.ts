import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { createUser } from '~tests/factories'
import { isDemoMode } from '@/server/demo'
import { createDemoSession } from './demo-sign-in'

const { prisma } = await createTestDb()

describe('demo login', () => {
  it('is on for the embedded database and off with a real DATABASE_URL unless asked for', () => {
    expect(isDemoMode({})).toBe(true)
    expect(isDemoMode({ DATABASE_URL: 'postgres://x' })).toBe(false)
    expect(isDemoMode({ DATABASE_URL: 'postgres://x', DEMO_MODE: 'true' })).toBe(true)
    expect(isDemoMode({ DEMO_MODE: 'false' })).toBe(false)
  })

  it('starts a session for a seeded demo person and audits it', async () => {
    const person = await createUser(prisma, { name: 'Demo Dina', email: `dina.${crypto.randomUUID()}@demo.samkomp.no` })
    const session = await createDemoSession(prisma, person.id)
    expect(session?.sessionToken).toMatch(/^[0-9a-f]{64}$/)
    expect(await prisma.session.count({ where: { userId: person.id } })).toBe(1)
    // The cookie's value is nowhere in the table: only its SHA-256 is (issue 22).
    const rows = await prisma.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "Session" WHERE "userId" = ${person.id}::uuid`
    expect(rows.flatMap((row) => Object.values(row).map(String)).filter((value) => value.includes(session!.sessionToken))).toEqual([])
    expect(await prisma.auditLog.count({ where: { actorUserId: person.id, action: 'login' } })).toBe(1)
  })

  it('refuses anyone who is not a demo person, and disabled demo people', async () => {
    const real = await createUser(prisma, { email: `real.${crypto.randomUUID()}@kommune.no` })
    expect(await createDemoSession(prisma, real.id)).toBeNull()
    const disabled = await createUser(prisma, { email: `off.${crypto.randomUUID()}@demo.samkomp.no`, disabledAt: new Date() })
    expect(await createDemoSession(prisma, disabled.id)).toBeNull()
    expect(await prisma.session.count({ where: { userId: { in: [real.id, disabled.id] } } })).toBe(0)
  })
})
