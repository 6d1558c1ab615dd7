import 'server-only'
import type { OwnerReportStatus } from '@/generated/prisma/enums'
import type { Actor } from '@/server/authz/actor'
import { fundingReadScope } from '@/server/authz/scopes'
import { readByIds } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { TReportSection } from '@/server/reports/tables'

export interface TOwnerReportRow {
  ownerName: string
  status: OwnerReportStatus | 'MISSING'
  submittedAt: Date | null
  measures: string
  participation: string
  progress: string
  unusedComment: string
  spentOre: bigint | null
  coFinancedOre: bigint | null
  unusedOre: bigint | null
}

/**
 * Every owner of the year's partnership with its report, for the year's PDF and spreadsheet: a
 * submitted report as submitted; a draft or a missing one by its status only (a draft is the
 * owner's own until it is sent). For one recipient, its row only; null when the actor may not read the year.
 */
export async function ownerReportRows(db: Db, actor: Actor, grantYearId: string, recipientId: string | null): Promise<TOwnerReportRow[] | null> {
  return readByIds(db, actor, 'read:funding', [grantYearId, recipientId], async (tx) => {
    const year = await tx.grantYear.findFirst({ where: { id: grantYearId, partnership: fundingReadScope(actor) }, select: { id: true, partnershipId: true } })
    if (!year) return null
    const [owners, reports] = await Promise.all([
      tx.partnershipOwner.findMany({ where: { partnershipId: year.partnershipId, leftOn: null, ...(recipientId ? { ownerId: recipientId } : {}) }, orderBy: { owner: { name: 'asc' } }, select: { ownerId: true, owner: { select: { name: true } } } }),
      tx.ownerReport.findMany({
        where: { grantYearId: year.id, ...(recipientId ? { ownerId: recipientId } : {}) },
        select: { ownerId: true, status: true, submittedAt: true, participation: true, progress: true, unusedComment: true, spentOre: true, coFinancedOre: true, unusedOre: true, measures: { orderBy: { measure: { title: 'asc' } }, select: { done: true, measure: { select: { title: true } } } } },
      }),
    ])
    return owners.map((o) => {
      const r = reports.find((x) => x.ownerId === o.ownerId)
      const submitted = r?.status === 'SUBMITTED' ? r : null
      return {
        ownerName: o.owner.name,
        status: r?.status ?? 'MISSING',
        submittedAt: submitted?.submittedAt ?? null,
        measures: submitted ? submitted.measures.map((m) => `${m.measure.title}: ${m.done}`).join('\n') : '',
        participation: submitted?.participation ?? '',
        progress: submitted?.progress ?? '',
        unusedComment: submitted?.unusedComment ?? '',
        spentOre: submitted?.spentOre ?? null,
        coFinancedOre: submitted?.coFinancedOre ?? null,
        unusedOre: submitted?.unusedOre ?? null,
      }
    })
  })
}

type TTranslate = (key: string) => string

/** The owners' reports as one more table of the year's report (both formats draw it). */
export function ownerReportsSection(rows: TOwnerReportRow[], t: TTranslate): TReportSection {
  return {
    title: t('export.heading'),
    columns: [
      { header: t('owner'), kind: 'text', weight: 1.4 },
      { header: t('status'), kind: 'text', weight: 1 },
      { header: t('export.submittedAt'), kind: 'date', weight: 1 },
      { header: t('perMeasure'), kind: 'text', weight: 2.4 },
      { header: t('participation'), kind: 'text', weight: 1.8 },
      { header: t('progress'), kind: 'text', weight: 1.8 },
      { header: t('unusedComment'), kind: 'text', weight: 1.4 },
      { header: t('export.spent'), kind: 'kroner', weight: 1.1 },
      { header: t('export.coFinanced'), kind: 'kroner', weight: 1.1 },
      { header: t('export.unused'), kind: 'kroner', weight: 1.1 },
    ],
    rows: rows.map((r) => [r.ownerName, t(`statuses.${r.status}`), r.submittedAt, r.measures, r.participation, r.progress, r.unusedComment, r.spentOre, r.coFinancedOre, r.unusedOre]),
    note: t('export.note'),
  }
}
