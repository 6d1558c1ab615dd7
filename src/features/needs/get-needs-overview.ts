import 'server-only'
import type { ReportStatus } from '@/generated/prisma/enums'
import { requirePermission, type Actor } from '@/server/authz/actor'
import { needsReadScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import { ownerContexts, type TOwnerContext } from './owner-contexts'
import { themeSummary, type TThemeRow } from './theme-summary'

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

export interface TNeedsOverview {
  reports: TReportRow[]
  /** Per partnership and year, over the submitted reports the actor reads: what the forum prioritises from. */
  summaries: TNeedsSummary[]
  contexts: TOwnerContext[]
}

/** The theme summary per partnership and year over the submitted reports given. One query. */
async function summariesOf(tx: Tx, submitted: { id: string; year: number; partnershipId: string; partnership: { name: string } }[]): Promise<TNeedsSummary[]> {
  const priorities = await tx.needsPriority.findMany({
    where: { reportId: { in: submitted.map((r) => r.id) } },
    select: { reportId: true, theme: true, units: { select: { unitId: true } } },
  })
  const groups = new Map<string, TNeedsSummary & { reportIds: Set<string> }>()
  for (const r of submitted) {
    const key = `${r.partnershipId}:${r.year}`
    const group = groups.get(key) ?? { partnershipName: r.partnership.name, year: r.year, reports: 0, themes: [], reportIds: new Set<string>() }
    group.reports += 1
    group.reportIds.add(r.id)
    groups.set(key, group)
  }
  return [...groups.values()].map(({ reportIds, ...g }) => ({
    ...g,
    themes: themeSummary(priorities.filter((p) => reportIds.has(p.reportId)).map((p) => ({ theme: p.theme, unitIds: p.units.map((u) => u.unitId) }))),
  }))
}

/** The needs reports the actor reads, the theme summary of the submitted ones, and where it may write new ones. Four queries. */
export async function getNeedsOverview(db: Db, actor: Actor): Promise<TNeedsOverview> {
  requirePermission(actor, 'read:needs')
  return withActorTenants(db, actor, async (tx) => {
    const reports = await tx.needsReport.findMany({
      where: needsReadScope(actor),
      orderBy: [{ year: 'desc' }, { partnership: { name: 'asc' } }, { title: 'asc' }],
      take: 300,
      select: {
        id: true,
        title: true,
        year: true,
        status: true,
        submittedAt: true,
        partnershipId: true,
        partnership: { select: { name: true } },
        owners: { select: { owner: { select: { name: true } } } },
        _count: { select: { priorities: true } },
      },
    })
    const summaries = await summariesOf(
      tx,
      reports.filter((r) => r.status === 'SUBMITTED'),
    )
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
      summaries,
      contexts: await ownerContexts(tx, actor),
    }
  })
}
