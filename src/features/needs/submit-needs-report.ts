import { defineUseCase } from '@/server/usecase/define-use-case'
import { findOwnDraft } from './lock-report'
import { invalidResult, reportPages, ZSubmitNeedsReport, type TNeedsResult } from './schemas'

/** Submits a report to the forum: from then on it is read by the forum and the county governor, and never changed. */
export const submitNeedsReport = defineUseCase(
  { name: 'needs.submit-needs-report', permission: 'report:needs', input: ZSubmitNeedsReport, audit: 'needs_report.submit', invalid: invalidResult, revalidate: reportPages },
  async ({ tx, actor, input: d, audit }): Promise<TNeedsResult> => {
    const draft = await findOwnDraft(tx, actor, d.reportId)
    if (!draft.ok) return draft
    const { report } = draft
    const priorities = await tx.needsPriority.count({ where: { reportId: report.id } })
    if (priorities === 0) return { ok: false, error: 'noPriorities' }
    const submittedAt = new Date()
    await tx.needsReport.update({ where: { id: report.id }, data: { status: 'SUBMITTED', submittedAt } })
    await audit({ entity: 'NeedsReport', entityId: report.id, partnershipId: report.partnershipId, data: { priorities, submittedAt: submittedAt.toISOString() } })
    return { ok: true, done: 'reportSubmitted', id: report.id }
  },
)
