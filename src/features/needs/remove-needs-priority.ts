import { defineUseCase } from '@/server/usecase/define-use-case'
import { lockDraft } from './lock-report'
import { ownReport } from './owners'
import { invalidResult, reportPages, ZRemoveNeedsPriority, type TNeedsResult } from './schemas'

/** Removes a priority from a report that is still a draft. */
export const removeNeedsPriority = defineUseCase(
  { name: 'needs.remove-needs-priority', permission: 'report:needs', input: ZRemoveNeedsPriority, audit: 'needs_priority.remove', invalid: invalidResult, revalidate: reportPages },
  async ({ tx, actor, input: d, audit }): Promise<TNeedsResult> => {
    const priority = await tx.needsPriority.findFirst({ where: { id: d.priorityId, report: ownReport(actor) }, select: { id: true, reportId: true, partnershipId: true, theme: true, description: true } })
    if (!priority) return { ok: false, error: 'notFound' }
    if (!(await lockDraft(tx, priority.reportId))) return { ok: false, error: 'submitted' }
    await tx.needsPriority.delete({ where: { id: priority.id } })
    await audit({ entity: 'NeedsPriority', entityId: priority.id, partnershipId: priority.partnershipId, data: { reportId: priority.reportId, theme: priority.theme, description: priority.description } })
    return { ok: true, done: 'priorityRemoved', id: priority.reportId }
  },
)
