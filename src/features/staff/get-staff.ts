import 'server-only'
import type { Role, UnitGroupKind, UnitKind } from '@/generated/prisma/enums'
import { requirePermission, type Actor } from '@/server/authz/actor'
import { staffManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { isUuid } from '@/lib/uuid'
import { schoolYearOf } from './schemas'
import { findStaffUnit, staffRolesFor } from './staff-unit'

export interface TStaffMember {
  membershipId: string
  name: string
  email: string | null
  role: Role
  /** A staff role the page may change or end (not the leader's own membership). */
  managed: boolean
  groups: string[]
}

export interface TUnitGroupRow {
  id: string
  kind: UnitGroupKind
  grade: number | null
  name: string
  schoolYear: number
  teachers: { membershipId: string; name: string }[]
}

export interface TStaffPage {
  unit: { id: string; name: string; kind: UnitKind }
  staff: TStaffMember[]
  groups: TUnitGroupRow[]
  /** The roles the page offers for this unit. */
  roles: Role[]
  schoolYear: number
}

/** Units whose staff the actor keeps (the /personale list): a leader's own, an owner's units. */
export async function getStaffUnits(db: Db, actor: Actor) {
  requirePermission(actor, 'manage:staff')
  return withActorTenants(db, actor, (tx) =>
    tx.unit.findMany({
      where: { AND: [{ active: true }, staffManageScope(actor)] },
      orderBy: { name: 'asc' },
      take: 500,
      select: { id: true, name: true, kind: true, _count: { select: { memberships: { where: { endedAt: null } } } } },
    }),
  )
}

/** The unit's staff page: who works there, its classes or groups this school year and on, and who teaches them. Null outside the actor's units. */
export async function getStaff(db: Db, actor: Actor, unitId: string): Promise<TStaffPage | null> {
  requirePermission(actor, 'manage:staff')
  if (!isUuid(unitId)) return null
  const schoolYear = schoolYearOf(new Date())
  return withActorTenants(db, actor, async (tx) => {
    const unit = await findStaffUnit(tx, actor, unitId)
    if (!unit) return null
    const roles = staffRolesFor(unit.kind)
    const [memberships, groups] = await Promise.all([
      tx.membership.findMany({
        where: { unitId: unit.id, endedAt: null },
        orderBy: [{ user: { name: 'asc' } }, { createdAt: 'asc' }],
        take: 1000,
        select: { id: true, role: true, user: { select: { name: true, email: true } }, groups: { select: { group: { select: { name: true, schoolYear: true } } } } },
      }),
      tx.unitGroup.findMany({
        where: { unitId: unit.id, schoolYear: { gte: schoolYear } },
        orderBy: [{ schoolYear: 'asc' }, { grade: 'asc' }, { name: 'asc' }],
        take: 500,
        select: { id: true, kind: true, grade: true, name: true, schoolYear: true, teachers: { select: { membershipId: true, membership: { select: { user: { select: { name: true } } } } } } },
      }),
    ])
    return {
      unit,
      roles,
      schoolYear,
      staff: memberships.map((m) => ({
        membershipId: m.id,
        name: m.user.name,
        email: m.user.email,
        role: m.role,
        managed: roles.includes(m.role),
        groups: m.groups.filter((g) => g.group.schoolYear >= schoolYear).map((g) => g.group.name).sort(),
      })),
      groups: groups.map((g) => ({ ...g, teachers: g.teachers.map((t) => ({ membershipId: t.membershipId, name: t.membership.user.name })).sort((a, b) => a.name.localeCompare(b.name)) })),
    }
  })
}
