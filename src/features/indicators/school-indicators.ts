import 'server-only'
import { can, type Actor } from '@/server/authz/actor'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import { lastYears, listIndicators, seriesByArea, type TIndicator, type TSeriesRow } from './queries'

/**
 * One school's official indicators over the years, each beside its municipality and the country
 * (one read for all of them). Schools are register data and their indicators open data, so any
 * reader with read:indicators sees them; null for an unknown organisation number.
 */
export async function getSchoolIndicators(db: Db, actor: Actor, orgNumber: string) {
  if (!can(actor, 'read:indicators') || !/^\d{9}$/.test(orgNumber)) return null
  return withActorTenants(db, actor, (tx) => schoolIndicators(tx, orgNumber))
}

async function schoolIndicators(db: Tx, orgNumber: string) {
  const unit = await db.unit.findUnique({ where: { orgNumber }, select: { name: true, orgNumber: true, municipality: { select: { number: true, name: true, county: { select: { number: true } } } } } })
  if (!unit) return null
  const [indicators, values] = await Promise.all([
    listIndicators(db),
    db.indicatorValue.findMany({
      where: { OR: [{ level: 'NATIONAL' }, { level: 'MUNICIPALITY', areaCode: unit.municipality.number }, { level: 'SCHOOL', areaCode: orgNumber }] },
      select: { indicatorId: true, level: true, areaCode: true, areaName: true, year: true, breakdown: true, status: true, valueMilli: true, respondents: true },
    }),
  ])
  const names = new Map([[unit.municipality.number, unit.municipality.name], [orgNumber, unit.name]])
  const sections: { indicator: TIndicator; years: number[]; rows: TSeriesRow[] }[] = []
  for (const indicator of indicators) {
    const own = values.filter((v) => v.indicatorId === indicator.id && v.breakdown === indicator.headlineBreakdown)
    if (!own.some((v) => v.level === 'SCHOOL')) continue
    const years = lastYears(own.filter((v) => v.level === 'SCHOOL'))
    const rows = seriesByArea(own.filter((v) => years.includes(v.year)), names)
    // The school first, then its municipality, then the country.
    const order = { SCHOOL: 0, MUNICIPALITY: 1, NATIONAL: 2, COUNTY: 3 } as const
    sections.push({ indicator, years, rows: rows.sort((a, b) => order[a.key.split(':')[0] as keyof typeof order] - order[b.key.split(':')[0] as keyof typeof order]) })
  }
  return { unit, sections }
}
