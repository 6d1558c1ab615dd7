import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { createUser } from '~tests/factories'
import { samkompAdapter } from './adapter'
import { sessionPolicy } from './session-policy'

const { prisma } = await createTestDb()
const adapter = samkompAdapter(() => Promise.resolve(prisma))

async function sessionFor(userId: string, createdAt = new Date()) {
  const sessionToken = `token-${crypto.randomUUID()}`
  await prisma.session.create({ data: { sessionToken, userId, expires: new Date(Date.now() + 60_000), createdAt } })
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
    expect(await prisma.session.count({ where: { sessionToken: token } })).toBe(0)
  })

  it('ends a session older than the maximum lifetime even while it is in use', async () => {
    const user = await createUser(prisma)
    const old = new Date(Date.now() - sessionPolicy.maximumSeconds * 1000 - 1000)
    const token = await sessionFor(user.id, old)
    expect(await adapter.getSessionAndUser!(token)).toBeNull()
    expect(await prisma.session.count({ where: { sessionToken: token } })).toBe(0)
  })

  it('ends an expired (inactive) session', async () => {
    const user = await createUser(prisma)
    const sessionToken = `token-${crypto.randomUUID()}`
    await prisma.session.create({ data: { sessionToken, userId: user.id, expires: new Date(Date.now() - 1000) } })
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
})
