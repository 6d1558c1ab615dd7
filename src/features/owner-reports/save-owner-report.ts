import { lockRow } from '@/server/db/lock-row'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { ownerMeasuresWhere, reportTarget } from './report-target'
import { OWNER_REPORTS_PAGE, ZSaveOwnerReport, type TOwnerReportResult } from './schemas'

/**
 * A school owner saves its report on a grant year as a draft (created at the first save): the
 * texts, and what was done per measure of the year that reaches its units. Refused once submitted
 * (and the database refuses it too, OwnerReport_locked). One transaction with its audit row.
 */
export const saveOwnerReport = defineUseCase(
  { name: 'owner-reports.save', permission: 'report:funding', input: ZSaveOwnerReport, audit: 'owner_report.save', revalidate: () => [OWNER_REPORTS_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TOwnerReportResult> => {
    const target = await reportTarget(tx, actor, d.grantYearId, d.ownerId)
    if (!target.ok) return target
    const { year, ownerId } = target
    const measures = await tx.measure.findMany({ where: ownerMeasuresWhere(year.id, ownerId), select: { id: true } })
    const known = new Set(measures.map((m) => m.id))
    const stranger = Object.keys(d.done).find((id) => !known.has(id))
    if (stranger) return { ok: false, error: 'notMeasure', fields: [`done.${stranger}`] }

    // Created at the first save; ON CONFLICT DO NOTHING, so two first saves at once make one row.
    await tx.ownerReport.createMany({ data: [{ partnershipId: year.partnershipId, grantYearId: year.id, ownerId, updatedById: actor.userId }], skipDuplicates: true })
    const report = await tx.ownerReport.findUniqueOrThrow({ where: { grantYearId_ownerId: { grantYearId: year.id, ownerId } }, select: { id: true } })
    // Note: locked and read again, so a submission at the same moment is seen before writing over it.
    const now = await lockRow<{ status: string }>(tx, 'OwnerReport', report.id, { columns: ['status::text'] })
    if (now?.status === 'SUBMITTED') return { ok: false, error: 'submitted' }
    await tx.ownerReport.update({ where: { id: report.id }, data: { participation: d.participation, progress: d.progress, unusedComment: d.unusedComment, updatedById: actor.userId } })
    const lines = Object.entries(d.done)
    await tx.ownerReportMeasure.deleteMany({ where: { reportId: report.id, measureId: { notIn: lines.filter(([, text]) => text).map(([id]) => id) } } })
    for (const [measureId, done] of lines.filter(([, text]) => text)) {
      await tx.ownerReportMeasure.upsert({
        where: { reportId_measureId: { reportId: report.id, measureId } },
        create: { partnershipId: year.partnershipId, reportId: report.id, measureId, done },
        update: { done },
      })
    }
    await audit({ entity: 'OwnerReport', entityId: report.id, partnershipId: year.partnershipId, data: { grantYearId: year.id, ownerId, measures: lines.filter(([, text]) => text).length } })
    return { ok: true, done: 'saved', id: year.id }
  },
)
