import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { createUser } from '~tests/factories'
import { accountLinkDecision } from './account-linking'

const { prisma } = await createTestDb()

/** A person written by an invitation or an import: a row with the address, no identity yet. */
const invited = () => createUser(prisma)
const link = (userId: string, provider: string, providerAccountId: string) => prisma.account.create({ data: { userId, type: 'oidc', provider, providerAccountId } })

describe('linking a login to a person by e-mail (ADR 044)', () => {
  it('links a provisioned person’s first login only when the provider marks the address verified', async () => {
    const person = await invited()
    const login = { provider: 'feide', providerAccountId: `sub-${person.id}`, email: person.email }
    expect(await accountLinkDecision(prisma, { ...login, emailVerified: true })).toBe('link')
    expect(await accountLinkDecision(prisma, { ...login, emailVerified: false })).toBe('unverified')
    expect(await accountLinkDecision(prisma, login)).toBe('unverified')
    // A string is not a verified claim.
    expect(await accountLinkDecision(prisma, { ...login, emailVerified: 'true' })).toBe('unverified')
  })

  it('refuses a second subject at the same provider for a person already linked there, even with a verified address', async () => {
    const person = await invited()
    await link(person.id, 'feide', `first-${person.id}`)
    expect(await accountLinkDecision(prisma, { provider: 'feide', providerAccountId: `first-${person.id}`, email: person.email, emailVerified: false })).toBe('existing')
    expect(await accountLinkDecision(prisma, { provider: 'feide', providerAccountId: `second-${person.id}`, email: person.email, emailVerified: true })).toBe('other-subject')
    // Another provider's first login is a link of its own.
    expect(await accountLinkDecision(prisma, { provider: 'idporten', providerAccountId: `id-${person.id}`, email: person.email, emailVerified: true })).toBe('link')
  })

  it('lets a login with an unknown address (or none) through as a new person, and never links to a disabled one', async () => {
    expect(await accountLinkDecision(prisma, { provider: 'feide', providerAccountId: 'nobody', email: `ny.${Date.now()}@skole.example`, emailVerified: false })).toBe('new-person')
    expect(await accountLinkDecision(prisma, { provider: 'idporten', providerAccountId: 'no-email' })).toBe('new-person')
    const disabled = await invited()
    await prisma.user.update({ where: { id: disabled.id }, data: { disabledAt: new Date() } })
    expect(await accountLinkDecision(prisma, { provider: 'feide', providerAccountId: `sub-${disabled.id}`, email: disabled.email, emailVerified: true })).toBe('new-person')
  })
})
