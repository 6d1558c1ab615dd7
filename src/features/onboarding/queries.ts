import 'server-only'
import type { FeideOnboarding, Role } from '@/generated/prisma/client'
import type { Actor } from '@/server/authz/actor'
import { requirePermission } from '@/server/authz/actor'
import { feideOnboardingOwnerScope, staffManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'

export interface TOnboardingAdmin {
  requests: { id: string; personName: string; email: string | null; unitName: string; role: Role; affiliation: string | null; createdAt: Date }[]
  owners: { id: string; name: string; mode: FeideOnboarding }[]
}

/**
 * The pending Feide requests at the units whose staff the actor keeps (oldest first), and the
 * owners whose Feide setting they choose (none for a unit's leader).
 */
export async function getOnboardingAdmin(db: Db, actor: Actor): Promise<TOnboardingAdmin> {
  requirePermission(actor, 'manage:staff')
  return withActorTenants(db, actor, async (tx) => {
    const [requests, owners] = await Promise.all([
      tx.membershipRequest.findMany({
        where: { status: 'PENDING', unit: staffManageScope(actor) },
        orderBy: { createdAt: 'asc' },
        take: 200,
        select: { id: true, role: true, affiliation: true, createdAt: true, user: { select: { name: true, email: true } }, unit: { select: { name: true } } },
      }),
      tx.organisation.findMany({ where: feideOnboardingOwnerScope(actor), orderBy: { name: 'asc' }, take: 50, select: { id: true, name: true, feideOnboarding: true } }),
    ])
    return {
      requests: requests.map((r) => ({ id: r.id, personName: r.user.name, email: r.user.email, unitName: r.unit.name, role: r.role, affiliation: r.affiliation, createdAt: r.createdAt })),
      owners: owners.map((o) => ({ id: o.id, name: o.name, mode: o.feideOnboarding })),
    }
  })
}
