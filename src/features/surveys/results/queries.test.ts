import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { createWaveRow, issueCodeRows } from '~tests/factories/surveys'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { createUnitGroup } from '~tests/factories/staff'
import { getWaveResults, listSurveyWaves } from './queries'

const { prisma, seeded } = await createTestDb({ demo: true })
const salten = seeded['salten-kan']!
const actorFor = async (email: string): Promise<Actor> => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
const principal = await actorFor(demoPeople.principal.email)
const owner = await actorFor(demoPeople.schoolOwnerBodo.email)
const secretariat = await actorFor(demoPeople.secretariatSalten.email)
const forumMember = await actorFor(demoPeople.forumMemberSalten.email)
const teacher = await actorFor(demoPeople.teacherSalten.email)
const kindergartenStaff = await actorFor(demoPeople.kindergartenStaffSalten.email)
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

describe('a wave’s results per class', () => {
  it('shows the classes under their unit, for those who see the unit, suppressed over the whole wave', async () => {
    const units = await prisma.unit.findMany({ where: { id: { in: salten.unitIds } }, select: { id: true, kind: true } })
    const wave = await createWaveRow(prisma, { partnershipId: salten.partnershipId, unitIds: units.map((u) => u.id), closed: true })
    const version = await prisma.surveyWaveInstrument.findFirstOrThrow({ where: { waveId: wave.id } })
    const own = units.find((u) => u.id === ownUnit)!
    const other = units.find((u) => u.id !== ownUnit)!
    const tag = crypto.randomUUID().slice(0, 8)
    const [big, small, elsewhere] = [await createUnitGroup(prisma, own, { name: `5A ${tag}` }), await createUnitGroup(prisma, own, { name: `5B ${tag}` }), await createUnitGroup(prisma, other)]
    await issueCodeRows(prisma, wave, ownUnit, 'PUPILS_8_10', 2, small.id)
    await issueCodeRows(prisma, wave, other.id, 'PUPILS_8_10', 2, elsewhere.id)
    const values = { 'le-thrive': 4, 'le-safe': 5, 'le-belong': 4, 'le-rules': 3, 'le-noise': 2, 'bu-bullied': 1 }
    const answers = (classId: string | null, unitId: string, count: number) =>
      Array.from({ length: count }, () => ({ partnershipId: salten.partnershipId, waveId: wave.id, unitId, classId, group: 'PUPILS_8_10' as const, versionId: version.versionId, answeredOn: new Date(), values }))
    // The own unit: 5A 10, 5B 4, none without a class; 5A = unit − 5B would give 5B away, so one more is hidden.
    await prisma.surveyAnswer.createMany({ data: [...answers(big.id, ownUnit, 10), ...answers(small.id, ownUnit, 4), ...answers(elsewhere.id, other.id, 9)] })

    const mine = (await getWaveResults(prisma, principal, wave.id))!
    const rows = mine.results!.rows
    const at = (cell: string) => rows.find((r) => r.cell === cell)
    expect(rows.filter((r) => r.level === 'class').map((r) => r.name).sort()).toEqual([`5A ${tag}`, `5B ${tag}`])
    expect(rows.findIndex((r) => r.cell === `class:${big.id}`)).toBeGreaterThan(rows.findIndex((r) => r.cell === `unit:${ownUnit}`))
    expect(at(`class:${small.id}`)!.values[0]).toEqual({ shown: false, reason: 'too-few' })
    expect(at(`class:${big.id}`)!.values[0]!.shown && at(`unit:${ownUnit}`)!.values[0]!.shown).toBe(false)
    expect(at(`class:${elsewhere.id}`)).toBeUndefined()
    expect(mine.rates.map((r) => [r.className, r.issued])).toEqual([[null, 2], [`5A ${tag}`, 0], [`5B ${tag}`, 2]])

    // The secretariat sees every unit: the schools' rows, each linking to its classes, which are
    // shown (with their response rates) on the school's own view only.
    const all = (await getWaveResults(prisma, secretariat, wave.id))!
    expect(all.results!.rows.filter((r) => r.level === 'class')).toEqual([])
    expect(all.rates.filter((r) => r.className !== null)).toEqual([])
    expect(all.results!.rows.find((r) => r.cell === `unit:${other.id}`)).toMatchObject({ unitId: other.id, classesElsewhere: true })
    const school = (await getWaveResults(prisma, secretariat, wave.id, undefined, other.id))!
    expect(school.results!.rows.filter((r) => r.level === 'class').map((r) => r.cell)).toEqual([`class:${elsewhere.id}`])
    expect(school.results!.rows.find((r) => r.cell === `class:${elsewhere.id}`)!.values[0]).toMatchObject({ shown: true, n: 9 })
    expect(school.results!.rows.find((r) => r.cell === `unit:${other.id}`)).toMatchObject({ classesElsewhere: false })
    for (const row of school.results!.rows) for (const [i, v] of row.values.entries()) if (v.shown) expect(v.n).toBeGreaterThanOrEqual(school.results!.thresholds[i]!)
  })

  it('shows a teacher the classes they teach and the partnership, never the unit or another class', async () => {
    const teaching = teacher.memberships.find((m) => m.role === 'TEACHER' && m.unitId)!
    const units = await prisma.unit.findMany({ where: { id: { in: salten.unitIds } }, select: { id: true, kind: true } })
    const school = units.find((u) => u.id === teaching.unitId)!
    const wave = await createWaveRow(prisma, { partnershipId: salten.partnershipId, unitIds: units.map((u) => u.id), closed: true })
    const [mine, theirs] = [await createUnitGroup(prisma, school), await createUnitGroup(prisma, school)]
    await prisma.unitGroupTeacher.create({ data: { groupId: mine.id, membershipId: teaching.id } })
    await issueCodeRows(prisma, wave, school.id, 'PUPILS_8_10', 2, mine.id)
    await issueCodeRows(prisma, wave, school.id, 'PUPILS_8_10', 2, theirs.id)

    const data = (await getWaveResults(prisma, teacher, wave.id))!
    expect(data.results!.rows.map((r) => [r.level, r.cell])).toEqual([['partnership', 'partnership'], ['class', `class:${mine.id}`]])
    // The response rate of the own class only (codes spent are no answer's values).
    const unitName = (await prisma.unit.findUniqueOrThrow({ where: { id: school.id }, select: { name: true } })).name
    expect(data.rates).toEqual([{ key: mine.id, unitId: school.id, classId: mine.id, name: unitName, className: mine.name, issued: 2, spent: 0 }])
    expect((await listSurveyWaves(prisma, teacher)).some((w) => w.id === wave.id)).toBe(true)
    // The principal sees both classes of the school; kindergarten staff read no survey results.
    const principalRows = (await getWaveResults(prisma, principal, wave.id))!.results!.rows
    expect(school.id).toBe(ownUnit) // Lars teaches at Rita's school in the demo
    expect(principalRows.filter((r) => r.level === 'class').map((r) => r.cell).sort()).toEqual([`class:${mine.id}`, `class:${theirs.id}`].sort())
    await expect(getWaveResults(prisma, kindergartenStaff, wave.id)).rejects.toThrow()
  })
})

describe('the demo’s closed wave per class', () => {
  it('shows 9A and 10B under the demo principal’s school (9 and 8 answers), and the demo teacher 9A only', async () => {
    const t1 = await prisma.surveyWave.findFirstOrThrow({ where: { partnershipId: salten.partnershipId, name: 'Kultur for læring, høsten 2025' } })
    const rows = (await getWaveResults(prisma, principal, t1.id))!.results!.rows
    const classes = rows.filter((r) => r.level === 'class')
    expect(classes.map((r) => r.name)).toEqual(['9A', '10B'])
    expect(classes.map((r) => r.values.find((v) => v.shown)).map((v) => (v && v.shown ? v.n : null))).toEqual([9, 8])
    const teachers = (await getWaveResults(prisma, teacher, t1.id))!.results!.rows.filter((r) => r.level === 'class')
    // Without the unit's row above it, the class says which school it is at.
    expect(teachers.map((r) => r.name.split(',')[0])).toEqual(['9A'])
  })
})
