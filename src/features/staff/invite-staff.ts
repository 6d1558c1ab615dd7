import { grantMembership } from '@/features/memberships/grant-membership'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { invalidStaff, staffRevalidate, ZInviteStaff, type TStaffResult } from './schemas'
import { findStaffUnit, staffRolesFor } from './staff-unit'

/**
 * The principal, head or owner invites a person to the unit's staff with a staff role; the same
 * grant (user, membership, audit row, invitation email) as the membership administration.
 */
export const inviteStaff = defineUseCase(
  { name: 'staff.invite-staff', permission: 'manage:staff', input: ZInviteStaff, invalid: invalidStaff, audit: 'membership.invite', revalidate: staffRevalidate, sendsEmail: true },
  async ({ tx, actor, input: d, audit }): Promise<TStaffResult> => {
    const unit = await findStaffUnit(tx, actor, d.unitId)
    if (!unit) return { ok: false, error: 'notFound' }
    if (!staffRolesFor(unit.kind).includes(d.role)) return { ok: false, error: 'roleNotGrantable', fields: ['role'] }
    const granted = await grantMembership(tx, actor, audit, { email: d.email, name: d.name, role: d.role, place: { unitId: unit.id }, placeName: unit.name })
    if (!granted.ok) return granted
    return { ok: true, done: 'invited', id: unit.id }
  },
)
