/**
 * The national seed's mapping surveys: in every partnership "Kultur for læring" for pupils in
 * 8.–10. at its lower-secondary schools, T1 in November 2024 and T2 in November 2026, both closed,
 * with answers at about a quarter of each school's pupils (a school's level drifts a little
 * between the waves), and T2's codes (issued and spent) so the response rates have something to say.
 */
import { createHash } from 'node:crypto'
import type { Prisma, PrismaClient } from '@/generated/prisma/client'
import { allItems } from '@/features/surveys/instruments/schemas'
import { starterLibrary } from '@/features/surveys/instruments/library'
import { DEFAULT_MINIMUM_RESPONDENTS } from '@/features/surveys/suppression/thresholds'
import { storeWaveResults } from '@/features/surveys/results/stored-results'
import type { createRandom } from './random'
import type { TPartnership } from './national-structure'
import { day, insertRows, type TRow } from './national-sql'

type TRandom = ReturnType<typeof createRandom>
const WAVES = [
  { index: 1, opens: '2024-11-01', closes: '2024-11-22', drift: 0 },
  { index: 2, opens: '2026-11-02', closes: '2026-11-16', drift: 0.15 },
] as const

export async function seedSurveys(db: PrismaClient, random: TRandom, partnerships: TPartnership[], id: () => string) {
  const content = starterLibrary.PUPILS_8_10
  const items = allItems(content)
  const rows: Record<string, TRow[]> = { SurveyInstrument: [], SurveyInstrumentVersion: [], SurveyWave: [], SurveyWaveInstrument: [], SurveyWaveUnit: [], SurveyCode: [], SurveyAnswer: [] }
  for (const p of partnerships) {
    const schools = p.units.filter((u) => u.kind === 'SCHOOL' && u.levels.includes('LOWER_SECONDARY'))
    if (schools.length === 0) continue
    const instrumentId = id()
    const versionId = id()
    rows.SurveyInstrument!.push({ id: instrumentId, partnershipId: p.id, group: 'PUPILS_8_10', name: content.title.nb, libraryKey: 'PUPILS_8_10' })
    rows.SurveyInstrumentVersion!.push({ id: versionId, partnershipId: p.id, instrumentId, version: 1, content: JSON.stringify(content) })
    const level = new Map(schools.map((s) => [s.id, 3.2 + random.next() * 0.8]))
    for (const w of WAVES) {
      const waveId = id()
      rows.SurveyWave!.push({
        id: waveId, partnershipId: p.id, name: `Kultur for læring T${w.index}`, series: 'Kultur for læring', seriesIndex: w.index,
        opensOn: day(w.opens), closesOn: day(w.closes), closedAt: day(w.closes), suppression: JSON.stringify({ minimum: DEFAULT_MINIMUM_RESPONDENTS, perIndicator: { bullying: 10 } }),
      })
      rows.SurveyWaveInstrument!.push({ id: id(), partnershipId: p.id, waveId, group: 'PUPILS_8_10', versionId })
      for (const school of schools) {
        rows.SurveyWaveUnit!.push({ id: id(), partnershipId: p.id, waveId, unitId: school.id })
        const n = Math.min(90, Math.round(school.pupilCount * 0.25 * (0.7 + random.next() * 0.3)))
        const base = level.get(school.id)! + w.drift * (random.next() - 0.3)
        for (let i = 0; i < n; i++) {
          const values = Object.fromEntries(items.map((item) => [item.key, item.scale === 'frequency' ? (random.next() < 0.07 ? random.int(3, 5) : random.int(1, 2)) : clamp(base + (random.next() + random.next() - 1) * 2.2, item.reverse)]))
          rows.SurveyAnswer!.push({ id: id(), partnershipId: p.id, waveId, unitId: school.id, group: 'PUPILS_8_10', versionId, answeredOn: day(w.opens), values: JSON.stringify(values) })
        }
        if (w.index === 2) {
          for (let i = 0; i < Math.round(n * 1.15); i++) {
            const codeHash = createHash('sha256').update(`national-${waveId}-${school.id}-${i}`).digest('hex')
            rows.SurveyCode!.push({ id: id(), partnershipId: p.id, waveId, unitId: school.id, group: 'PUPILS_8_10', codeHash, spentOn: i < n ? day(w.closes) : null })
          }
        }
      }
    }
  }
  const counts: Record<string, number> = {}
  for (const [table, list] of Object.entries(rows)) counts[table] = await insertRows(db, table, list)
  // T2 was closed through closeSurveyWave, which stores the results (ADR 044); T1 was closed before
  // results were stored, so its page computes them, as for such a wave in production.
  const closedLast = rows.SurveyWave!.filter((w) => w.seriesIndex === 2)
  for (const w of closedLast) {
    await db.$transaction((tx) => storeWaveResults(tx, { id: String(w.id), partnershipId: String(w.partnershipId), suppression: JSON.parse(String(w.suppression)) as Prisma.JsonObject }), { timeout: 120_000 })
  }
  counts.SurveyWaveResult = closedLast.length
  return counts
}

/** An answer around the school's level; a reverse-coded item is answered the other way round. */
function clamp(score: number, reverse: boolean) {
  const v = Math.min(5, Math.max(1, Math.round(score)))
  return reverse ? 6 - v : v
}
