import 'server-only'
import type { GrantYearStatus, MeasureLevel, OwnerReportStatus, ProgressStage } from '@/generated/prisma/enums'
import { figuresForYears } from '@/features/funding/figures'
import type { TRecipientFigures } from '@/features/funding/summary'
import type { Actor } from '@/server/authz/actor'
import { fundingOverseeScope, fundingReadScope, fundingReportScope } from '@/server/authz/scopes'
import { readByIds } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'

export interface TReportContent {
  status: OwnerReportStatus
  participation: string
  progress: string
  unusedComment: string
  submittedAt: Date | null
  /** The money as submitted (null in a draft: the page shows the figures as they are now). */
  spentOre: bigint | null
  coFinancedOre: bigint | null
  unusedOre: bigint | null
  measures: { id: string; title: string; done: string }[]
}

export interface TOwnerStatus {
  ownerId: string
  ownerName: string
  /** 'MISSING': no report begun. */
  status: OwnerReportStatus | 'MISSING'
  submittedAt: Date | null
  report: TReportContent | null
}

export interface TMyReport {
  ownerId: string
  ownerName: string
  report: TReportContent
  figures: TRecipientFigures | null
  /** Signs of progress from the development plans of the owner's units: per level, the sign of good practice and the last review. */
  plans: { unitName: string; title: string; levels: { level: MeasureLevel; signsOfPractice: string; stage: ProgressStage | null; reviewedOn: Date | null }[] }[]
}

export interface TOwnerReportsPage {
  grantYearId: string
  year: number
  status: GrantYearStatus
  partnershipName: string
  /** County governor staff and the secretariat follow every owner: who has reported, who has not. */
  oversees: boolean
  owners: TOwnerStatus[]
  mine: TMyReport[]
}

type TReportRow = Awaited<ReturnType<typeof readReports>>[number]

const content = (r: TReportRow | undefined, measures: { id: string; title: string }[]): TReportContent => ({
  status: r?.status ?? 'DRAFT',
  participation: r?.participation ?? '',
  progress: r?.progress ?? '',
  unusedComment: r?.unusedComment ?? '',
  submittedAt: r?.submittedAt ?? null,
  spentOre: r?.spentOre ?? null,
  coFinancedOre: r?.coFinancedOre ?? null,
  unusedOre: r?.unusedOre ?? null,
  // A submitted report shows the measures it reported on; a draft every measure that reaches the owner.
  measures: (r?.status === 'SUBMITTED' ? r.measures.map((m) => m.measure) : measures).map((m) => ({ id: m.id, title: m.title, done: r?.measures.find((x) => x.measure.id === m.id)?.done ?? '' })),
})

function readReports(tx: Tx, grantYearId: string) {
  return tx.ownerReport.findMany({
    where: { grantYearId },
    select: {
      ownerId: true, status: true, participation: true, progress: true, unusedComment: true, submittedAt: true, spentOre: true, coFinancedOre: true, unusedOre: true,
      measures: { orderBy: { measure: { title: 'asc' } }, select: { done: true, measure: { select: { id: true, title: true } } } },
    },
  })
}

/**
 * The owners' reports of a grant year: for those who oversee the year's money, every owner's
 * status and the submitted reports; for an owner's reporting people, their own report (draft or
 * submitted) with the year's figures and the signs of progress from their units' plans.
 */
export async function getOwnerReports(db: Db, actor: Actor, grantYearId: string): Promise<TOwnerReportsPage | null> {
  return readByIds(db, actor, 'read:funding', [grantYearId], async (tx) => {
    const year = await tx.grantYear.findFirst({ where: { id: grantYearId, partnership: fundingReadScope(actor) }, select: { id: true, year: true, status: true, coFinancingBp: true, partnershipId: true, partnership: { select: { name: true } } } })
    if (!year) return null
    const [overseen, owners, reports, mine] = await Promise.all([
      tx.partnership.count({ where: { AND: [{ id: year.partnershipId }, fundingOverseeScope(actor)] } }),
      tx.partnershipOwner.findMany({ where: { partnershipId: year.partnershipId, leftOn: null }, orderBy: { owner: { name: 'asc' } }, select: { ownerId: true, owner: { select: { name: true } } } }),
      readReports(tx, year.id),
      tx.organisation.findMany({ where: { AND: [{ partnershipOwners: { some: { partnershipId: year.partnershipId } } }, fundingReportScope(actor)] }, orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    ])
    const oversees = overseen > 0
    const byOwner = new Map(reports.map((r) => [r.ownerId, r]))
    const statusOf = (ownerId: string, ownerName: string): TOwnerStatus => {
      const r = byOwner.get(ownerId)
      return { ownerId, ownerName, status: r?.status ?? 'MISSING', submittedAt: r?.submittedAt ?? null, report: r?.status === 'SUBMITTED' ? content(r, []) : null }
    }
    return {
      grantYearId: year.id,
      year: year.year,
      status: year.status,
      partnershipName: year.partnership.name,
      oversees,
      owners: oversees ? owners.map((o) => statusOf(o.ownerId, o.owner.name)) : [],
      mine: mine.length ? await myReports(tx, year, mine, byOwner) : [],
    }
  })
}

/** The actor's own owners' reports, with what the form needs around them. Three queries. */
async function myReports(tx: Tx, year: { id: string; coFinancingBp: number; partnershipId: string }, mine: { id: string; name: string }[], byOwner: Map<string, TReportRow>): Promise<TMyReport[]> {
  const ids = mine.map((o) => o.id)
  const [measures, figures, plans] = await Promise.all([
    tx.measure.findMany({ where: { grantYearId: year.id, units: { some: { unit: { ownerId: { in: ids } } } } }, orderBy: { title: 'asc' }, select: { id: true, title: true, units: { select: { unit: { select: { ownerId: true } } } } } }),
    figuresForYears(tx, [year]),
    tx.developmentPlan.findMany({
      where: { partnershipId: year.partnershipId, unit: { ownerId: { in: ids } } },
      orderBy: [{ unit: { name: 'asc' } }, { startsOn: 'desc' }],
      take: 100,
      select: {
        title: true,
        unit: { select: { name: true, ownerId: true } },
        levels: { orderBy: { level: 'asc' }, select: { level: true, signsOfPractice: true } },
        reviews: { orderBy: { reviewedOn: 'desc' }, take: 40, select: { level: true, stage: true, reviewedOn: true } },
      },
    }),
  ])
  const rows = figures.get(year.id) ?? []
  return mine.map((o) => ({
    ownerId: o.id,
    ownerName: o.name,
    report: content(byOwner.get(o.id), measures.filter((m) => m.units.some((u) => u.unit.ownerId === o.id))),
    figures: rows.find((r) => r.recipientId === o.id) ?? null,
    plans: plans
      .filter((p) => p.unit?.ownerId === o.id)
      .map((p) => ({
        unitName: p.unit!.name,
        title: p.title,
        levels: p.levels.map((l) => {
          const last = p.reviews.find((r) => r.level === l.level)
          return { level: l.level, signsOfPractice: l.signsOfPractice, stage: last?.stage ?? null, reviewedOn: last?.reviewedOn ?? null }
        }),
      })),
  }))
}
