import { can, type Actor } from '@/server/authz/actor'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { invalidFields } from '@/lib/invalid-fields'
import { findWritable } from './editable-assessment'
import { ZAssessmentId, type TAssessmentResult } from './schemas'

/**
 * The principal or head shares the analysis with the unit's owner, in whatever phase it is: they
 * decide when the owner may read it (assessmentReadScope lets the owner in only while shared).
 */
export async function shareAssessment(db: Db, actor: Actor, input: unknown): Promise<TAssessmentResult> {
  if (!can(actor, 'assess:unit')) return { ok: false, error: 'forbidden' }
  const parsed = ZAssessmentId.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  return withActorTenants(db, actor, async (tx) => {
    const assessment = await findWritable(tx, actor, parsed.data.assessmentId)
    if (!assessment) return { ok: false, error: 'notFound' }
    if (assessment.sharedAt) return { ok: false, error: 'alreadyShared' }
    await tx.selfAssessment.update({ where: { id: assessment.id }, data: { sharedAt: new Date() } })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: assessment.partnershipId, action: 'assessment.share', entity: 'SelfAssessment', entityId: assessment.id, data: { unitId: assessment.unitId, year: assessment.year } },
    })
    return { ok: true, done: 'shared', id: assessment.id }
  })
}
