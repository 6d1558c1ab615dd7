import 'server-only'
import type { Actor } from '@/server/authz/actor'
import { can } from '@/server/authz/actor'
import { partnershipScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import { indicatorValues, lastYears, listIndicators, pickIndicator, seriesByArea, type TIndicator, type TSeriesRow } from './queries'

const param = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)
export type TOverviewParams = { indikator?: string | string[]; fylke?: string | string[]; kommune?: string | string[] }

/** The partnerships whose indicator page the actor may open (partnershipScope), by name. */
export async function visiblePartnerships(db: Db, actor: Actor) {
  if (!can(actor, 'read:partnership')) return []
  return withActorTenants(db, actor, (tx) => tx.partnership.findMany({ where: partnershipScope(actor), select: { slug: true, name: true }, orderBy: { name: 'asc' }, take: 50 }))
}

/** The link to the overview with these choices. */
export function overviewHref(indicator: string, county?: string, municipality?: string) {
  const query = new URLSearchParams({ indikator: indicator, ...(county ? { fylke: county } : {}), ...(municipality ? { kommune: municipality } : {}) })
  return `/indikatorer?${query}`
}

/**
 * What /indikatorer shows: the indicator chosen (else the first), the country and the counties,
 * then, when a county is chosen, its municipalities, and, when a municipality is, its schools.
 * Each level is one read bounded by its parent, so the page stays small at national scale.
 */
export async function getIndicatorOverview(db: Db, actor: Actor, params: TOverviewParams) {
  if (!can(actor, 'read:indicators')) return null
  return withActorTenants(db, actor, (tx) => overviewOf(tx, params))
}

async function overviewOf(db: Tx, params: TOverviewParams) {
  const indicators = await listIndicators(db)
  const indicator = pickIndicator(indicators, param(params.indikator))
  if (!indicator) return { indicators, indicator: null }
  const counties = await db.county.findMany({ select: { number: true, name: true }, orderBy: { number: 'asc' } })
  const countyNumber = counties.find((c) => c.number === param(params.fylke))?.number
  const breakdowns = [indicator.headlineBreakdown]
  const top = await indicatorValues(db, indicator.id, { levels: ['NATIONAL', 'COUNTY'], breakdowns })
  const years = lastYears(top)
  const countyRows = seriesByArea(top.filter((v) => years.includes(v.year)), new Map(counties.map((c) => [c.number, c.name])), (v) => (v.level === 'COUNTY' ? overviewHref(indicator.code, v.areaCode) : undefined))
  const county = countyNumber ? await municipalityRows(db, indicator, countyNumber, param(params.kommune)) : null
  return { indicators, indicator, counties, years, countyRows, county: county && { number: countyNumber!, name: counties.find((c) => c.number === countyNumber)!.name, ...county } }
}

/** A county's municipalities (with the county and the country), and one municipality's schools when asked. */
async function municipalityRows(db: Tx, indicator: TIndicator, countyNumber: string, municipalityNumber: string | undefined) {
  const municipalities = await db.municipality.findMany({ where: { county: { number: countyNumber } }, select: { number: true, name: true }, orderBy: { name: 'asc' } })
  const values = await indicatorValues(db, indicator.id, { levels: ['NATIONAL', 'COUNTY', 'MUNICIPALITY'], areaPrefix: countyNumber, breakdowns: [indicator.headlineBreakdown] })
  const years = lastYears(values)
  const rows = seriesByArea(
    values.filter((v) => years.includes(v.year) && (v.level !== 'COUNTY' || v.areaCode === countyNumber)),
    new Map(municipalities.map((m) => [m.number, m.name])),
    (v) => (v.level === 'MUNICIPALITY' ? overviewHref(indicator.code, countyNumber, v.areaCode) : undefined),
  )
  const municipality = municipalities.find((m) => m.number === municipalityNumber)
  const schools = municipality ? await schoolRows(db, indicator, municipality.number) : null
  return { years, rows, municipality: municipality && schools ? { ...municipality, ...schools } : null }
}

/** A municipality's schools with values (their own pages linked), the municipality and the country beside. */
async function schoolRows(db: Tx, indicator: TIndicator, municipalityNumber: string): Promise<{ years: number[]; rows: TSeriesRow[] }> {
  const units = await db.unit.findMany({ where: { municipality: { number: municipalityNumber }, kind: 'SCHOOL', active: true }, select: { orgNumber: true, name: true }, orderBy: { name: 'asc' }, take: 300 })
  const values = await indicatorValues(db, indicator.id, { levels: ['NATIONAL', 'MUNICIPALITY', 'SCHOOL'], areaCodes: ['0', municipalityNumber, ...units.map((u) => u.orgNumber)], breakdowns: [indicator.headlineBreakdown] })
  const years = lastYears(values)
  const names = new Map(units.map((u) => [u.orgNumber, u.name]))
  return { years, rows: seriesByArea(values.filter((v) => years.includes(v.year)), names, (v) => (v.level === 'SCHOOL' ? `/indikatorer/skole/${v.areaCode}` : undefined)) }
}
