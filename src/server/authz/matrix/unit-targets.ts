import type { Actor } from '../actor'
import type { TMatrixContext, TTenant } from './types'

/**
 * The unit a probe aims at, shared by the areas that work on one unit (staff, onboarding, self
 * assessment): the actor's own unit in the tenant, else one its organisation owns there, else the
 * tenant's first (an attempt at someone else's, so "no" means the wall held).
 */
export function unitTargets({ prisma, ids }: TMatrixContext) {
  const inTenant = (tenant: TTenant) => ({ owner: { partnershipOwners: { some: { partnershipId: ids[tenant], leftOn: null } } } })

  async function targetUnit(actor: Actor, tenant: TTenant) {
    const own = actor.memberships.flatMap((m) => (m.unitId ? [m.unitId] : []))
    const orgs = actor.memberships.flatMap((m) => (m.organisationId ? [m.organisationId] : []))
    return (
      (await prisma.unit.findFirst({ where: { id: { in: own }, ...inTenant(tenant) }, orderBy: { name: 'asc' } })) ??
      (await prisma.unit.findFirst({ where: { ownerId: { in: orgs }, ...inTenant(tenant) }, orderBy: { name: 'asc' } })) ??
      (await prisma.unit.findFirstOrThrow({ where: inTenant(tenant), orderBy: { name: 'asc' } }))
    )
  }

  return { inTenant, targetUnit }
}
