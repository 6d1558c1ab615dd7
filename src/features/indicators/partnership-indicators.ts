import 'server-only'
import { can, type Actor } from '@/server/authz/actor'
import { partnershipScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import { aggregateRow, lastYears, listIndicators, seriesByArea, type TIndicator, type TSeriesRow } from './queries'

export type TPartnershipIndicator = { indicator: TIndicator; years: number[]; rows: TSeriesRow[] }

/**
 * A partnership's area: its current owners' municipalities. Per indicator with municipal values:
 * the country, the partnership (n-weighted over its municipalities, or withheld with the reason
 * when any of them is hidden, missing or without n: aggregate.ts) and each municipality. One read
 * for all indicators' cells; null when the actor may not see the partnership.
 */
export async function getPartnershipIndicators(db: Db, actor: Actor, slug: string) {
  if (!can(actor, 'read:indicators')) return null
  return withActorTenants(db, actor, (tx) => partnershipIndicators(tx, actor, slug))
}

async function partnershipIndicators(db: Tx, actor: Actor, slug: string) {
  const partnership = await db.partnership.findFirst({
    where: { AND: [{ slug }, partnershipScope(actor)] },
    select: { name: true, owners: { where: { leftOn: null }, select: { owner: { select: { municipality: { select: { number: true, name: true } } } } } } },
  })
  if (!partnership) return null
  const municipalities = partnership.owners.flatMap((o) => (o.owner.municipality ? [o.owner.municipality] : []))
  const indicators = await listIndicators(db)
  const values = await db.indicatorValue.findMany({
    where: { OR: [{ level: 'NATIONAL' }, { level: 'MUNICIPALITY', areaCode: { in: municipalities.map((m) => m.number) } }] },
    select: { indicatorId: true, level: true, areaCode: true, areaName: true, year: true, breakdown: true, status: true, valueMilli: true, respondents: true },
    orderBy: [{ year: 'asc' }],
  })
  const names = new Map(municipalities.map((m) => [m.number, m.name]))
  const sections: TPartnershipIndicator[] = []
  for (const indicator of indicators) {
    const own = values.filter((v) => v.indicatorId === indicator.id && v.breakdown === indicator.headlineBreakdown)
    if (!own.some((v) => v.level === 'MUNICIPALITY')) continue
    const years = lastYears(own)
    const rows = seriesByArea(own.filter((v) => years.includes(v.year)), names)
    const national = rows.filter((r) => r.kind === 'national')
    const areas = rows.filter((r) => r.kind === 'area')
    // Every owner counts: a municipality without a cell for a year makes that year's mean withheld.
    const all = municipalities.map((m) => areas.find((a) => a.key === `MUNICIPALITY:${m.number}`) ?? { key: m.number, label: m.name, kind: 'area' as const, cells: {} })
    sections.push({ indicator, years, rows: [...national, aggregateRow('partnership', partnership.name, all, years), ...areas] })
  }
  return { name: partnership.name, municipalities, sections }
}
