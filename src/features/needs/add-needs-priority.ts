import { defineUseCase } from '@/server/usecase/define-use-case'
import { findOwnDraft } from './lock-report'
import { unitsOfOwners } from './owners'
import { invalidResult, reportPages, ZAddNeedsPriority, type TNeedsResult } from './schemas'

/** Adds a priority (theme, description, the owners' units it concerns) to a draft report. */
export const addNeedsPriority = defineUseCase(
  { name: 'needs.add-needs-priority', permission: 'report:needs', input: ZAddNeedsPriority, audit: 'needs_priority.add', invalid: invalidResult, revalidate: reportPages },
  async ({ tx, actor, input: d, audit }): Promise<TNeedsResult> => {
    const draft = await findOwnDraft(tx, actor, d.reportId)
    if (!draft.ok) return draft
    const { report } = draft
    const unitIds = await unitsOfOwners(tx, d.unitIds, report.owners.map((o) => o.ownerId))
    if (!unitIds) return { ok: false, error: 'notUnitOfOwners', fields: ['unitIds'] }
    const last = await tx.needsPriority.aggregate({ where: { reportId: report.id }, _max: { position: true } })
    const priority = await tx.needsPriority.create({
      data: {
        partnershipId: report.partnershipId,
        reportId: report.id,
        position: (last._max.position ?? 0) + 1,
        theme: d.theme,
        description: d.description,
        units: { create: unitIds.map((unitId) => ({ partnershipId: report.partnershipId, unitId })) },
      },
    })
    await audit({ entity: 'NeedsPriority', entityId: priority.id, partnershipId: report.partnershipId, data: { reportId: report.id, theme: d.theme, unitIds } })
    return { ok: true, done: 'priorityAdded', id: report.id }
  },
)
