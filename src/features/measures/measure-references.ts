import type { Tx } from '@/server/db/tenant'
import { MAX_AMOUNT_ORE, parseKroner } from '@/lib/money'
import type { TMeasureFields, TMeasuresResult } from './schemas'

export interface TMeasureData {
  title: string
  description: string | null
  themes: TMeasureFields['themes']
  sectorGoals: TMeasureFields['sectorGoals']
  level: TMeasureFields['level']
  status: TMeasureFields['status']
  startsOn: Date | null
  endsOn: Date | null
  universityId: string | null
  grantYearId: string | null
  budgetOre: bigint | null
  decisionId: string | null
  priority: number | null
}

/**
 * Checks every id a measure form sent against the measure's own partnership and turns the fields
 * into columns. Note: ids come from the form, so each is looked up inside the partnership:
 * units of its active owners, one of its universities, facilitators with an active UH membership
 * at that university, its grant years and its forum's decisions.
 */
export async function resolveMeasure(
  tx: Tx,
  partnershipId: string,
  d: Omit<TMeasureFields, 'partnershipId'>,
): Promise<{ ok: true; data: TMeasureData; unitIds: string[]; facilitatorIds: string[] } | Extract<TMeasuresResult, { ok: false }>> {
  if (d.startsOn && d.endsOn && d.endsOn < d.startsOn) return { ok: false, error: 'periodOrder', fields: ['endsOn'] }
  let budgetOre: bigint | null = null
  if (d.budget !== undefined) {
    budgetOre = parseKroner(d.budget)
    if (budgetOre === null || budgetOre > MAX_AMOUNT_ORE) return { ok: false, error: 'budget', fields: ['budget'] }
    if (!d.grantYearId) return { ok: false, error: 'budgetNeedsYear', fields: ['grantYearId'] }
  }
  const unitIds = [...new Set(d.unitIds)]
  const facilitatorIds = [...new Set(d.facilitatorIds)]
  if (facilitatorIds.length && !d.universityId) return { ok: false, error: 'facilitatorNeedsUniversity', fields: ['universityId'] }

  const [units, university, facilitators, year, decision] = await Promise.all([
    tx.unit.count({ where: { id: { in: unitIds }, owner: { partnershipOwners: { some: { partnershipId, leftOn: null } } } } }),
    d.universityId ? tx.partnershipUniversity.findFirst({ where: { partnershipId, universityId: d.universityId }, select: { id: true } }) : null,
    d.universityId
      ? tx.membership.findMany({ where: { userId: { in: facilitatorIds }, role: 'UNIVERSITY_PARTNER', organisationId: d.universityId, endedAt: null, user: { disabledAt: null } }, select: { userId: true }, distinct: ['userId'] })
      : [],
    d.grantYearId ? tx.grantYear.findFirst({ where: { id: d.grantYearId, partnershipId }, select: { id: true } }) : null,
    d.decisionId ? tx.decision.findFirst({ where: { id: d.decisionId, partnershipId }, select: { id: true } }) : null,
  ])
  if (units !== unitIds.length) return { ok: false, error: 'unknownUnit', fields: ['unitIds'] }
  if (d.universityId && !university) return { ok: false, error: 'unknownUniversity', fields: ['universityId'] }
  if (facilitators.length !== facilitatorIds.length) return { ok: false, error: 'notFacilitator', fields: ['facilitatorIds'] }
  if (d.grantYearId && !year) return { ok: false, error: 'unknownYear', fields: ['grantYearId'] }
  if (d.decisionId && !decision) return { ok: false, error: 'unknownDecision', fields: ['decisionId'] }

  return {
    ok: true,
    unitIds,
    facilitatorIds,
    data: {
      title: d.title,
      description: d.description ?? null,
      themes: [...new Set(d.themes)],
      sectorGoals: [...new Set(d.sectorGoals)],
      level: d.level,
      status: d.status,
      startsOn: d.startsOn ? new Date(d.startsOn) : null,
      endsOn: d.endsOn ? new Date(d.endsOn) : null,
      universityId: d.universityId ?? null,
      grantYearId: d.grantYearId ?? null,
      budgetOre,
      decisionId: d.decisionId ?? null,
      priority: d.priority ?? null,
    },
  }
}

/** The measure's units and facilitators as resolved (an update has removed the old ones first). */
export async function writeMeasureLinks(tx: Tx, measure: { partnershipId: string; measureId: string }, resolved: { unitIds: string[]; facilitatorIds: string[] }) {
  await tx.measureUnit.createMany({ data: resolved.unitIds.map((unitId) => ({ ...measure, unitId })) })
  await tx.measureFacilitator.createMany({ data: resolved.facilitatorIds.map((userId) => ({ ...measure, userId })) })
}

/** The audit row's picture of a measure: what was set, money as a string (JSON has no bigint). */
export function auditData(data: TMeasureData, unitIds: string[], facilitatorIds: string[]) {
  return {
    ...data,
    startsOn: data.startsOn?.toISOString().slice(0, 10) ?? null,
    endsOn: data.endsOn?.toISOString().slice(0, 10) ?? null,
    budgetOre: data.budgetOre?.toString() ?? null,
    unitIds,
    facilitatorIds,
  }
}
