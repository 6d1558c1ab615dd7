import type { Role } from '@/generated/prisma/client'
import type { Actor } from '@/server/authz/actor'
import { staffManageScope, staffRoles } from '@/server/authz/scopes'
import type { Tx } from '@/server/db/tenant'
import { roleTarget } from '@/features/memberships/roles'

/** The unit if the actor keeps its staff; null otherwise (another unit reads as not found). */
export function findStaffUnit(tx: Tx, actor: Actor, unitId: string) {
  return tx.unit.findFirst({ where: { AND: [{ id: unitId, active: true }, staffManageScope(actor)] }, select: { id: true, name: true, kind: true } })
}

/** The staff roles that fit a unit of this kind (a teacher at a school, kindergarten staff at a kindergarten). */
export function staffRolesFor(kind: 'SCHOOL' | 'KINDERGARTEN'): Role[] {
  return staffRoles.filter((r) => {
    const target = roleTarget[r]
    return target.kind === 'unit' && target.unitKind === kind
  })
}
