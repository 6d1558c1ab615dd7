import 'server-only'
import { can, type Actor } from '@/server/authz/actor'
import { indicatorLagCountyScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import { scoreLag, ZLagRules, type TLagIndicator, type TLagOwner, type TLagRules } from './lag'
import { lastYears, listIndicators, type TCell } from './queries'

export const LAG_PAGE_SIZE = 50

/**
 * The lag view for county governor staff: the owners (municipalities) of the actor's counties
 * scored by the rules (lag.ts), a page of those that meet them. Three reads whatever the rules:
 * the indicators, the municipalities in scope, and their and the country's cells.
 */
export async function getLagView(db: Db, actor: Actor, raw: Record<string, string | string[] | undefined>) {
  if (!can(actor, 'read:indicator-lag')) return null
  return withActorTenants(db, actor, (tx) => lagView(tx, actor, raw))
}

async function lagView(db: Tx, actor: Actor, raw: Record<string, string | string[] | undefined>) {
  const parsed = ZLagRules.safeParse({ indicators: [raw.indikator ?? []].flat(), years: raw.ar || undefined, minPoints: raw.poeng || undefined, minIndicators: raw.antall || undefined })
  const all = (await listIndicators(db)).filter((i) => !i.code.startsWith('ssb-13716'))
  const rules: TLagRules = parsed.success ? parsed.data : ZLagRules.parse({})
  const chosen = all.filter((i) => (rules.indicators.length ? rules.indicators.includes(i.code) : true))
  const page = Math.max(1, Number(raw.side) || 1)
  const municipalities = await db.municipality.findMany({ where: { county: indicatorLagCountyScope(actor) }, select: { number: true, name: true }, orderBy: { number: 'asc' } })
  const values = await db.indicatorValue.findMany({
    where: { indicatorId: { in: chosen.map((i) => i.id) }, OR: [{ level: 'NATIONAL' }, { level: 'MUNICIPALITY', areaCode: { in: municipalities.map((m) => m.number) } }] },
    select: { indicatorId: true, level: true, areaCode: true, year: true, breakdown: true, status: true, valueMilli: true, respondents: true },
  })
  const indicators: TLagIndicator[] = chosen.map((i) => {
    const own = values.filter((v) => v.indicatorId === i.id && v.breakdown === i.headlineBreakdown)
    const national = new Map(own.filter((v) => v.level === 'NATIONAL' && v.status === 'VALUE').map((v) => [v.year, v.valueMilli!]))
    return { code: i.code, higherIsBetter: i.higherIsBetter, national, years: lastYears(own, rules.years) }
  })
  const codeOf = new Map(chosen.map((i) => [i.id, i]))
  const owners = new Map<string, TLagOwner>(municipalities.map((m) => [m.number, { code: m.number, name: m.name, cells: new Map() }]))
  for (const v of values) {
    const indicator = codeOf.get(v.indicatorId)!
    if (v.level !== 'MUNICIPALITY' || v.breakdown !== indicator.headlineBreakdown) continue
    const cells = owners.get(v.areaCode)!.cells
    cells.set(indicator.code, (cells.get(indicator.code) ?? new Map<number, TCell>()).set(v.year, v))
  }
  const lagging = scoreLag([...owners.values()], indicators, rules)
  return {
    rules,
    invalid: !parsed.success,
    all,
    chosen,
    total: lagging.length,
    scored: municipalities.length,
    counties: [...new Set(municipalities.map((m) => m.number.slice(0, 2)))],
    page,
    rows: lagging.slice((page - 1) * LAG_PAGE_SIZE, page * LAG_PAGE_SIZE),
  }
}
