import type { Prisma, Role } from '@/generated/prisma/client'
import { rolePermissions, rolesAt } from '../permissions'
import type { Actor } from '../actor'
import { placeOf, scopeOf } from './core'

// ─── A unit's own staff and its classes or groups (issue 15) ─────────────────────────────────

/**
 * The roles a unit's leader or owner hands out at the unit: those placed at a unit that do not
 * themselves keep the staff (so a principal appoints teachers, never another principal).
 */
export const staffRoles: readonly Role[] = rolesAt('unit').filter((r) => !rolePermissions[r].includes('manage:staff'))

/** Units whose staff, classes and groups the actor keeps: a leader's own unit, an owner's units. */
export function staffManageScope(actor: Actor): Prisma.UnitWhereInput {
  return scopeOf(actor, 'manage:staff', (m): Prisma.UnitWhereInput[] => {
    if (placeOf(m) === 'owner') return m.organisationId ? [{ ownerId: m.organisationId }] : []
    if (placeOf(m) === 'unit') return m.unitId ? [{ id: m.unitId }] : []
    return []
  })
}

/** Staff memberships the actor administers: the staff roles at the units it keeps. */
export function staffMembershipScope(actor: Actor): Prisma.MembershipWhereInput {
  return { role: { in: [...staffRoles] }, unit: staffManageScope(actor) }
}
