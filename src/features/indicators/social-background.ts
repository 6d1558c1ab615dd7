import 'server-only'
import { can, type Actor } from '@/server/authz/actor'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import { indicatorValues, lastYears, listIndicators, seriesByBreakdown } from './queries'

/**
 * Grunnskolepoeng by household income (SSB 13716): one row per income group for the country or a
 * county, over the years. Three reads: the indicators, the counties, the cells of one area.
 */
export async function getSocialBackground(db: Db, actor: Actor, countyParam: string | undefined) {
  if (!can(actor, 'read:indicators')) return null
  return withActorTenants(db, actor, (tx) => socialBackground(tx, countyParam))
}

async function socialBackground(db: Tx, countyParam: string | undefined) {
  const indicator = (await listIndicators(db)).find((i) => i.source === 'SSB' && i.tableId === '13716') ?? null
  const counties = await db.county.findMany({ select: { number: true, name: true }, orderBy: { number: 'asc' } })
  if (!indicator) return { indicator, counties, area: null }
  const county = counties.find((c) => c.number === countyParam)
  const values = await indicatorValues(db, indicator.id, { levels: [county ? 'COUNTY' : 'NATIONAL'], areaCodes: [county ? county.number : '0'] })
  const years = lastYears(values)
  return { indicator, counties, area: { number: county?.number ?? '0', name: county?.name ?? null, years, rows: seriesByBreakdown(values.filter((v) => years.includes(v.year)), indicator.breakdownLabels) } }
}
