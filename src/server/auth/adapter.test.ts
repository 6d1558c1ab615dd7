import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { createUser } from '~tests/factories'
import { samkompAdapter } from './adapter'
import { sessionPolicy } from './session-policy'
import { hashSessionToken } from './session-token'

const { prisma } = await createTestDb()
const adapter = samkompAdapter(() => Promise.resolve(prisma))

async function sessionFor(userId: string, createdAt = new Date()) {
  const sessionToken = `token-${crypto.randomUUID()}`
  await prisma.session.create({ data: { sessionToken: hashSessionToken(sessionToken), userId, expires: new Date(Date.now() + 60_000), createdAt } })
  return sessionToken
}

describe('Auth.js adapter', () => {
  it('returns a live session with its user', async () => {
    const user = await createUser(prisma)
    const token = await sessionFor(user.id)
    const result = await adapter.getSessionAndUser!(token)
    expect(result?.user.id).toBe(user.id)
  })

  it('ends every session of a disabled person at once', async () => {
    const user = await createUser(prisma)
    const token = await sessionFor(user.id)
    await prisma.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } })
    expect(await adapter.getSessionAndUser!(token)).toBeNull()
    expect(await prisma.session.count({ where: { sessionToken: hashSessionToken(token) } })).toBe(0)
  })

  it('ends a session older than the maximum lifetime even while it is in use', async () => {
    const user = await createUser(prisma)
    const old = new Date(Date.now() - sessionPolicy.maximumSeconds * 1000 - 1000)
    const token = await sessionFor(user.id, old)
    expect(await adapter.getSessionAndUser!(token)).toBeNull()
    expect(await prisma.session.count({ where: { sessionToken: hashSessionToken(token) } })).toBe(0)
  })

  it('ends an expired (inactive) session', async () => {
    const user = await createUser(prisma)
    const sessionToken = `token-${crypto.randomUUID()}`
    await prisma.session.create({ data: { sessionToken: hashSessionToken(sessionToken), userId: user.id, expires: new Date(Date.now() - 1000) } })
    expect(await adapter.getSessionAndUser!(sessionToken)).toBeNull()
  })

  it('links an OpenID Connect account and finds the person by it; logout deletes the session', async () => {
    const user = await adapter.createUser!({ id: '', name: 'Feide Person', email: 'feide.person@example.test', emailVerified: null })
    await adapter.linkAccount!({ userId: user.id, type: 'oidc', provider: 'feide', providerAccountId: 'feide-sub-1' })
    expect((await adapter.getUserByAccount!({ provider: 'feide', providerAccountId: 'feide-sub-1' }))?.id).toBe(user.id)
    const token = await sessionFor(user.id)
    await adapter.deleteSession!(token)
    expect(await adapter.getSessionAndUser!(token)).toBeNull()
  })

  it('stores only the hash of the token Auth.js puts in the cookie, and finds the session by the cookie', async () => {
    const user = await createUser(prisma)
    const cookie = `cookie-${crypto.randomUUID()}`
    const created = await adapter.createSession!({ sessionToken: cookie, userId: user.id, expires: new Date(Date.now() + 60_000) })
    expect(created.sessionToken).toBe(cookie)
    expect(await sessionRowsHolding(user.id, cookie)).toEqual([])
    expect((await adapter.getSessionAndUser!(cookie))?.user.id).toBe(user.id)
    expect(await adapter.updateSession!({ sessionToken: cookie, expires: new Date(Date.now() + 120_000) })).not.toBeNull()
    await adapter.deleteSession!(cookie)
    expect(await prisma.session.count({ where: { userId: user.id } })).toBe(0)
  })
})

/** Every column of the person's session rows that holds the cookie's value, as text. */
async function sessionRowsHolding(userId: string, cookie: string) {
  const rows = await prisma.$queryRaw<Record<string, unknown>[]>`SELECT * FROM "Session" WHERE "userId" = ${userId}::uuid`
  expect(rows.length).toBeGreaterThan(0)
  return rows.flatMap((row) => Object.entries(row).filter(([, value]) => String(value).includes(cookie)).map(([column]) => column))
}
