import { grantableRoles } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { findManagedMembership } from './managed-membership'
import { sameTarget } from './roles'
import { ZChangeMembershipRole, type TMembershipFailure, type TMembershipResult } from './schemas'

/** Changes the role of a membership the actor administers, with its audit row in one transaction. */
export const changeMembershipRole = defineUseCase(
  {
    name: 'memberships.change-membership-role',
    permission: 'manage:membership',
    input: ZChangeMembershipRole,
    audit: 'membership.change_role',
    invalid: (): TMembershipFailure => ({ ok: false, error: 'invalid', fields: ['role'] }),
    revalidate: () => ['/admin/medlemskap'],
  },
  async ({ tx, actor, input: { membershipId, role }, audit, unchanged }): Promise<TMembershipResult> => {
    if (!grantableRoles(actor).includes(role)) return { ok: false, error: 'roleNotGrantable', fields: ['role'] }
    const found = await findManagedMembership(tx, actor, membershipId)
    if (!found.ok) return found
    const { membership } = found
    if (!sameTarget(membership.role, role)) return { ok: false, error: 'roleChangeTarget', fields: ['role'] }
    if (membership.role === role) {
      unchanged()
      return { ok: true, done: 'changed' }
    }

    // Guard against a concurrent change: only the role we read is replaced.
    const updated = await tx.membership.updateMany({ where: { id: membership.id, role: membership.role, endedAt: null }, data: { role } })
    if (updated.count !== 1) return { ok: false, error: 'notFound' }
    await audit({ entity: 'Membership', entityId: membership.id, partnershipId: membership.partnershipId, data: { userId: membership.userId, from: membership.role, to: role } })
    return { ok: true, done: 'changed' }
  },
)
