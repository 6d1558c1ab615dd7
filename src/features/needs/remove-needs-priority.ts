import { can, type Actor } from '@/server/authz/actor'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { lockDraft } from './lock-report'
import { ownReport } from './owners'
import { invalidResult, ZRemoveNeedsPriority, type TNeedsResult } from './schemas'

/** Removes a priority from a report that is still a draft. */
export async function removeNeedsPriority(db: Db, actor: Actor, input: unknown): Promise<TNeedsResult> {
  if (!can(actor, 'report:needs')) return { ok: false, error: 'forbidden' }
  const parsed = ZRemoveNeedsPriority.safeParse(input)
  if (!parsed.success) return invalidResult(parsed.error)
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const priority = await tx.needsPriority.findFirst({ where: { id: d.priorityId, report: ownReport(actor) }, select: { id: true, reportId: true, partnershipId: true, theme: true, description: true } })
    if (!priority) return { ok: false, error: 'notFound' }
    if (!(await lockDraft(tx, priority.reportId))) return { ok: false, error: 'submitted' }
    await tx.needsPriority.delete({ where: { id: priority.id } })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: priority.partnershipId, action: 'needs_priority.remove', entity: 'NeedsPriority', entityId: priority.id, data: { reportId: priority.reportId, theme: priority.theme, description: priority.description } },
    })
    return { ok: true, done: 'priorityRemoved', id: priority.reportId }
  })
}
