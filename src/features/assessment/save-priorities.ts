import { can, type Actor } from '@/server/authz/actor'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { findWritable, phaseRefusal } from './editable-assessment'
import { assessmentFields, MAX_PRIORITIES, ZSavePriorities, type TAssessmentResult } from './schemas'

/** The prioritised development areas (1–5, each a theme, a title and a goal): the new list replaces the old one. */
export async function savePriorities(db: Db, actor: Actor, input: unknown): Promise<TAssessmentResult> {
  if (!can(actor, 'assess:unit')) return { ok: false, error: 'forbidden' }
  const parsed = ZSavePriorities.safeParse(input)
  if (!parsed.success) {
    const list = (input as { priorities?: unknown } | null)?.priorities
    if (Array.isArray(list) && list.length > MAX_PRIORITIES) return { ok: false, error: 'tooManyPriorities', values: { max: String(MAX_PRIORITIES) } }
    if (Array.isArray(list) && list.length === 0) return { ok: false, error: 'noPriorities' }
    return { ok: false, error: 'invalid', fields: assessmentFields(parsed.error) }
  }
  const d = parsed.data
  return withActorTenants(db, actor, async (tx) => {
    const assessment = await findWritable(tx, actor, d.assessmentId)
    if (!assessment) return { ok: false, error: 'notFound' }
    const refused = phaseRefusal(assessment.phase, 'priorities')
    if (refused) return refused
    await tx.assessmentPriority.deleteMany({ where: { assessmentId: assessment.id } })
    await tx.assessmentPriority.createMany({
      data: d.priorities.map((p, i) => ({ partnershipId: assessment.partnershipId, assessmentId: assessment.id, position: i + 1, theme: p.theme, title: p.title, goal: p.goal })),
    })
    await tx.selfAssessment.update({ where: { id: assessment.id }, data: { updatedAt: new Date() } })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: assessment.partnershipId, action: 'assessment.priorities', entity: 'SelfAssessment', entityId: assessment.id, data: { priorities: d.priorities } },
    })
    return { ok: true, done: 'prioritiesSaved', id: assessment.id }
  })
}
