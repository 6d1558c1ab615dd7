import { describe, expect, it } from 'vitest'
import { createMunicipality, createUnit, createUser } from '~tests/factories'
import { createTestDb } from '~tests/setup/test-db'
import { loadActor } from '@/server/authz/actor'
import { decideMembershipRequest } from './decide-membership-request'
import { onboardFromFeide } from '@/server/auth/onboard-from-feide'
import { setFeideOnboarding } from './set-feide-onboarding'

const { prisma } = await createTestDb()

/** A school whose owner wants approval, its principal, the owner's staff, and a Feide request there. */
async function requestAtSchool() {
  const { municipality, owner } = await createMunicipality(prisma)
  const school = await createUnit(prisma, { ownerId: owner.id, municipalityId: municipality.id })
  const principal = await createUser(prisma)
  await prisma.membership.create({ data: { userId: principal.id, role: 'PRINCIPAL', unitId: school.id } })
  const ownerStaff = await createUser(prisma)
  await prisma.membership.create({ data: { userId: ownerStaff.id, role: 'SCHOOL_OWNER', organisationId: owner.id } })
  const teacher = await createUser(prisma)
  await onboardFromFeide(prisma, teacher.id, [{ orgNumber: school.orgNumber, displayName: null, affiliation: 'faculty' }])
  const request = await prisma.membershipRequest.findFirstOrThrow({ where: { userId: teacher.id } })
  return { owner, school, request, teacher, principal: (await loadActor(prisma, principal.id))!, ownerStaff: (await loadActor(prisma, ownerStaff.id))! }
}

describe('deciding a Feide request', () => {
  it('the principal approves: the membership, the decision and its audit row, once', async () => {
    const { request, principal, teacher, school } = await requestAtSchool()
    expect(await decideMembershipRequest(prisma, principal, { requestId: request.id, decision: 'approve' })).toEqual({ ok: true, done: 'approved' })
    const decided = await prisma.membershipRequest.findUniqueOrThrow({ where: { id: request.id } })
    expect(decided).toMatchObject({ status: 'APPROVED', decidedById: principal.userId })
    expect(await prisma.membership.findUniqueOrThrow({ where: { id: decided.membershipId! } })).toMatchObject({ userId: teacher.id, unitId: school.id, role: 'TEACHER' })
    expect(await prisma.auditLog.count({ where: { entity: 'MembershipRequest', entityId: request.id, action: 'membership_request.decide' } })).toBe(1)
    expect(await decideMembershipRequest(prisma, principal, { requestId: request.id, decision: 'refuse' })).toEqual({ ok: false, error: 'alreadyDecided' })
  })

  it('the owner refuses: no membership, and the next login does not ask again', async () => {
    const { request, ownerStaff, teacher, school } = await requestAtSchool()
    expect(await decideMembershipRequest(prisma, ownerStaff, { requestId: request.id, decision: 'refuse' })).toEqual({ ok: true, done: 'refused' })
    await onboardFromFeide(prisma, teacher.id, [{ orgNumber: school.orgNumber, displayName: null, affiliation: 'faculty' }])
    expect(await prisma.membership.count({ where: { userId: teacher.id } })).toBe(0)
    expect(await prisma.membershipRequest.count({ where: { userId: teacher.id, status: 'PENDING' } })).toBe(0)
  })

  it("another school's principal finds nothing, and a bad decision is refused without a write", async () => {
    const { request } = await requestAtSchool()
    const { principal: other } = await requestAtSchool()
    expect(await decideMembershipRequest(prisma, other, { requestId: request.id, decision: 'approve' })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await decideMembershipRequest(prisma, other, { requestId: request.id, decision: 'maybe' })).toMatchObject({ ok: false, error: 'invalid', fields: ['decision'] })
    expect((await prisma.membershipRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe('PENDING')
  })

  it("the owner chooses the setting; a principal cannot change the owner's choice", async () => {
    const { owner, principal, ownerStaff } = await requestAtSchool()
    expect(await setFeideOnboarding(prisma, principal, { organisationId: owner.id, mode: 'IMMEDIATE' })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await setFeideOnboarding(prisma, ownerStaff, { organisationId: owner.id, mode: 'IMMEDIATE' })).toEqual({ ok: true, done: 'modeSaved' })
    expect((await prisma.organisation.findUniqueOrThrow({ where: { id: owner.id } })).feideOnboarding).toBe('IMMEDIATE')
    expect(await prisma.auditLog.count({ where: { entity: 'Organisation', entityId: owner.id, action: 'organisation.feide_onboarding' } })).toBe(1)
  })
})
