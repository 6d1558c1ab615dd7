import { decideMembershipRequestAction, setFeideOnboardingAction } from '@/features/onboarding/actions'
import { getOnboardingAdmin } from '@/features/onboarding/queries'
import type { Actor } from '../actor'
import { callAction } from './adapters'
import type { TMatrixContext, TProbes, TTenant } from './types'

/**
 * Onboarding from Feide (ADR 030): the requests a unit's leader or owner decides, and the owner's
 * own setting. Requests are written directly with prisma (not through the code under test), each
 * for a new person, at the actor's own unit in the tenant (else an owner's unit there, else the
 * tenant's first unit), so "no" means the wall held, not that nothing was there.
 */
export function onboardingProbes({ prisma, ids }: TMatrixContext): TProbes {
  const inTenant = (tenant: TTenant) => ({ owner: { partnershipOwners: { some: { partnershipId: ids[tenant], leftOn: null } } } })

  async function targetUnit(actor: Actor, tenant: TTenant) {
    const own = actor.memberships.map((m) => m.unitId).filter((id): id is string => !!id)
    const orgs = actor.memberships.map((m) => m.organisationId).filter((id): id is string => !!id)
    return (
      (await prisma.unit.findFirst({ where: { id: { in: own }, ...inTenant(tenant) }, orderBy: { name: 'asc' } })) ??
      (await prisma.unit.findFirst({ where: { ownerId: { in: orgs }, ...inTenant(tenant) }, orderBy: { name: 'asc' } })) ??
      (await prisma.unit.findFirstOrThrow({ where: inTenant(tenant), orderBy: { name: 'asc' } }))
    )
  }

  async function pendingRequest(actor: Actor, tenant: TTenant) {
    const unit = await targetUnit(actor, tenant)
    const user = await prisma.user.create({ data: { name: 'Feide Forespørsel', email: `feide.${crypto.randomUUID()}@skole.no` } })
    return prisma.membershipRequest.create({ data: { userId: user.id, unitId: unit.id, role: 'TEACHER', source: 'feide', affiliation: 'faculty' } })
  }

  return {
    '/personale/foresporsler': {
      permission: 'manage:staff',
      kind: 'managesStaff',
      probe: async (actor, tenant) => {
        const request = await pendingRequest(actor, tenant)
        const admin = await getOnboardingAdmin(prisma, actor).catch(() => null)
        return !!admin?.requests.some((r) => r.id === request.id)
      },
    },
    decideMembershipRequestAction: {
      permission: 'manage:staff',
      kind: 'managesStaff',
      probe: async (actor, tenant) => {
        const request = await pendingRequest(actor, tenant)
        await callAction(actor, decideMembershipRequestAction, { requestId: request.id, decision: 'approve' })
        return (await prisma.membership.count({ where: { userId: request.userId, unitId: request.unitId, endedAt: null } })) > 0
      },
    },
    setFeideOnboardingAction: {
      permission: 'manage:staff',
      kind: 'choosesOnboarding',
      probe: async (actor, tenant) => {
        const unit = await targetUnit(actor, tenant)
        const before = (await prisma.organisation.findUniqueOrThrow({ where: { id: unit.ownerId } })).feideOnboarding
        const mode = before === 'APPROVAL' ? 'IMMEDIATE' : 'APPROVAL'
        await callAction(actor, setFeideOnboardingAction, { organisationId: unit.ownerId, mode })
        const after = (await prisma.organisation.findUniqueOrThrow({ where: { id: unit.ownerId } })).feideOnboarding
        // Put back what the demo had, so the next probe starts from the same place.
        await prisma.organisation.update({ where: { id: unit.ownerId }, data: { feideOnboarding: before } })
        return after === mode
      },
    },
  }
}
