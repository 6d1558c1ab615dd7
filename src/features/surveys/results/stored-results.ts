// Note: no 'server-only' here, as in wave-table.ts: the national seed stores results with this code.
import { isDeepStrictEqual } from 'node:util'
import { z } from 'zod'
import type { InformantGroup, Prisma } from '@/generated/prisma/client'
import type { Tx } from '@/server/db/tenant'
import { ZInstrumentContent, type TInstrumentContent } from '../instruments/schemas'
import type { TCellResult, TIndicatorResult } from './compute'
import { closedWaveTable, waveClasses, waveUnits } from './wave-table'

// A closed wave's results are computed once, in the transaction that closes it, and read from
// SurveyWaveResult after (ADR 044): every results request computed the whole wave again before
// (1.6 s for 20,000 answers, the survey bench). What is stored is the suppressed table itself, the
// same the page shows: a suppressed cell is its reason and nothing else, so the row holds no value
// that the page may not show, and no answer.

const ZStoredCell = z.union([
  z.object({ shown: z.literal(true), n: z.number().int(), mean: z.number(), sd: z.number(), distribution: z.array(z.number()) }).strict(),
  z.object({ shown: z.literal(false), reason: z.enum(['too-few', 'secondary', 'not-published', 'no-answers']) }).strict(),
])

const ZStoredWaveTable = z.array(
  z.object({ key: z.string(), kind: z.enum(['mean', 'share']), threshold: z.number().int(), cells: z.array(z.tuple([z.string(), ZStoredCell])) }),
)

/** The table as JSON: a suppressed cell keeps only `shown: false` and its reason, whatever the computation held. */
export function storedTable(table: TIndicatorResult[]): Prisma.InputJsonValue {
  return table.map((t) => ({
    key: t.key,
    kind: t.kind,
    threshold: t.threshold,
    cells: [...t.cells].map(([cell, r]) => [cell, r.shown ? { shown: true, n: r.n, mean: r.mean, sd: r.sd, distribution: r.distribution } : { shown: false, reason: r.reason }]),
  }))
}

function fromStored(json: unknown): TIndicatorResult[] {
  return ZStoredWaveTable.parse(json).map((t) => ({ ...t, cells: new Map(t.cells) }))
}

type TWaveForTable = { id: string; partnershipId: string; suppression: Prisma.JsonValue }

/**
 * Computes and stores a wave's results for each of its groups (called by closeSurveyWave, in its
 * transaction, after the wave row is closed: no answer can be added after that, see
 * samkomp_survey_write). Answers the number of answers per group, for the audit row.
 */
export async function storeWaveResults(tx: Tx, wave: TWaveForTable): Promise<Record<string, number>> {
  const instruments = await tx.surveyWaveInstrument.findMany({ where: { waveId: wave.id }, select: { group: true, version: { select: { id: true, content: true } } } })
  const units = await waveUnits(tx, wave.id)
  const counts: Record<string, number> = {}
  for (const { group, version } of instruments) {
    const content = ZInstrumentContent.parse(version.content)
    const table = await closedWaveTable(tx, wave, group, { id: version.id, content }, units, await waveClasses(tx, wave.id, group))
    const answerCount = await tx.surveyAnswer.count({ where: { waveId: wave.id, group, versionId: version.id } })
    const data = { versionId: version.id, suppression: wave.suppression ?? {}, answerCount, table: storedTable(table), computedAt: new Date() }
    await tx.surveyWaveResult.upsert({ where: { waveId_group: { waveId: wave.id, group } }, create: { partnershipId: wave.partnershipId, waveId: wave.id, group, ...data }, update: data })
    counts[group] = answerCount
  }
  return counts
}

/**
 * A closed wave's table for a group: the stored one while it was computed for the wave's present
 * version and suppression settings, else computed now (a wave closed before this table existed,
 * or closed by hand in a test).
 */
export async function closedWaveResults(tx: Tx, wave: TWaveForTable, group: InformantGroup, version: { id: string; content: TInstrumentContent }): Promise<TIndicatorResult[]> {
  const stored = await tx.surveyWaveResult.findUnique({ where: { waveId_group: { waveId: wave.id, group } }, select: { versionId: true, suppression: true, table: true } })
  if (stored && stored.versionId === version.id && isDeepStrictEqual(stored.suppression, wave.suppression)) return fromStored(stored.table)
  return closedWaveTable(tx, wave, group, version, await waveUnits(tx, wave.id), await waveClasses(tx, wave.id, group))
}

/**
 * The wave before this one in its series (index − 1), closed, with the same group: its cells by
 * indicator key, and whether its instrument version differs (a change is then flagged).
 */
export async function previousWaveCells(tx: Tx, wave: { partnershipId: string; series: string; seriesIndex: number }, group: InformantGroup, versionId: string) {
  if (wave.seriesIndex < 2) return null
  const previous = await tx.surveyWave.findFirst({
    where: { partnershipId: wave.partnershipId, series: wave.series, seriesIndex: wave.seriesIndex - 1, closedAt: { not: null } },
    select: { id: true, partnershipId: true, seriesIndex: true, suppression: true, instruments: { where: { group }, select: { version: { select: { id: true, content: true } } } } },
  })
  const instrument = previous?.instruments[0]
  if (!previous || !instrument) return null
  const version = { id: instrument.version.id, content: ZInstrumentContent.parse(instrument.version.content) }
  const table = await closedWaveResults(tx, previous, group, version)
  const cells = new Map<string, Map<string, TCellResult>>(table.map((t) => [t.key, t.cells]))
  return { seriesIndex: previous.seriesIndex, versionChanged: version.id !== versionId, cells }
}
