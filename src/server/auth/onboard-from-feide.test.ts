import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createMunicipality, createUnit, createUser } from '~tests/factories'
import { startGroupsApi, type TFeidePerson, type TLocalGroupsApi } from '~tests/e2e/feide-groups-api'
import { createTestDb } from '~tests/setup/test-db'
import { onboardFeideLogin, onboardFromFeide } from './onboard-from-feide'

const { prisma } = await createTestDb()

/** An owner with a school and a kindergarten, letting Feide place staff as `mode` says. */
async function ownerWithUnits(mode: 'IMMEDIATE' | 'APPROVAL') {
  const { municipality, owner } = await createMunicipality(prisma)
  await prisma.organisation.update({ where: { id: owner.id }, data: { feideOnboarding: mode } })
  const school = await createUnit(prisma, { ownerId: owner.id, municipalityId: municipality.id })
  const kindergarten = await createUnit(prisma, { ownerId: owner.id, municipalityId: municipality.id, kind: 'KINDERGARTEN', levels: ['KINDERGARTEN'] })
  return { owner, school, kindergarten }
}

const faculty = (...orgNumbers: string[]) => orgNumbers.map((orgNumber) => ({ orgNumber, displayName: null, affiliation: 'faculty' as const }))

describe('onboardFromFeide (on the test database)', () => {
  it('places staff at once with the default role per kind of unit, each with an audit row', async () => {
    const { school, kindergarten } = await ownerWithUnits('IMMEDIATE')
    const user = await createUser(prisma)
    const result = await onboardFromFeide(prisma, user.id, faculty(school.orgNumber, kindergarten.orgNumber))
    expect(result.placed.sort()).toEqual([school.orgNumber, kindergarten.orgNumber].sort())
    const memberships = await prisma.membership.findMany({ where: { userId: user.id }, select: { unitId: true, role: true, endedAt: true } })
    expect(memberships).toEqual(
      expect.arrayContaining([
        { unitId: school.id, role: 'TEACHER', endedAt: null },
        { unitId: kindergarten.id, role: 'KINDERGARTEN_STAFF', endedAt: null },
      ]),
    )
    expect(await prisma.auditLog.count({ where: { actorUserId: user.id, action: 'membership.feide_onboard' } })).toBe(2)
  })

  it("asks the leader when the owner wants approval: a request, and no membership", async () => {
    const { school } = await ownerWithUnits('APPROVAL')
    const user = await createUser(prisma)
    expect(await onboardFromFeide(prisma, user.id, faculty(school.orgNumber))).toEqual({ placed: [], requested: [school.orgNumber] })
    expect(await prisma.membership.count({ where: { userId: user.id } })).toBe(0)
    const request = await prisma.membershipRequest.findFirstOrThrow({ where: { userId: user.id } })
    expect(request).toMatchObject({ unitId: school.id, role: 'TEACHER', status: 'PENDING', source: 'feide', affiliation: 'faculty' })
    expect(await prisma.auditLog.count({ where: { entity: 'MembershipRequest', entityId: request.id, action: 'membership_request.create' } })).toBe(1)
  })

  it('ignores unknown organisation numbers and inactive units', async () => {
    const { school } = await ownerWithUnits('IMMEDIATE')
    await prisma.unit.update({ where: { id: school.id }, data: { active: false } })
    const user = await createUser(prisma)
    expect(await onboardFromFeide(prisma, user.id, faculty('974567890', school.orgNumber))).toEqual({ placed: [], requested: [] })
    expect(await prisma.membership.count({ where: { userId: user.id } })).toBe(0)
  })

  it('does not place anyone twice, nor undo an ended membership or a refusal', async () => {
    const { school, kindergarten } = await ownerWithUnits('IMMEDIATE')
    const user = await createUser(prisma)
    await onboardFromFeide(prisma, user.id, faculty(school.orgNumber))
    expect(await onboardFromFeide(prisma, user.id, faculty(school.orgNumber))).toEqual({ placed: [], requested: [] })
    await prisma.membership.updateMany({ where: { userId: user.id }, data: { endedAt: new Date() } })
    expect((await onboardFromFeide(prisma, user.id, faculty(school.orgNumber))).placed).toEqual([])
    await prisma.membershipRequest.create({ data: { userId: user.id, unitId: kindergarten.id, role: 'KINDERGARTEN_STAFF', source: 'feide', status: 'REFUSED' } })
    expect((await onboardFromFeide(prisma, user.id, faculty(kindergarten.orgNumber))).placed).toEqual([])
    expect(await prisma.membership.count({ where: { userId: user.id } })).toBe(1)
  })
})

describe('onboardFeideLogin through the local groups API', () => {
  const people = new Map<string, TFeidePerson>()
  let api: TLocalGroupsApi
  beforeAll(async () => {
    api = await startGroupsApi({ personFor: (token) => people.get(token) ?? null })
  })
  afterAll(() => api.close())

  it('places a teacher by their access token, and gives a student nothing', async () => {
    const { school } = await ownerWithUnits('IMMEDIATE')
    people.set('t-teacher', { realm: 'test.kommune.no', primaryAffiliation: 'employee', units: [{ orgNumber: school.orgNumber, name: school.name }] })
    people.set('t-pupil', { realm: 'test.kommune.no', primaryAffiliation: 'student', units: [{ orgNumber: school.orgNumber, name: school.name }] })
    const [teacher, pupil] = [await createUser(prisma), await createUser(prisma)]
    expect(await onboardFeideLogin(prisma, teacher.id, 't-teacher', api.url)).toEqual({ placed: [school.orgNumber], requested: [] })
    expect(await onboardFeideLogin(prisma, pupil.id, 't-pupil', api.url)).toEqual({ placed: [], requested: [] })
    expect(await prisma.membership.count({ where: { userId: pupil.id } })).toBe(0)
    expect(await prisma.membershipRequest.count({ where: { userId: pupil.id } })).toBe(0)
  })
})
