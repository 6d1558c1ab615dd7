import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { loadActor } from '../actor'
import { fundingOverseeReach, fundingOverseeScope, fundingReadScope } from '../scopes'

const { prisma } = await createTestDb({ demo: true })

describe('fundingOverseeReach', () => {
  it('says what the database says for every person: all, none or some of the partnerships whose money they read', async () => {
    const people = await prisma.user.findMany({ where: { memberships: { some: {} } }, select: { id: true, email: true } })
    const seen = new Set<string>()
    for (const person of people) {
      const actor = (await loadActor(prisma, person.id))!
      const read = await prisma.partnership.count({ where: fundingReadScope(actor) })
      const oversee = await prisma.partnership.count({ where: { AND: [fundingReadScope(actor), fundingOverseeScope(actor)] } })
      const reach = fundingOverseeReach(actor)
      seen.add(reach)
      if (reach === 'all') expect(oversee, person.email ?? person.id).toBe(read)
      if (reach === 'none') expect(oversee, person.email ?? person.id).toBe(0)
    }
    // The demo has overseers (county governor, secretariat) and owners and UH partners who oversee none.
    expect([...seen].sort()).toEqual(expect.arrayContaining(['all', 'none']))
  })
})
