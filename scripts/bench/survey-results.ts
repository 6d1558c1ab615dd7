import { registerHooks } from 'node:module'
import type { PrismaClient } from '../../src/generated/prisma/client'
import { loadActor } from '../../src/server/authz/actor'
import { unsafeWithAllTenants } from '../../src/server/db/tenant'
import { countyTreeWithRemainders } from '../../src/features/surveys/suppression/county-tree'
import { suppress } from '../../src/features/surveys/suppression/suppress'
import { ALL, hierarchyTable } from '../../src/features/surveys/suppression/table'
import { median } from './measure'

// The results of the wave, timed in this process with the code the results page runs
// (src/features/surveys/results). That code is marked 'server-only', which Next resolves to an
// empty module on the server and which throws anywhere else; here it resolves to nothing, as in Next.
registerHooks({
  resolve: (specifier, context, next) => (specifier === 'server-only' ? { url: 'data:text/javascript,export {}', shortCircuit: true } : next(specifier, context)),
})

const timed = async <T>(fn: () => Promise<T> | T): Promise<[T, number]> => {
  const started = performance.now()
  const value = await fn()
  return [value, performance.now() - started]
}

export interface TResultTimings {
  /** Reading the wave's answers and computing every indicator's cells with suppression (closedWaveTable). */
  tableMs: number
  /** The results page's whole read for the secretariat (getWaveResults): the table, rates, rows. */
  pageDataMs: number
  indicators: number
  cells: number
  suppressedCells: number
}

/**
 * Closes the wave as the secretariat does, through its use case (closeSurveyWave: the wave closed,
 * every group's results computed and stored, the audit row, in one transaction); timed.
 */
export async function closeWaveAsSecretariat(prisma: PrismaClient, waveId: string, secretariatUserId: string): Promise<number> {
  const { closeSurveyWave } = await import('../../src/features/surveys/close-survey-wave')
  const actor = (await loadActor(prisma, secretariatUserId))!
  const [result, ms] = await timed(() => closeSurveyWave(prisma, actor, { waveId, confirm: 'on' }))
  if (!result.ok) throw new Error(`closing the wave was refused: ${result.error}`)
  return ms
}

/** The whole wave's suppressed table and the secretariat's page data, each timed (best of `repeats`). */
export async function timeWaveResults(prisma: PrismaClient, waveId: string, secretariatUserId: string, repeats = 3): Promise<TResultTimings> {
  const { closedWaveTable, waveClasses, waveUnits } = await import('../../src/features/surveys/results/wave-table')
  const { getWaveResults } = await import('../../src/features/surveys/results/queries')
  const actor = (await loadActor(prisma, secretariatUserId))!
  const wave = await prisma.surveyWave.findUniqueOrThrow({ where: { id: waveId }, select: { id: true, suppression: true, instruments: { select: { group: true, version: { select: { id: true, content: true } } } } } })
  const { group, version } = wave.instruments[0]!
  const { ZInstrumentContent } = await import('../../src/features/surveys/instruments/schemas')
  const content = ZInstrumentContent.parse(version.content)
  const tables: number[] = []
  const pages: number[] = []
  let table: Awaited<ReturnType<typeof closedWaveTable>> = []
  for (let i = 0; i < repeats; i++) {
    const [t, ms] = await timed(() => unsafeWithAllTenants(prisma, async (tx) => closedWaveTable(tx, wave, group, { id: version.id, content }, await waveUnits(tx, waveId), await waveClasses(tx, waveId, group))))
    table = t
    tables.push(ms)
    const [data, pageMs] = await timed(() => getWaveResults(prisma, actor, waveId))
    if (!data?.results) throw new Error('the closed wave has no results for its secretariat')
    pages.push(pageMs)
  }
  const cells = table.flatMap((t) => [...t.cells.values()])
  return { tableMs: Math.min(...tables), pageDataMs: Math.min(...pages), indicators: table.length, cells: cells.length, suppressedCells: cells.filter((c) => !c.shown).length }
}

/** The suppression alone on the county-sized tree of the suppression tests (22 owners × 6 schools × 9 classes and a remainder): median of `repeats`. */
export function timeCountySuppression(repeats = 3) {
  const runs: number[] = []
  let cells = 0
  for (let i = 0; i < repeats; i++) {
    const started = performance.now()
    const table = hierarchyTable(countyTreeWithRemainders(), [ALL])
    suppress(table, 7)
    runs.push(performance.now() - started)
    cells = table.cells.length
  }
  return { ms: median(runs), cells }
}
