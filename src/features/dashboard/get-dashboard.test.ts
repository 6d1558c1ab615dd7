import { beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { createUser } from '~tests/factories'
import { demoPeople } from '~prisma/seed/demo'
import { ForbiddenError, loadActor, type Actor } from '@/server/authz/actor'
import { getDashboard } from './get-dashboard'

const { prisma } = await createTestDb({ demo: true })

async function actorFor(email: string): Promise<Actor> {
  const user = await prisma.user.findUniqueOrThrow({ where: { email } })
  return (await loadActor(prisma, user.id))!
}

/** Names of the partnerships and owners a dashboard shows, for readable expectations. */
async function seen(actor: Actor) {
  const d = await getDashboard(prisma, actor)
  return { partnerships: d.partnerships.map((p) => p.name).sort(), counts: d.counts, units: d.units }
}

let saltenUnits = 0
let sunnmoreUnits = 0
beforeAll(async () => {
  const count = async (slug: string) =>
    prisma.unit.count({ where: { owner: { partnershipOwners: { some: { partnership: { slug } } } } } })
  saltenUnits = await count('salten-kan')
  sunnmoreUnits = await count('nordre-sunnmore')
})

// The role × tenant matrix for the dashboard: who sees which partnership and how many units.
describe('dashboard scope by role and tenant', () => {
  it('county governor staff in Nordland see Salten, not Nordre Sunnmøre', async () => {
    const s = await seen(await actorFor(demoPeople.countyGovernorNordland.email))
    expect(s.partnerships).toEqual(['Salten KAN'])
    // Every unit in Nordland, and none in Møre og Romsdal.
    expect(s.counts?.units).toBe(await prisma.unit.count({ where: { municipality: { county: { number: '18' } } } }))
  })

  it('the Salten secretariat sees Salten only; the Sunnmøre secretariat Sunnmøre only', async () => {
    const salten = await seen(await actorFor(demoPeople.secretariatSalten.email))
    expect(salten.partnerships).toEqual(['Salten KAN'])
    expect(salten.counts?.units).toBe(saltenUnits)
    const sunnmore = await seen(await actorFor(demoPeople.secretariatSunnmore.email))
    expect(sunnmore.partnerships).toEqual(['Nordre Sunnmøre'])
    expect(sunnmore.counts?.units).toBe(sunnmoreUnits)
  })

  it('a forum member sees their own partnership only', async () => {
    const s = await seen(await actorFor(demoPeople.forumMemberSalten.email))
    expect(s.partnerships).toEqual(['Salten KAN'])
  })

  it('the university partner sees the partnerships and units it serves, without the counts of those who oversee', async () => {
    const s = await seen(await actorFor(demoPeople.universityPartner.email))
    expect(s.partnerships).toEqual(['Salten KAN'])
    expect(s.units).toHaveLength(Math.min(20, saltenUnits))
    expect(s.counts).toBeNull()
  })

  it('a school owner sees its own units only', async () => {
    const s = await seen(await actorFor(demoPeople.schoolOwnerBodo.email))
    expect(s.partnerships).toEqual(['Salten KAN'])
    const bodo = await prisma.unit.count({ where: { owner: { municipality: { number: '1804' } } } })
    expect(s.units).toHaveLength(Math.min(20, bodo))
    expect(s.units.every((u) => u.municipality === 'Bodø')).toBe(true)
    expect(s.counts).toBeNull()
  })

  it('a principal and a kindergarten head see exactly their own unit', async () => {
    for (const email of [demoPeople.principal.email, demoPeople.kindergartenHead.email]) {
      const actor = await actorFor(email)
      const s = await seen(actor)
      expect(s.counts).toBeNull()
      expect(s.units.map((u) => u.id)).toEqual([actor.memberships[0]!.unitId])
    }
  })

  it('the platform administrator sees every partnership', async () => {
    const s = await seen(await actorFor(demoPeople.platformAdmin.email))
    expect(s.partnerships).toEqual(['Nordre Sunnmøre', 'Salten KAN'])
  })

  it('a person without memberships is refused, and an ended membership grants nothing', async () => {
    const nobody = await createUser(prisma)
    await expect(getDashboard(prisma, (await loadActor(prisma, nobody.id))!)).rejects.toBeInstanceOf(ForbiddenError)

    const leaver = await createUser(prisma)
    const unit = await prisma.unit.findFirstOrThrow()
    await prisma.membership.create({ data: { userId: leaver.id, role: 'PRINCIPAL', unitId: unit.id, endedAt: new Date() } })
    await expect(getDashboard(prisma, (await loadActor(prisma, leaver.id))!)).rejects.toBeInstanceOf(ForbiddenError)
  })

  it('a disabled person has no actor at all', async () => {
    const disabled = await createUser(prisma, { disabledAt: new Date() })
    expect(await loadActor(prisma, disabled.id)).toBeNull()
  })
})
