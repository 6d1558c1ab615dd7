import { beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { getLeaderGroup } from './get-leader-group'
import { setLeaderProgramme } from './set-leader-programme'

const { prisma } = await createTestDb({ demo: true })
const actorFor = async (email: string): Promise<Actor> => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!

let secretariat: Actor
let sunnmoreSecretariat: Actor
let principal: Actor
let saltenLeaders: { id: string; partnershipId: string }
let sunnmoreLeaders: { id: string }
let saltenRegional: { id: string }

beforeAll(async () => {
  secretariat = await actorFor(demoPeople.secretariatSalten.email)
  sunnmoreSecretariat = await actorFor(demoPeople.secretariatSunnmore.email)
  principal = await actorFor(demoPeople.principal.email)
  saltenLeaders = await prisma.network.findFirstOrThrow({ where: { partnership: { slug: 'salten-kan' }, type: 'LEADER' } })
  sunnmoreLeaders = await prisma.network.findFirstOrThrow({ where: { name: 'Leiargruppeutvikling i grunnskulen' } })
  saltenRegional = await prisma.network.findFirstOrThrow({ where: { partnership: { slug: 'salten-kan' }, type: 'REGIONAL' } })
})

describe('a leader group’s programme', () => {
  it('shows the demo programme of seed 003: the new curriculum over two years, its gatherings, the units’ leaders', async () => {
    const group = await getLeaderGroup(prisma, sunnmoreSecretariat, sunnmoreLeaders.id)
    expect(group?.programme).toMatchObject({ theme: 'NEW_CURRICULUM', startsOn: new Date('2019-08-01'), endsOn: new Date('2021-06-30') })
    expect(group!.gatherings.map((g) => g.title)).toHaveLength(4)
    expect(group!.canManage).toBe(true)
    expect(group!.leaders.length).toBeGreaterThan(0)
  })

  it('lists the leaders of the named units, the principal among them, and only the gatherings in the period', async () => {
    const group = (await getLeaderGroup(prisma, principal, saltenLeaders.id))!
    const school = principal.memberships[0]!.unitId!
    expect(group.leaders.find((l) => l.unitId === school)?.names).toContain(demoPeople.principal.name)
    expect(group.canManage).toBe(false)
    const p = group.programme!
    for (const g of group.gatherings) expect(g.startsAt >= p.startsOn && g.startsAt.getTime() < p.endsOn.getTime() + 86_400_000).toBe(true)
    // Other tenants' and other kinds of network have no leader group here.
    expect(await getLeaderGroup(prisma, sunnmoreSecretariat, saltenLeaders.id)).toBeNull()
    expect(await getLeaderGroup(prisma, secretariat, saltenRegional.id)).toBeNull()
  })

  it('lets the secretariat set and change the programme with its audit row; refuses others and bad periods, changing nothing', async () => {
    const input = { networkId: saltenLeaders.id, theme: 'PLC', startsOn: '2026-08-01', endsOn: '2028-06-30', aim: 'Ledelse av profesjonelle læringsfellesskap.' }
    expect(await setLeaderProgramme(prisma, secretariat, input)).toEqual({ ok: true, done: 'programmeSaved', id: saltenLeaders.id })
    const saved = await prisma.leaderProgramme.findUniqueOrThrow({ where: { networkId: saltenLeaders.id } })
    expect(saved).toMatchObject({ theme: 'PLC', aim: input.aim })
    expect(await prisma.auditLog.count({ where: { action: 'network.programme.set', entityId: saved.id } })).toBe(1)
    expect(await setLeaderProgramme(prisma, secretariat, { ...input, endsOn: '2026-01-01' })).toMatchObject({ ok: false, error: 'periodOrder', fields: ['endsOn'] })
    expect(await setLeaderProgramme(prisma, sunnmoreSecretariat, { ...input, aim: 'Fra feil partnerskap.' })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await setLeaderProgramme(prisma, principal, { ...input, aim: 'Fra rektor.' })).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await setLeaderProgramme(prisma, secretariat, { ...input, networkId: saltenRegional.id })).toMatchObject({ ok: false, error: 'notLeaderNetwork' })
    expect(await prisma.leaderProgramme.findUniqueOrThrow({ where: { networkId: saltenLeaders.id } })).toMatchObject({ theme: 'PLC', aim: input.aim })
    expect(await prisma.leaderProgramme.count({ where: { networkId: saltenRegional.id } })).toBe(0)
  })
})
