import { findManagedMembership } from '@/features/memberships/managed-membership'
import { sameTarget } from '@/features/memberships/roles'
import { staffMembershipScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { invalidStaff, staffRevalidate, ZChangeStaffRole, type TStaffResult } from './schemas'
import { staffRolesFor } from './staff-unit'

/** Changes a staff member's role at the unit (teacher ↔ resource teacher), with its audit row. */
export const changeStaffRole = defineUseCase(
  { name: 'staff.change-staff-role', permission: 'manage:staff', input: ZChangeStaffRole, invalid: invalidStaff, audit: 'membership.change_role', revalidate: staffRevalidate },
  async ({ tx, actor, input: { membershipId, role }, audit, unchanged }): Promise<TStaffResult> => {
    const found = await findManagedMembership(tx, actor, membershipId, staffMembershipScope(actor))
    if (!found.ok) return found
    const { membership } = found
    const unit = await tx.unit.findUniqueOrThrow({ where: { id: membership.unitId! }, select: { id: true, kind: true } })
    if (!staffRolesFor(unit.kind).includes(role) || !sameTarget(membership.role, role)) return { ok: false, error: 'roleNotGrantable', fields: ['role'] }
    if (membership.role === role) {
      unchanged()
      return { ok: true, done: 'changed', id: unit.id }
    }
    // Guard against a concurrent change: only the role we read is replaced.
    const updated = await tx.membership.updateMany({ where: { id: membership.id, role: membership.role, endedAt: null }, data: { role } })
    if (updated.count !== 1) return { ok: false, error: 'notFound' }
    await audit({ entity: 'Membership', entityId: membership.id, partnershipId: null, data: { userId: membership.userId, from: membership.role, to: role } })
    return { ok: true, done: 'changed', id: unit.id }
  },
)
