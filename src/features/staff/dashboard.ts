import 'server-only'
import type { UnitGroupKind } from '@/generated/prisma/enums'
import { requirePermission, type Actor } from '@/server/authz/actor'
import { ledUnits, networkScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { schoolYearOf } from './schemas'

export interface TStaffDashboard {
  /** The classes or groups the actor teaches this school year and on. */
  classes: { id: string; kind: UnitGroupKind; grade: number | null; name: string; schoolYear: number; unitName: string }[]
  /** The newest materials shared in the networks the actor or its unit takes part in. */
  materials: { id: string; networkId: string; networkName: string; title: string; url: string | null; fileName: string | null }[]
}

/**
 * The teacher's piece of /oversikt (issue 15): my classes and my networks' materials. Classes are
 * the actor's own (its memberships teach them); materials come through the network scope. Null
 * when there is neither.
 */
export async function getStaffDashboard(db: Db, actor: Actor): Promise<TStaffDashboard | null> {
  requirePermission(actor, 'read:dashboard')
  const units = ledUnits(actor.memberships)
  if (units.length === 0) return null
  return withActorTenants(db, actor, async (tx) => {
    const [groups, materials] = await Promise.all([
      tx.unitGroup.findMany({
        where: { schoolYear: { gte: schoolYearOf(new Date()) }, teachers: { some: { membership: { userId: actor.userId, endedAt: null } } } },
        orderBy: [{ schoolYear: 'asc' }, { grade: 'asc' }, { name: 'asc' }],
        take: 30,
        select: { id: true, kind: true, grade: true, name: true, schoolYear: true, unit: { select: { name: true } } },
      }),
      tx.networkMaterial.findMany({
        where: { network: { AND: [networkScope(actor), { OR: [{ people: { some: { userId: actor.userId } } }, { units: { some: { unitId: { in: units } } } }] }] } },
        orderBy: { createdAt: 'desc' },
        take: 8,
        select: { id: true, title: true, url: true, fileName: true, network: { select: { id: true, name: true } } },
      }),
    ])
    const result: TStaffDashboard = {
      classes: groups.map((g) => ({ id: g.id, kind: g.kind, grade: g.grade, name: g.name, schoolYear: g.schoolYear, unitName: g.unit.name })),
      materials: materials.map((m) => ({ id: m.id, networkId: m.network.id, networkName: m.network.name, title: m.title, url: m.url, fileName: m.fileName })),
    }
    return result.classes.length || result.materials.length ? result : null
  })
}
