import { can, type Actor } from '@/server/authz/actor'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { lockDraft } from './lock-report'
import { ownReport, unitsOfOwners } from './owners'
import { invalidResult, ZAddNeedsPriority, type TNeedsResult } from './schemas'

/** Adds a priority (theme, description, the owners' units it concerns) to a draft report. */
export async function addNeedsPriority(db: Db, actor: Actor, input: unknown): Promise<TNeedsResult> {
  if (!can(actor, 'report:needs')) return { ok: false, error: 'forbidden' }
  const parsed = ZAddNeedsPriority.safeParse(input)
  if (!parsed.success) return invalidResult(parsed.error)
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const report = await tx.needsReport.findFirst({ where: { id: d.reportId, ...ownReport(actor) }, select: { id: true, partnershipId: true, owners: { select: { ownerId: true } } } })
    if (!report) return { ok: false, error: 'notFound' }
    if (!(await lockDraft(tx, report.id))) return { ok: false, error: 'submitted' }
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
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: report.partnershipId, action: 'needs_priority.add', entity: 'NeedsPriority', entityId: priority.id, data: { reportId: report.id, theme: d.theme, unitIds } },
    })
    return { ok: true, done: 'priorityAdded', id: report.id }
  })
}
