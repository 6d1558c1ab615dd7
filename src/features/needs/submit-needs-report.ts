import { can, type Actor } from '@/server/authz/actor'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { lockDraft } from './lock-report'
import { ownReport } from './owners'
import { invalidResult, ZSubmitNeedsReport, type TNeedsResult } from './schemas'

/** Submits a report to the forum: from then on it is read by the forum and the county governor, and never changed. */
export async function submitNeedsReport(db: Db, actor: Actor, input: unknown): Promise<TNeedsResult> {
  if (!can(actor, 'report:needs')) return { ok: false, error: 'forbidden' }
  const parsed = ZSubmitNeedsReport.safeParse(input)
  if (!parsed.success) return invalidResult(parsed.error)
  const d = parsed.data

  return withActorTenants(db, actor, async (tx) => {
    const report = await tx.needsReport.findFirst({ where: { id: d.reportId, ...ownReport(actor) }, select: { id: true, partnershipId: true } })
    if (!report) return { ok: false, error: 'notFound' }
    if (!(await lockDraft(tx, report.id))) return { ok: false, error: 'submitted' }
    const priorities = await tx.needsPriority.count({ where: { reportId: report.id } })
    if (priorities === 0) return { ok: false, error: 'noPriorities' }
    const submittedAt = new Date()
    await tx.needsReport.update({ where: { id: report.id }, data: { status: 'SUBMITTED', submittedAt } })
    await tx.auditLog.create({
      data: { actorUserId: actor.userId, partnershipId: report.partnershipId, action: 'needs_report.submit', entity: 'NeedsReport', entityId: report.id, data: { priorities, submittedAt: submittedAt.toISOString() } },
    })
    return { ok: true, done: 'reportSubmitted', id: report.id }
  })
}
