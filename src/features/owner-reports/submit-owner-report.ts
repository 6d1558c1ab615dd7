import { figuresForYears } from '@/features/funding/figures'
import { lockRow } from '@/server/db/lock-row'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { reportTarget } from './report-target'
import { OWNER_REPORTS_PAGE, ZSubmitOwnerReport, type TOwnerReportResult } from './schemas'

/**
 * The owner submits its saved report: from then on it is locked (here, and by the database's
 * OwnerReport_locked trigger), with the money as it stood (spent, co-financed, unused of the
 * award) kept in it. The report row is locked first, so two submissions at once leave one.
 */
export const submitOwnerReport = defineUseCase(
  { name: 'owner-reports.submit', permission: 'report:funding', input: ZSubmitOwnerReport, audit: 'owner_report.submit', revalidate: () => [OWNER_REPORTS_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TOwnerReportResult> => {
    const target = await reportTarget(tx, actor, d.grantYearId, d.ownerId)
    if (!target.ok) return target
    const { year, ownerId } = target
    const draft = await tx.ownerReport.findUnique({ where: { grantYearId_ownerId: { grantYearId: year.id, ownerId } }, select: { id: true } })
    if (!draft) return { ok: false, error: 'noDraft' }
    const now = await lockRow<{ status: string; participation: string; progress: string }>(tx, 'OwnerReport', draft.id, { columns: ['status::text', 'participation', 'progress'] })
    if (now?.status === 'SUBMITTED') return { ok: false, error: 'submitted' }
    const missing = (['participation', 'progress'] as const).filter((f) => !now?.[f]?.trim())
    if (missing.length) return { ok: false, error: 'incomplete', fields: missing }

    const settings = await tx.grantYear.findUniqueOrThrow({ where: { id: year.id }, select: { id: true, coFinancingBp: true } })
    const row = ((await figuresForYears(tx, [settings])).get(year.id) ?? []).find((r) => r.recipientId === ownerId)
    const money = { spentOre: row?.spentOre ?? 0n, coFinancedOre: row?.coFinancedOre ?? 0n, unusedOre: row?.remainingOre ?? 0n }
    const submittedAt = new Date()
    await tx.ownerReport.update({ where: { id: draft.id }, data: { status: 'SUBMITTED', submittedAt, submittedById: actor.userId, ...money } })
    await audit({
      entity: 'OwnerReport',
      entityId: draft.id,
      partnershipId: year.partnershipId,
      data: { grantYearId: year.id, ownerId, submittedAt: submittedAt.toISOString(), spentOre: money.spentOre.toString(), coFinancedOre: money.coFinancedOre.toString(), unusedOre: money.unusedOre.toString() },
    })
    return { ok: true, done: 'submitted', id: year.id }
  },
)
