/**
 * Indicator cells in the shapes the importers produce (src/features/indicators/cells.ts), for the
 * tests and both seeds: SSB 07495 (grunnskolepoeng), SSB 13716 (by household income) and Udir's
 * Elevundersøkelsen (trivsel, mobbing) for the country, every county, every municipality and every
 * school given. Figures are invented but stable (a hash of area and year), in the published
 * ranges; small groups are suppressed as the sources do (Udir `*` under 10 answers, SSB `:`).
 * Written through the importer's own writer, so seeded data is what an import would store.
 */
import type { IndicatorLevel, Prisma } from '@/generated/prisma/client'
import type { TPlannedCell } from '@/features/indicators/cells'
import { writeIndicatorPlan, type TIndicatorPlan } from '@/features/indicators/import-indicators'

type Tx = Prisma.TransactionClient
export type TIndicatorAreas = {
  counties: { number: string; name: string }[]
  municipalities: { number: string; name: string }[]
  schools: { orgNumber: string; name: string; pupilCount: number }[]
}

/** A stable number in [0, 1) for a key (FNV-1a). */
function unit(key: string): number {
  let h = 2166136261
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619)
  return (h >>> 0) / 2 ** 32
}

type TCellBase = Pick<TPlannedCell, 'indicatorCode' | 'indicatorName' | 'unitLabel' | 'decimals' | 'headlineBreakdown'>
const cell = (base: TCellBase, level: IndicatorLevel, areaCode: string, areaName: string, year: number, value: number | null, extra: Partial<TPlannedCell> = {}): TPlannedCell => ({
  line: 0,
  ...base,
  level,
  areaCode,
  areaName,
  year,
  breakdown: '',
  breakdownLabel: '',
  ...(value === null
    ? { status: 'SUPPRESSED', marker: base.indicatorCode.startsWith('udir') ? '*' : ':', valueMilli: null, stdDevMilli: null, respondents: null }
    : { status: 'VALUE', marker: null, valueMilli: Math.round(value * 10) * 100, stdDevMilli: null, respondents: null }),
  ...extra,
})

/** Every area with its level: the country, the counties, the municipalities (and the schools when asked). */
function areasOf(areas: TIndicatorAreas, schools: boolean) {
  return [
    { level: 'NATIONAL' as const, code: '0', name: 'Hele landet', n: 60_000 },
    ...areas.counties.map((c) => ({ level: 'COUNTY' as const, code: c.number, name: c.name, n: 4_000 })),
    ...areas.municipalities.map((m) => ({ level: 'MUNICIPALITY' as const, code: m.number, name: m.name, n: 20 + Math.round(unit(`n${m.number}`) * 900) })),
    ...(schools ? areas.schools.map((s) => ({ level: 'SCHOOL' as const, code: s.orgNumber, name: s.name, n: Math.round(s.pupilCount * 0.3) })) : []),
  ]
}

/** The plans (one per table) for these areas and years. */
export function indicatorPlans(areas: TIndicatorAreas, years: number[] = [2022, 2023, 2024]): TIndicatorPlan[] {
  // Kjonn=0 (both genders), as the 07495 fixture and SSB's table name the whole group.
  const points: TCellBase = { indicatorCode: 'ssb-07495-grunnskolepoeng', indicatorName: 'Grunnskolepoeng', unitLabel: 'poeng', decimals: 1, headlineBreakdown: 'Kjonn=0' }
  const income: TCellBase = { indicatorCode: 'ssb-13716-grpoenginnt', indicatorName: 'Grunnskolepoeng etter husholdningens inntekt', unitLabel: 'poeng', decimals: 1, headlineBreakdown: 'HushInntekt=TOT' }
  const wellbeing: TCellBase = { indicatorCode: 'udir-trivsel', indicatorName: 'Trivsel', unitLabel: '', decimals: 1, headlineBreakdown: 'trinn=10' }
  const bullying: TCellBase = { indicatorCode: 'udir-mobbing-pa-skolen', indicatorName: 'Mobbing på skolen', unitLabel: '', decimals: 1, headlineBreakdown: 'trinn=10' }
  const groups = [['TOT', 'I alt', 0], ['Q1', 'Laveste femtedel', -5.2], ['Q2', 'Andre femtedel', -2.1], ['Q3', 'Tredje femtedel', 0.1], ['Q4', 'Fjerde femtedel', 1.9], ['Q5', 'Høyeste femtedel', 4.6]] as const
  const ssb: TPlannedCell[] = []
  const udir: TPlannedCell[] = []
  const incomeCells: TPlannedCell[] = []
  for (const year of years) {
    const drift = (year - years[0]!) * 0.2
    for (const a of areasOf(areas, false)) {
      const hidden = a.level === 'MUNICIPALITY' && a.n < 40
      ssb.push(cell(points, a.level, a.code, a.name, year, hidden ? null : 41.5 + (a.level === 'NATIONAL' ? 0 : unit(`p${a.code}`) * 6 - 3) + drift, { breakdown: 'Kjonn=0', breakdownLabel: 'Begge kjønn' }))
      if (a.level !== 'MUNICIPALITY') {
        for (const [code, label, offset] of groups) incomeCells.push(cell(income, a.level, a.code, a.name, year, 41.5 + offset + (a.level === 'NATIONAL' ? 0 : unit(`i${a.code}`) * 2 - 1) + drift, { breakdown: `HushInntekt=${code}`, breakdownLabel: label }))
      }
    }
    for (const a of areasOf(areas, true)) {
      const shift = a.level === 'NATIONAL' ? 0 : unit(`t${a.code}${year}`) * 0.6 - 0.3
      const hidden = a.n < 10
      const extra = (sd: number): Partial<TPlannedCell> => ({ breakdown: 'trinn=10', breakdownLabel: '10. trinn', ...(hidden ? {} : { stdDevMilli: sd, respondents: a.n }) })
      udir.push(cell(wellbeing, a.level, a.code, a.name, year, hidden ? null : 4.2 + shift, extra(800)))
      udir.push(cell(bullying, a.level, a.code, a.name, year, hidden ? null : 1.2 - shift / 2, extra(500)))
    }
  }
  const plan = (source: 'SSB' | 'UDIR', tableId: string, fileName: string, cells: TPlannedCell[]): TIndicatorPlan => ({ ok: true, source, tableId, fileName, years, cells: cells.map((c, i) => ({ ...c, line: i + 1 })) })
  return [plan('SSB', '07495', 'seed-ssb-07495.json', ssb), plan('SSB', '13716', 'seed-ssb-13716.json', incomeCells), plan('UDIR', '148', 'seed-udir-148.csv', udir)]
}

/** Writes the plans, each in its own transaction, as an import would. */
export async function seedIndicators(db: { $transaction: <T>(fn: (tx: Tx) => Promise<T>, options?: { timeout?: number }) => Promise<T> }, areas: TIndicatorAreas, years?: number[]) {
  let cells = 0
  for (const plan of indicatorPlans(areas, years)) {
    const written = await db.$transaction((tx) => writeIndicatorPlan(tx, plan, null), { timeout: 300_000 })
    cells += written.cells
  }
  return { cells }
}
