import { can, type Actor } from '@/server/authz/actor'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { invalidFields } from '@/lib/invalid-fields'
import { findWritable, phaseRefusal } from './editable-assessment'
import { ZSaveAssessmentText, type TAssessmentResult } from './schemas'

/** The text of phase 1 (the plan for the process) or phase 2 (what the unit knows about itself). */
export async function saveAssessmentText(db: Db, actor: Actor, input: unknown): Promise<TAssessmentResult> {
  if (!can(actor, 'assess:unit')) return { ok: false, error: 'forbidden' }
  const parsed = ZSaveAssessmentText.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data
  return withActorTenants(db, actor, async (tx) => {
    const assessment = await findWritable(tx, actor, d.assessmentId)
    if (!assessment) return { ok: false, error: 'notFound' }
    const refused = phaseRefusal(assessment.phase, d.field)
    if (refused) return refused
    await tx.selfAssessment.update({ where: { id: assessment.id }, data: { [d.field]: d.text } })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: assessment.partnershipId, action: 'assessment.text', entity: 'SelfAssessment', entityId: assessment.id, data: { field: d.field, length: d.text.length } },
    })
    return { ok: true, done: 'textSaved', id: assessment.id }
  })
}
