import 'server-only'
import type { AssessmentPhase, Theme, UnitKind } from '@/generated/prisma/enums'
import { can, requirePermission, type Actor } from '@/server/authz/actor'
import { assessmentReadScope, developmentManageScope, unitAssessScope } from '@/server/authz/scopes'
import { readByIds, withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import { assessmentResults, type TAreaResult, type TStatementResult } from './results'

export interface TAssessmentRow {
  id: string
  unitId: string
  unitName: string
  ownerName: string
  year: number
  phase: AssessmentPhase
  sharedAt: Date | null
  updatedAt: Date
}

export interface TStartUnit {
  id: string
  name: string
  sets: { id: string; name: string; partnershipName: string }[]
}

/**
 * The analyses the actor reads (own unit's; for an owner, its units' shared ones), and the units
 * it may start one for with the statement sets that fit each. Three queries.
 */
export async function getAssessmentOverview(db: Db, actor: Actor): Promise<{ assessments: TAssessmentRow[]; startUnits: TStartUnit[] }> {
  requirePermission(actor, 'read:assessment')
  return withActorTenants(db, actor, async (tx) => {
    const rows = await tx.selfAssessment.findMany({
      where: assessmentReadScope(actor),
      orderBy: [{ unit: { name: 'asc' } }, { year: 'desc' }],
      take: 500,
      select: { id: true, year: true, phase: true, sharedAt: true, updatedAt: true, unit: { select: { id: true, name: true, owner: { select: { name: true } } } } },
    })
    return {
      assessments: rows.map((r) => ({ id: r.id, unitId: r.unit.id, unitName: r.unit.name, ownerName: r.unit.owner.name, year: r.year, phase: r.phase, sharedAt: r.sharedAt, updatedAt: r.updatedAt })),
      startUnits: await startUnits(tx, actor),
    }
  })
}

/**
 * The units the start form offers: those of the actor's own unit memberships (a platform
 * administrator's scope reaches every unit, which no form can list; they have no form).
 */
async function startUnits(tx: Tx, actor: Actor): Promise<TStartUnit[]> {
  if (!can(actor, 'assess:unit')) return []
  const own = actor.memberships.map((m) => m.unitId).filter((id): id is string => !!id)
  if (!own.length) return []
  const units = await tx.unit.findMany({ where: { AND: [{ id: { in: own } }, unitAssessScope(actor)] }, orderBy: { name: 'asc' }, select: { id: true, name: true, kind: true, ownerId: true } })
  const sets = await tx.statementSet.findMany({
    where: { active: true, partnership: { owners: { some: { ownerId: { in: units.map((u) => u.ownerId) }, leftOn: null } } } },
    orderBy: { name: 'asc' },
    select: { id: true, name: true, unitKind: true, partnership: { select: { name: true, owners: { where: { leftOn: null }, select: { ownerId: true } } } } },
  })
  return units.map((u) => ({
    id: u.id,
    name: u.name,
    sets: sets
      .filter((s) => s.unitKind === u.kind && s.partnership.owners.some((o) => o.ownerId === u.ownerId))
      .map((s) => ({ id: s.id, name: s.name, partnershipName: s.partnership.name })),
  }))
}

export interface TAssessmentDetail extends TAssessmentRow {
  statementSetName: string
  processPlan: string
  unitData: string
  /** The unit's own principal or head: the only one who changes or shares the analysis. */
  canEdit: boolean
  statements: TStatementResult[]
  areas: TAreaResult[]
  priorities: { position: number; theme: Theme; title: string; goal: string }[]
}

/** One analysis, if the actor reads it; null otherwise (another unit's, or an owner's before sharing). Four queries. */
export async function getAssessment(db: Db, actor: Actor, assessmentId: string): Promise<TAssessmentDetail | null> {
  return readByIds(db, actor, 'read:assessment', [assessmentId], async (tx) => {
    const a = await tx.selfAssessment.findFirst({
      where: { AND: [{ id: assessmentId }, assessmentReadScope(actor)] },
      select: {
        id: true, year: true, phase: true, sharedAt: true, updatedAt: true, processPlan: true, unitData: true, statementSetId: true,
        statementSet: { select: { name: true } },
        unit: { select: { id: true, name: true, owner: { select: { name: true } } } },
        priorities: { orderBy: { position: 'asc' }, select: { position: true, theme: true, title: true, goal: true } },
        ratings: { select: { statementId: true, smallCount: true, someCount: true, largeCount: true, veryLargeCount: true } },
      },
    })
    if (!a) return null
    const [statements, editable] = await Promise.all([
      tx.statement.findMany({ where: { setId: a.statementSetId }, orderBy: { position: 'asc' }, select: { id: true, position: true, area: true, text: true } }),
      can(actor, 'assess:unit') ? tx.unit.count({ where: { AND: [{ id: a.unit.id }, unitAssessScope(actor)] } }) : Promise.resolve(0),
    ])
    const byStatement = new Map(a.ratings.map((r) => [r.statementId, r]))
    const results = assessmentResults(
      statements.map((s) => {
        const r = byStatement.get(s.id)
        return { ...s, counts: { small: r?.smallCount ?? 0, some: r?.someCount ?? 0, large: r?.largeCount ?? 0, veryLarge: r?.veryLargeCount ?? 0 } }
      }),
    )
    return {
      id: a.id, unitId: a.unit.id, unitName: a.unit.name, ownerName: a.unit.owner.name, year: a.year, phase: a.phase, sharedAt: a.sharedAt, updatedAt: a.updatedAt,
      statementSetName: a.statementSet.name, processPlan: a.processPlan, unitData: a.unitData, canEdit: editable > 0,
      statements: results.statements, areas: results.areas, priorities: a.priorities,
    }
  })
}

export interface TStatementSetRow {
  id: string
  partnershipId: string
  partnershipName: string
  name: string
  unitKind: UnitKind
  active: boolean
  statements: { id: string; position: number; area: string; text: string }[]
}

/** The statement sets of the partnerships whose development work the actor keeps (the secretariat's). Two queries. */
export async function getStatementSets(db: Db, actor: Actor): Promise<{ partnerships: { id: string; name: string }[]; sets: TStatementSetRow[] }> {
  requirePermission(actor, 'manage:development')
  return withActorTenants(db, actor, async (tx) => {
    const partnerships = await tx.partnership.findMany({ where: developmentManageScope(actor), orderBy: { name: 'asc' }, take: 100, select: { id: true, name: true } })
    const sets = await tx.statementSet.findMany({
      where: { partnershipId: { in: partnerships.map((p) => p.id) } },
      orderBy: [{ partnership: { name: 'asc' } }, { name: 'asc' }],
      select: { id: true, partnershipId: true, name: true, unitKind: true, active: true, partnership: { select: { name: true } }, statements: { orderBy: { position: 'asc' }, select: { id: true, position: true, area: true, text: true } } },
    })
    return { partnerships, sets: sets.map(({ partnership, ...s }) => ({ ...s, partnershipName: partnership.name })) }
  })
}
