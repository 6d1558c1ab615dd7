import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { createWaveRow, issueCodeRows } from '~tests/factories/surveys'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { getWaveResults, listSurveyWaves } from './queries'

const { prisma, seeded } = await createTestDb({ demo: true })
const salten = seeded['salten-kan']!
const actorFor = async (email: string): Promise<Actor> => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
const principal = await actorFor(demoPeople.principal.email)
const owner = await actorFor(demoPeople.schoolOwnerBodo.email)
const secretariat = await actorFor(demoPeople.secretariatSalten.email)
const forumMember = await actorFor(demoPeople.forumMemberSalten.email)
const ownUnit = principal.memberships.find((m) => m.unitId)!.unitId!

async function waveWithAnswers(closed: boolean, series?: { series: string; seriesIndex: number }) {
  const units = await prisma.unit.findMany({ where: { id: { in: salten.unitIds } }, select: { id: true, ownerId: true } })
  const wave = await createWaveRow(prisma, { partnershipId: salten.partnershipId, unitIds: units.map((u) => u.id), closed, ...series })
  const version = await prisma.surveyWaveInstrument.findFirstOrThrow({ where: { waveId: wave.id } })
  const values = { 'le-thrive': 4, 'le-safe': 5, 'le-belong': 4, 'le-rules': 3, 'le-noise': 2, 'bu-bullied': 1 }
  // 12 answers at the principal's unit, 3 at another of the same owner's units.
  const sibling = units.find((u) => u.id !== ownUnit && u.ownerId === units.find((x) => x.id === ownUnit)!.ownerId) ?? units.find((u) => u.id !== ownUnit)!
  const rows = [...Array<string>(12).fill(ownUnit), ...Array<string>(3).fill(sibling.id)].map((unitId: string) => ({
    partnershipId: salten.partnershipId, waveId: wave.id, unitId, group: 'PUPILS_8_10' as const, versionId: version.versionId, answeredOn: new Date(), values,
  }))
  await prisma.surveyAnswer.createMany({ data: rows })
  await issueCodeRows(prisma, wave, ownUnit, 'PUPILS_8_10', 20)
  return { wave, sibling: sibling.id }
}

describe('a wave’s results for each reader', () => {
  it('shows a principal the own unit and the partnership, suppressed where small, never another unit', async () => {
    const { wave } = await waveWithAnswers(true)
    const data = (await getWaveResults(prisma, principal, wave.id))!
    const units = data.results!.rows.filter((r) => r.level === 'unit')
    expect(units.map((r) => r.cell)).toEqual([`unit:${ownUnit}`])
    expect(data.results!.rows.some((r) => r.level === 'partnership')).toBe(true)
    expect(data.rates.map((r) => r.unitId)).toEqual([ownUnit])
    expect(data.rates[0]).toMatchObject({ issued: 20, spent: 0 })
  })

  it('never shows an owner or the secretariat a cell below the threshold, and hides the one that would give it away', async () => {
    const { wave, sibling } = await waveWithAnswers(true)
    for (const reader of [owner, secretariat]) {
      const data = (await getWaveResults(prisma, reader, wave.id))!
      for (const row of data.results!.rows) for (const [i, v] of row.values.entries()) if (v.shown) expect(v.n).toBeGreaterThanOrEqual(data.results!.thresholds[i]!)
      const small = data.results!.rows.find((r) => r.cell === `unit:${sibling}`)
      if (small) expect(small.values[0]).toEqual({ shown: false, reason: 'too-few' })
    }
    // The secretariat sees every unit; the hidden sibling cannot be had from the shown ones (ADR 024).
    const all = (await getWaveResults(prisma, secretariat, wave.id))!
    expect(all.results!.rows.find((r) => r.cell === `unit:${sibling}`)!.values[0]).toEqual({ shown: false, reason: 'too-few' })
  })

  it('shows no results while the wave is open, only response rates; and nothing to someone without the permission', async () => {
    const { wave } = await waveWithAnswers(false)
    const data = (await getWaveResults(prisma, secretariat, wave.id))!
    expect(data.results).toBeNull()
    expect(data.rates.length).toBe(salten.unitIds.length)
    expect((await listSurveyWaves(prisma, secretariat)).some((w) => w.id === wave.id)).toBe(true)
    await expect(getWaveResults(prisma, forumMember, wave.id)).rejects.toThrow()
    expect(await getWaveResults(prisma, secretariat, 'not-a-uuid')).toBeNull()
  })

  it('gives the change from the previous wave of the series where both are shown, flagged when the version differs', async () => {
    const series = `Serie ${crypto.randomUUID()}`
    await waveWithAnswers(true, { series, seriesIndex: 1 })
    const { wave } = await waveWithAnswers(true, { series, seriesIndex: 2 })
    const data = (await getWaveResults(prisma, secretariat, wave.id))!
    expect(data.results!.previous).toEqual({ seriesIndex: 1, versionChanged: true })
    const partnership = data.results!.rows.find((r) => r.level === 'partnership')!
    expect(partnership.changes[0]).toMatchObject({ difference: 0 })
    for (const row of data.results!.rows) for (const [i, c] of row.changes.entries()) if (c) expect(row.values[i]!.shown).toBe(true)
  })
})
