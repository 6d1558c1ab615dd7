import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor } from '@/server/authz/actor'
import { readSessionRow } from './session-read'
import { hashSessionToken } from './session-token'

const { prisma } = await createTestDb({ demo: true })

/** Runs `sql` as the app's role with no tenant context, as a request's first statement runs under the wall. */
async function asAppWithoutContext<T>(sql: (tx: typeof prisma) => Promise<T>): Promise<T> {
  return prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('role', 'samkomp_app', true)`
    return sql(tx as unknown as typeof prisma)
  })
}

describe('the session read (samkomp_session)', () => {
  it("reads the person's memberships bound to a partnership, which the wall hides from a query without context", async () => {
    const user = await prisma.user.findUniqueOrThrow({ where: { email: demoPeople.forumMemberSalten.email } })
    const token = `token-${crypto.randomUUID()}`
    const expires = new Date(Date.now() + 60_000)
    await prisma.session.create({ data: { sessionToken: hashSessionToken(token), userId: user.id, expires } })
    const expected = (await loadActor(prisma, user.id))!
    expect(expected.memberships.some((m) => m.partnershipId)).toBe(true)

    const [row, plain, after] = await asAppWithoutContext(async (tx) => [
      await readSessionRow(tx, hashSessionToken(token)),
      await tx.membership.count({ where: { userId: user.id, partnershipId: { not: null } } }),
      // The function's SET clause ends with it: the rest of the transaction has no tenant visible.
      (await tx.$queryRaw<{ on: string | null }[]>`SELECT current_setting('app.all_tenants', true) AS on`)[0]!.on,
    ] as const)
    expect(plain).toBe(0)
    expect(after === null || after === '' || after === 'off').toBe(true)
    expect(row!.userId).toBe(user.id)
    expect(row!.expires.getTime()).toBe(expires.getTime())
    expect(row!.user).toMatchObject({ id: user.id, name: user.name, email: user.email, locale: user.locale, disabledAt: null })
    expect(row!.user.memberships.map((m) => ({ id: m.id, role: m.role, partnershipId: m.partnershipId, unitName: m.unit?.name ?? null }))).toEqual(
      expected.memberships.map((m) => ({ id: m.id, role: m.role, partnershipId: m.partnershipId, unitName: m.unitName })),
    )
  })

  it('is null for a token no session has, and reads nothing but that session', async () => {
    expect(await readSessionRow(prisma, hashSessionToken('no-such-token'))).toBeNull()
  })
})
