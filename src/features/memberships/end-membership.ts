import { defineUseCase } from '@/server/usecase/define-use-case'
import { findManagedMembership } from './managed-membership'
import { ZEndMembership, type TMembershipFailure, type TMembershipResult } from './schemas'

/**
 * Ends a membership the actor administers. The person's access through it stops with their next
 * request, because the actor is read from active memberships on every request. Kept, not deleted:
 * the history of who had which role stays.
 */
export const endMembership = defineUseCase(
  {
    name: 'memberships.end-membership',
    permission: 'manage:membership',
    input: ZEndMembership,
    audit: 'membership.end',
    invalid: (): TMembershipFailure => ({ ok: false, error: 'invalid' }),
    // The ended membership leaves the list, and its row with it: the action goes on to the page, which says it is done.
    revalidate: () => [],
  },
  async ({ tx, actor, input, audit }): Promise<TMembershipResult> => {
    const found = await findManagedMembership(tx, actor, input.membershipId)
    if (!found.ok) return found
    const { membership } = found
    const ended = await tx.membership.updateMany({ where: { id: membership.id, endedAt: null }, data: { endedAt: new Date() } })
    if (ended.count !== 1) return { ok: false, error: 'alreadyEnded' }
    await audit({ entity: 'Membership', entityId: membership.id, partnershipId: membership.partnershipId, data: { userId: membership.userId, role: membership.role } })
    return { ok: true, done: 'ended' }
  },
)
