import { can, type Actor } from '@/server/authz/actor'
import { unitAssessScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { isDatabaseError } from '@/server/db/errors'
import { invalidFields } from '@/lib/invalid-fields'
import { ZStartAssessment, type TAssessmentResult } from './schemas'

/**
 * A principal or head starts their unit's analysis for a school year, in the phase PLANNING.
 * The statement set is an active one for the unit's kind in a partnership the unit's owner takes
 * part in now; when several fit, the person chooses.
 */
export async function startAssessment(db: Db, actor: Actor, input: unknown): Promise<TAssessmentResult> {
  if (!can(actor, 'assess:unit')) return { ok: false, error: 'forbidden' }
  const parsed = ZStartAssessment.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data
  try {
    return await withActorTenants(db, actor, async (tx): Promise<TAssessmentResult> => {
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
      if (await tx.selfAssessment.count({ where: { unitId: unit.id, year: d.year } })) return { ok: false, error: 'duplicate', fields: ['year'], values: { year: String(d.year) } }
      const assessment = await tx.selfAssessment.create({
        data: { partnershipId: set.partnershipId, unitId: unit.id, statementSetId: set.id, year: d.year, createdById: actor.userId },
      })
      await tx.auditLog.create({
        data: { actorUserId: actor.userId, partnershipId: set.partnershipId, action: 'assessment.start', entity: 'SelfAssessment', entityId: assessment.id, data: { unitId: unit.id, year: d.year, statementSetId: set.id } },
      })
      return { ok: true, done: 'started', id: assessment.id }
    })
  } catch (e) {
    // Two starts racing for one unit and year: the unique index settles it.
    if (isDatabaseError(e, 'unique')) return { ok: false, error: 'duplicate', fields: ['year'], values: { year: String(d.year) } }
    throw e
  }
}
