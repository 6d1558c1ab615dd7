import { can, type Actor } from '@/server/authz/actor'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { findWritable, phaseRefusal } from './editable-assessment'
import { assessmentFields, ZSaveRatings, type TAssessmentResult } from './schemas'

/**
 * The staff's answers: for each statement, how many chose each step of the scale. All statements
 * are written in one transaction, and one bad field saves nothing. Statements left out of the form
 * keep what they had.
 */
export async function saveRatings(db: Db, actor: Actor, input: unknown): Promise<TAssessmentResult> {
  if (!can(actor, 'assess:unit')) return { ok: false, error: 'forbidden' }
  const parsed = ZSaveRatings.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: assessmentFields(parsed.error) }
  const d = parsed.data
  return withActorTenants(db, actor, async (tx) => {
    const assessment = await findWritable(tx, actor, d.assessmentId)
    if (!assessment) return { ok: false, error: 'notFound' }
    const refused = phaseRefusal(assessment.phase, 'ratings')
    if (refused) return refused
    // Note: statement ids come from the form; only the analysis's own set's statements count.
    const known = new Set((await tx.statement.findMany({ where: { setId: assessment.statementSetId }, select: { id: true } })).map((s) => s.id))
    const unknown = Object.keys(d.ratings).filter((id) => !known.has(id))
    if (unknown.length) return { ok: false, error: 'unknownStatement' }
    for (const [statementId, r] of Object.entries(d.ratings)) {
      const counts = { smallCount: r.small, someCount: r.some, largeCount: r.large, veryLargeCount: r.veryLarge }
      await tx.assessmentRating.upsert({
        where: { assessmentId_statementId: { assessmentId: assessment.id, statementId } },
        create: { partnershipId: assessment.partnershipId, assessmentId: assessment.id, statementId, ...counts },
        update: counts,
      })
    }
    await tx.selfAssessment.update({ where: { id: assessment.id }, data: { updatedAt: new Date() } })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: assessment.partnershipId, action: 'assessment.ratings', entity: 'SelfAssessment', entityId: assessment.id, data: { statements: Object.keys(d.ratings).length } },
    })
    return { ok: true, done: 'ratingsSaved', id: assessment.id }
  })
}
