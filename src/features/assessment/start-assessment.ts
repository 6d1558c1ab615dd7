import { unitAssessScope } from '@/server/authz/scopes'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { assessmentPages, ZStartAssessment, type TAssessmentResult } from './schemas'
import { refuseUniqueRace } from '@/server/usecase/database-fallback'

const duplicate = (year: number): Extract<TAssessmentResult, { ok: false }> => ({ ok: false, error: 'duplicate', fields: ['year'], values: { year: String(year) } })

/**
 * A principal or head starts their unit's analysis for a school year, in the phase PLANNING.
 * The statement set is an active one for the unit's kind in a partnership the unit's owner takes
 * part in now; when several fit, the person chooses.
 */
export const startAssessment = refuseUniqueRace(
  defineUseCase(
    { name: 'assessment.start-assessment', permission: 'assess:unit', input: ZStartAssessment, audit: 'assessment.start', revalidate: () => assessmentPages('/egenvurdering') },
    async ({ tx, actor, input: d, audit }): Promise<TAssessmentResult> => {
      const unit = await tx.unit.findFirst({ where: { AND: [{ id: d.unitId }, unitAssessScope(actor)] }, select: { id: true, kind: true, ownerId: true } })
      if (!unit) return { ok: false, error: 'notFound' }
      const sets = await tx.statementSet.findMany({
        where: { active: true, unitKind: unit.kind, partnership: { owners: { some: { ownerId: unit.ownerId, leftOn: null } } } },
        select: { id: true, partnershipId: true },
      })
      const set = d.statementSetId ? sets.find((s) => s.id === d.statementSetId) : sets.length === 1 ? sets[0] : undefined
      if (!set) {
        if (sets.length === 0) return { ok: false, error: 'noStatementSet' }
        return { ok: false, error: d.statementSetId ? 'notFound' : 'chooseSet', fields: ['statementSetId'] }
      }
      if (await tx.selfAssessment.count({ where: { unitId: unit.id, year: d.year } })) return duplicate(d.year)
      const assessment = await tx.selfAssessment.create({
        data: { partnershipId: set.partnershipId, unitId: unit.id, statementSetId: set.id, year: d.year, createdById: actor.userId },
      })
      await audit({ entity: 'SelfAssessment', entityId: assessment.id, partnershipId: set.partnershipId, data: { unitId: unit.id, year: d.year, statementSetId: set.id } })
      return { ok: true, done: 'started', id: assessment.id }
    },
  ),
  // Two starts racing for one unit and year: the unique index settles it.
  (d) => duplicate(d.year),
)
