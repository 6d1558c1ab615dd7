import 'server-only'
import type { ReportStatus } from '@/generated/prisma/enums'
import { requirePermission, type Actor } from '@/server/authz/actor'
import { needsReadScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import { ownerContexts, type TOwnerContext } from './owner-contexts'
import { themeSummary, type TThemeRow } from './theme-summary'
import { pageWindow, type TPaging } from '@/lib/paging'

export interface TReportRow {
  id: string
  title: string
  year: number
  partnershipName: string
  status: ReportStatus
  submittedAt: Date | null
  owners: string[]
  priorities: number
}

export interface TNeedsSummary {
  partnershipName: string
  year: number
  reports: number
  themes: TThemeRow[]
}

/** A country's owners write about 350 reports a year: the overview shows them 25 at a time (issue 14). */
export const REPORTS_PER_PAGE = 25

export interface TNeedsOverview {
  /** One page of the reports the actor reads. */
  reports: TReportRow[]
  /** Reports the actor reads in all. */
  total: number
  /** Per partnership its newest year with submitted reports the actor reads: what the forum prioritises from. */
  summaries: TNeedsSummary[]
  contexts: TOwnerContext[]
}

/**
 * The theme summary of each partnership's newest year with submitted reports (the year the forum
 * prioritises from; older years stay on their reports' pages), over the reports the actor reads.
 * One query whatever the number of years: `groups` are counted already.
 */
async function summariesOf(tx: Tx, actor: Actor, groups: { partnershipId: string; year: number; status: ReportStatus; _count: { _all: number } }[]): Promise<TNeedsSummary[]> {
  const newest = new Map<string, { year: number; reports: number }>()
  for (const g of groups) {
    if (g.status !== 'SUBMITTED' || (newest.get(g.partnershipId)?.year ?? -1) >= g.year) continue
    newest.set(g.partnershipId, { year: g.year, reports: g._count._all })
  }
  if (newest.size === 0) return []
  const reports = await tx.needsReport.findMany({
    where: { AND: [needsReadScope(actor), { status: 'SUBMITTED' }, { OR: [...newest].map(([partnershipId, { year }]) => ({ partnershipId, year })) }] },
    select: { partnershipId: true, year: true, partnership: { select: { name: true } }, priorities: { select: { theme: true, units: { select: { unitId: true } } } } },
  })
  const names = new Map(reports.map((r) => [r.partnershipId, r.partnership.name]))
  return [...newest]
    .filter(([partnershipId]) => names.has(partnershipId))
    .map(([partnershipId, { year, reports: count }]) => ({
      partnershipName: names.get(partnershipId)!,
      year,
      reports: count,
      themes: themeSummary(reports.filter((r) => r.partnershipId === partnershipId).flatMap((r) => r.priorities.map((p) => ({ theme: p.theme, unitIds: p.units.map((u) => u.unitId) })))),
    }))
    .sort((a, b) => b.year - a.year || a.partnershipName.localeCompare(b.partnershipName, 'nb'))
}

/**
 * One page of the needs reports the actor reads (newest year first), how many there are in all, the
 * theme summary of each partnership's newest submitted year, and where the actor may write new
 * reports. Four queries and the owner contexts', whatever the number of reports (issue 14).
 */
export async function getNeedsOverview(db: Db, actor: Actor, paging: TPaging = { page: 1, pageSize: REPORTS_PER_PAGE }): Promise<TNeedsOverview> {
  requirePermission(actor, 'read:needs')
  return withActorTenants(db, actor, async (tx) => {
    const where = needsReadScope(actor)
    const [reports, groups] = await Promise.all([
      tx.needsReport.findMany({
        where,
        orderBy: [{ year: 'desc' }, { partnership: { name: 'asc' } }, { title: 'asc' }, { id: 'asc' }],
        ...pageWindow(paging),
        select: {
          id: true,
          title: true,
          year: true,
          status: true,
          submittedAt: true,
          partnership: { select: { name: true } },
          owners: { select: { owner: { select: { name: true } } } },
          _count: { select: { priorities: true } },
        },
      }),
      // The count of all and the submitted years in one statement.
      tx.needsReport.groupBy({ by: ['partnershipId', 'year', 'status'], where, _count: { _all: true } }),
    ])
    return {
      reports: reports.map((r) => ({
        id: r.id,
        title: r.title,
        year: r.year,
        partnershipName: r.partnership.name,
        status: r.status,
        submittedAt: r.submittedAt,
        owners: r.owners.map((o) => o.owner.name).sort(),
        priorities: r._count.priorities,
      })),
      total: groups.reduce((sum, g) => sum + g._count._all, 0),
      summaries: await summariesOf(tx, actor, groups),
      contexts: await ownerContexts(tx, actor),
    }
  })
}
