import 'server-only'
import type { AssessmentPhase } from '@/generated/prisma/enums'
import { can, type Actor } from '@/server/authz/actor'
import { assessmentReadScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { DASHBOARD_ROWS } from '@/features/dashboard/list-length'

export interface TAssessmentDashboard {
  /** A principal's or head's own units, each with its latest analysis (null before the first). */
  own: { unitId: string; unitName: string; current: { id: string; year: number; phase: AssessmentPhase; shared: boolean } | null }[]
  /** An owner's units with a shared analysis: the latest shared one per unit. */
  shared: { id: string; unitName: string; year: number; phase: AssessmentPhase }[]
}

/** The dashboard's piece on self-assessments; null when the actor reads none. Two queries. */
export async function getAssessmentDashboard(db: Db, actor: Actor): Promise<TAssessmentDashboard | null> {
  if (!can(actor, 'read:assessment')) return null
  const ownUnits = actor.memberships.filter((m) => m.unitId && (m.role === 'PRINCIPAL' || m.role === 'KINDERGARTEN_HEAD'))
  const owners = actor.memberships.map((m) => (m.role === 'SCHOOL_OWNER' ? m.organisationId : null)).filter((id): id is string => !!id)
  if (!ownUnits.length && !owners.length) return null
  return withActorTenants(db, actor, async (tx) => {
    const [own, shared] = await Promise.all([
      ownUnits.length
        ? tx.selfAssessment.findMany({
            where: { AND: [assessmentReadScope(actor), { unitId: { in: ownUnits.map((m) => m.unitId!) } }] },
            orderBy: { year: 'desc' },
            distinct: ['unitId'],
            select: { id: true, unitId: true, year: true, phase: true, sharedAt: true },
          })
        : Promise.resolve([]),
      owners.length
        ? tx.selfAssessment.findMany({
            where: { AND: [assessmentReadScope(actor), { sharedAt: { not: null }, unit: { ownerId: { in: owners } } }] },
            orderBy: [{ unit: { name: 'asc' } }, { year: 'desc' }],
            distinct: ['unitId'],
            take: DASHBOARD_ROWS,
            select: { id: true, year: true, phase: true, unit: { select: { name: true } } },
          })
        : Promise.resolve([]),
    ])
    return {
      own: ownUnits.map((m) => {
        const a = own.find((x) => x.unitId === m.unitId)
        return { unitId: m.unitId!, unitName: m.unitName ?? '', current: a ? { id: a.id, year: a.year, phase: a.phase, shared: a.sharedAt !== null } : null }
      }),
      shared: shared.map((a) => ({ id: a.id, unitName: a.unit.name, year: a.year, phase: a.phase })),
    }
  })
}
