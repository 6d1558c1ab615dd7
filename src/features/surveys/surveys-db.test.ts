import { describe, expect, it } from 'vitest'
import { Prisma } from '@/generated/prisma/client'
import { createTestDb } from '~tests/setup/test-db'
import { createLibraryInstrument, createWaveRow, issueCodeRows } from '~tests/factories/surveys'
import { createUnitGroup } from '~tests/factories/staff'
import { withTenants } from '@/server/db/tenant'
import { starterLibrary } from './instruments/library'
import { INFORMANT_GROUPS, ZInstrumentContent } from './instruments/schemas'

const { prisma, pglite, seeded } = await createTestDb({ demo: true })
const [salten, sunnmore] = Object.values(seeded) as [{ partnershipId: string; unitIds: string[] }, { partnershipId: string; unitIds: string[] }]

describe('the starter library', () => {
  it('has a valid instrument for every informant group, each text in bokmål, nynorsk and English', () => {
    for (const group of INFORMANT_GROUPS) {
      const content = ZInstrumentContent.parse(starterLibrary[group])
      expect(content.group).toBe(group)
      expect(content.indicators.length).toBeGreaterThan(0)
    }
    const families = new Set(Object.values(starterLibrary).flatMap((c) => c.indicators.map((i) => i.key)))
    for (const key of ['learning-environment', 'academic-wellbeing', 'teacher-support', 'teacher-collaboration', 'school-leadership', 'owner-collaboration', 'parent-support', 'bullying'])
      expect(families).toContain(key)
  })

  it('refuses an indicator over an unknown item or a mean over a frequency item', () => {
    const base = starterLibrary.PUPILS_8_10
    expect(ZInstrumentContent.safeParse({ ...base, indicators: [{ kind: 'mean', key: 'x', name: base.title, items: ['nope'] }] }).success).toBe(false)
    expect(ZInstrumentContent.safeParse({ ...base, indicators: [{ kind: 'mean', key: 'x', name: base.title, items: ['bu-bullied'] }] }).success).toBe(false)
  })
})

describe('the survey tables (anonymity)', () => {
  it('stores an answer as wave, unit, class, group, version, day and values only: no time, no code, no person, no request', async () => {
    const { rows } = await pglite.query<{ column_name: string; data_type: string }>(
      `SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'SurveyAnswer' ORDER BY column_name`,
    )
    expect(rows.map((r) => r.column_name).sort()).toEqual(['answeredOn', 'classId', 'group', 'id', 'partnershipId', 'unitId', 'values', 'versionId', 'waveId'])
    expect(rows.find((r) => r.column_name === 'answeredOn')!.data_type).toBe('date')
    const { rows: refs } = await pglite.query<{ target: string }>(
      `SELECT confrelid::regclass::text AS target FROM pg_constraint WHERE contype = 'f' AND conrelid = '"SurveyAnswer"'::regclass`,
    )
    expect(new Set(refs.map((r) => r.target.replace(/"/g, '')))).toEqual(new Set(['Partnership', 'SurveyWave', 'SurveyWaveUnit', 'SurveyInstrumentVersion', 'UnitGroup']))
    // Nothing points at an answer either (a code → answer link would be as bad).
    const { rows: inbound } = await pglite.query(`SELECT 1 FROM pg_constraint WHERE contype = 'f' AND confrelid = '"SurveyAnswer"'::regclass`)
    expect(inbound).toEqual([])
    // The answer's id is random, not ordered by time.
    const { rows: defaults } = await pglite.query<{ d: string }>(`SELECT column_default AS d FROM information_schema.columns WHERE table_name = 'SurveyAnswer' AND column_name = 'id'`)
    expect(defaults[0]!.d).toBe('gen_random_uuid()')
  })

  it('freezes a version once a wave uses it', async () => {
    const { version } = await createLibraryInstrument(prisma, salten.partnershipId, 'PARENTS')
    await prisma.surveyInstrumentVersion.update({ where: { id: version.id }, data: { content: { ...starterLibrary.PARENTS, title: { nb: 'Ny', nn: 'Ny', en: 'New' } } } })
    const wave = await createWaveRow(prisma, { partnershipId: salten.partnershipId, unitIds: salten.unitIds.slice(0, 1), groups: [] })
    await prisma.surveyWaveInstrument.create({ data: { partnershipId: salten.partnershipId, waveId: wave.id, group: 'PARENTS', versionId: version.id } })
    const frozen = await prisma.surveyInstrumentVersion.findUniqueOrThrow({ where: { id: version.id } })
    expect(frozen.frozenAt).not.toBeNull()
    await expect(prisma.surveyInstrumentVersion.update({ where: { id: version.id }, data: { content: starterLibrary.PARENTS } })).rejects.toThrow(/frozen/)
    await expect(prisma.surveyInstrumentVersion.update({ where: { id: version.id }, data: { frozenAt: null } })).rejects.toThrow(/frozen/)
    // …and a wave cannot use another group's version for a group.
    await expect(
      prisma.surveyWaveInstrument.create({ data: { partnershipId: salten.partnershipId, waveId: wave.id, group: 'TEACHERS', versionId: version.id } }),
    ).rejects.toThrow(/not for this group/)
  })

  it('spends a code once, with no draft left, and never changes an answer', async () => {
    const wave = await createWaveRow(prisma, { partnershipId: salten.partnershipId, unitIds: salten.unitIds.slice(0, 1) })
    await issueCodeRows(prisma, wave, salten.unitIds[0]!, 'PUPILS_8_10', 2)
    const [a, b] = await prisma.surveyCode.findMany({ where: { waveId: wave.id } })
    await expect(prisma.surveyCode.update({ where: { id: a!.id }, data: { spentOn: new Date(), draft: { 'le-safe': 4 } } })).rejects.toThrow(/SurveyCode_spent_check/)
    await prisma.surveyCode.update({ where: { id: a!.id }, data: { spentOn: new Date(), draft: Prisma.DbNull } })
    await expect(prisma.surveyCode.update({ where: { id: a!.id }, data: { draft: { 'le-safe': 4 } } })).rejects.toThrow(/spent code/)
    const version = await prisma.surveyWaveInstrument.findFirstOrThrow({ where: { waveId: wave.id } })
    const answer = await prisma.surveyAnswer.create({
      data: { partnershipId: salten.partnershipId, waveId: wave.id, unitId: salten.unitIds[0]!, group: 'PUPILS_8_10', versionId: version.versionId, answeredOn: new Date(), values: { 'le-safe': 4 } },
    })
    await expect(prisma.surveyAnswer.update({ where: { id: answer.id }, data: { values: { 'le-safe': 5 } } })).rejects.toThrow(/never changed/)
    expect(b!.spentOn).toBeNull()
  })

  it('keeps a code’s and an answer’s class at their own unit in the wave, and never deletes a class that has them', async () => {
    const [own, other] = await prisma.unit.findMany({ where: { id: { in: salten.unitIds.slice(0, 2) } }, select: { id: true, kind: true } })
    const wave = await createWaveRow(prisma, { partnershipId: salten.partnershipId, unitIds: [own!.id] })
    const ownClass = await createUnitGroup(prisma, own!)
    const otherClass = await createUnitGroup(prisma, other!)
    await issueCodeRows(prisma, wave, own!.id, 'PUPILS_8_10', 1, ownClass.id)
    await expect(issueCodeRows(prisma, wave, own!.id, 'PUPILS_8_10', 1, otherClass.id)).rejects.toThrow(/belongs to the unit/)
    const version = await prisma.surveyWaveInstrument.findFirstOrThrow({ where: { waveId: wave.id } })
    const answer = (classId: string) => ({ partnershipId: salten.partnershipId, waveId: wave.id, unitId: own!.id, classId, group: 'PUPILS_8_10' as const, versionId: version.versionId, answeredOn: new Date(), values: {} })
    await prisma.surveyAnswer.create({ data: answer(ownClass.id) })
    await expect(prisma.surveyAnswer.create({ data: answer(otherClass.id) })).rejects.toThrow(/belongs to the unit/)
    // A class of the right unit, but the row claims another tenant: refused too (the wave unit is not that tenant's).
    await expect(prisma.surveyAnswer.create({ data: { ...answer(ownClass.id), partnershipId: sunnmore.partnershipId } })).rejects.toThrow()
    const [code] = await prisma.surveyCode.findMany({ where: { waveId: wave.id } })
    await expect(prisma.surveyCode.update({ where: { id: code!.id }, data: { classId: otherClass.id } })).rejects.toThrow(/belongs to the unit/)
    await expect(prisma.unitGroup.delete({ where: { id: ownClass.id } })).rejects.toThrow()
    await expect(prisma.unitGroup.update({ where: { id: ownClass.id }, data: { unitId: other!.id } })).rejects.toThrow(/stays at its unit/)
    expect(await prisma.surveyAnswer.count({ where: { classId: ownClass.id } })).toBe(1)
  })

  it('refuses an answer for a unit that is not in the wave', async () => {
    const wave = await createWaveRow(prisma, { partnershipId: salten.partnershipId, unitIds: salten.unitIds.slice(0, 1) })
    const version = await prisma.surveyWaveInstrument.findFirstOrThrow({ where: { waveId: wave.id } })
    await expect(
      prisma.surveyAnswer.create({
        data: { partnershipId: salten.partnershipId, waveId: wave.id, unitId: salten.unitIds[1]!, group: 'PUPILS_8_10', versionId: version.versionId, answeredOn: new Date(), values: {} },
      }),
    ).rejects.toThrow()
  })

  it('hides another tenant’s waves, codes and answers (row-level security)', async () => {
    const wave = await createWaveRow(prisma, { partnershipId: sunnmore.partnershipId, unitIds: sunnmore.unitIds.slice(0, 1) })
    await issueCodeRows(prisma, wave, sunnmore.unitIds[0]!, 'PUPILS_8_10', 1)
    const seen = await withTenants(prisma, [salten.partnershipId], async (tx) => ({
      waves: await tx.surveyWave.count({ where: { id: wave.id } }),
      codes: await tx.surveyCode.count({ where: { waveId: wave.id } }),
    }))
    expect(seen).toEqual({ waves: 0, codes: 0 })
  })
})
