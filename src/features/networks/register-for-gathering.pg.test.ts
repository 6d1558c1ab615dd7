import { describe, expect, it } from 'vitest'
import { connectTestPostgres } from '~tests/setup/postgres'
import { createUser, unique } from '~tests/factories'
import { addNetworkPerson, createGatheringRow, createNetworkRow } from '~tests/factories/networks'
import { seedDemo } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { cancelRegistration } from './cancel-registration'
import { registerForGathering } from './register-for-gathering'

const postgres = await connectTestPostgres()

describe.skipIf(!postgres.available)('gathering registration under concurrency on PostgreSQL', () => {
  it('30 people register at once for 10 seats, 3 rounds: exactly 10 seats, 20 waiting, no errors; parallel cancels move the waiting list up in order', { timeout: 180_000 }, async () => {
    const { prisma } = await postgres.createMigratedDatabase()
    await seedDemo(prisma)
    const salten = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })
    const bodo = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', municipality: { number: '1804' } } })
    const network = await createNetworkRow(prisma, { partnershipId: salten.id })
    const people: Actor[] = []
    for (let i = 0; i < 30; i++) {
      const u = await createUser(prisma, { name: unique('Samtidig') })
      await prisma.membership.create({ data: { userId: u.id, role: 'SCHOOL_OWNER', organisationId: bodo.id } })
      await addNetworkPerson(prisma, network, u.id, 'RESOURCE_TEACHER')
      people.push((await loadActor(prisma, u.id))!)
    }

    const rounds = []
    for (let round = 0; round < 3; round++) {
      const g = await createGatheringRow(prisma, network, { seatLimit: 10 })
      const results = await Promise.allSettled(people.map((p) => registerForGathering(prisma, p, { gatheringId: g.id })))
      const rows = await prisma.gatheringRegistration.groupBy({ by: ['status'], where: { gatheringId: g.id }, _count: true })
      const count = (s: string) => rows.find((r) => r.status === s)?._count ?? 0
      const okDone = (done: string) => results.filter((r) => r.status === 'fulfilled' && r.value.ok && r.value.done === done).length
      rounds.push({ errors: results.filter((r) => r.status === 'rejected').length, seats: count('REGISTERED'), waiting: count('WAITING'), toldSeat: okDone('registered'), toldWaiting: okDone('waitingListed') })

      if (round === 2) {
        // Five with a seat cancel at once: the first five on the waiting list (by registration time) move up.
        const seated = await prisma.gatheringRegistration.findMany({ where: { gatheringId: g.id, status: 'REGISTERED' }, select: { userId: true } })
        const queue = await prisma.gatheringRegistration.findMany({ where: { gatheringId: g.id, status: 'WAITING' }, orderBy: [{ registeredAt: 'asc' }, { id: 'asc' }], select: { userId: true } })
        const leaving = seated.slice(0, 5).map((s) => people.find((p) => p.userId === s.userId)!)
        const cancels = await Promise.allSettled(leaving.map((p) => cancelRegistration(prisma, p, { gatheringId: g.id })))
        expect(cancels.every((c) => c.status === 'fulfilled' && c.value.ok)).toBe(true)
        const after = await prisma.gatheringRegistration.findMany({ where: { gatheringId: g.id, status: 'REGISTERED' }, select: { userId: true } })
        expect(after).toHaveLength(10)
        const movedUp = new Set(after.map((a) => a.userId))
        expect(queue.slice(0, 5).every((q) => movedUp.has(q.userId))).toBe(true)
        expect(queue.slice(5).some((q) => movedUp.has(q.userId))).toBe(false)
      }
    }
    expect(rounds).toEqual(Array.from({ length: 3 }, () => ({ errors: 0, seats: 10, waiting: 20, toldSeat: 10, toldWaiting: 20 })))
  })
})
