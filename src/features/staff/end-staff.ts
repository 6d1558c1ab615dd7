import { findManagedMembership } from '@/features/memberships/managed-membership'
import { staffMembershipScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { invalidStaff, staffRevalidate, ZEndStaff, type TStaffResult } from './schemas'

/**
 * Ends a staff member's membership at the unit. Kept, not deleted (who had which role stays);
 * their class assignments go with it, since they hang on this membership.
 */
export const endStaff = defineUseCase(
  { name: 'staff.end-staff', permission: 'manage:staff', input: ZEndStaff, invalid: invalidStaff, audit: 'membership.end', revalidate: staffRevalidate },
  async ({ tx, actor, input, audit }): Promise<TStaffResult> => {
    const found = await findManagedMembership(tx, actor, input.membershipId, staffMembershipScope(actor))
    if (!found.ok) return found
    const { membership } = found
    const ended = await tx.membership.updateMany({ where: { id: membership.id, endedAt: null }, data: { endedAt: new Date() } })
    if (ended.count !== 1) return { ok: false, error: 'alreadyEnded' }
    const { count: groups } = await tx.unitGroupTeacher.deleteMany({ where: { membershipId: membership.id } })
    await audit({ entity: 'Membership', entityId: membership.id, partnershipId: null, data: { userId: membership.userId, role: membership.role, groups } })
    return { ok: true, done: 'ended', id: membership.unitId! }
  },
)
