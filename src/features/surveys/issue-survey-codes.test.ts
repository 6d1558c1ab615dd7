import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { createWaveRow } from '~tests/factories/surveys'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { newSurveyCode } from './codes'
import { findCodeSession } from './answering/code-session'
import { submitSurveyAnswer } from './answering/answer'
import { issueSurveyCodes } from './issue-survey-codes'
import { createUnitGroup } from '~tests/factories/staff'
import { schoolYearOf } from '@/lib/school-year'

const { prisma, seeded } = await createTestDb({ demo: true })
const salten = seeded['salten-kan']!
const actorFor = async (email: string): Promise<Actor> => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
const principal = await actorFor(demoPeople.principal.email)
const ownUnit = principal.memberships.find((m) => m.unitId)!.unitId!
const otherUnit = salten.unitIds.find((u) => u !== ownUnit)!

describe('issuing codes', () => {
  it('stores only the hashes, for the own unit of an open wave; the printed codes open the survey; the audit row names no code', async () => {
    const wave = await createWaveRow(prisma, { partnershipId: salten.partnershipId, unitIds: [ownUnit, otherUnit] })
    const codes = [newSurveyCode(), newSurveyCode()]
    expect(await issueSurveyCodes(prisma, principal, { waveId: wave.id, unitId: ownUnit, group: 'PUPILS_8_10', codes })).toMatchObject({ ok: true })
    const stored = await prisma.surveyCode.findMany({ where: { waveId: wave.id } })
    expect(stored.map((c) => c.codeHash)).not.toContain(codes[0])
    expect((await findCodeSession(prisma, codes[0]!))?.unitId).toBe(ownUnit)
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'survey_codes.issue', entityId: wave.id } })
    expect(JSON.stringify(audit.data)).not.toContain(codes[0]!.slice(0, 5))
    expect(audit.data).toMatchObject({ count: 2, unitId: ownUnit })
  })

  it('refuses another unit, a closed wave, a staff group and a malformed code, and writes nothing', async () => {
    const wave = await createWaveRow(prisma, { partnershipId: salten.partnershipId, unitIds: [ownUnit, otherUnit] })
    const closed = await createWaveRow(prisma, { partnershipId: salten.partnershipId, unitIds: [ownUnit], closed: true })
    const codes = [newSurveyCode()]
    expect(await issueSurveyCodes(prisma, principal, { waveId: wave.id, unitId: otherUnit, group: 'PUPILS_8_10', codes })).toMatchObject({ ok: false })
    expect(await issueSurveyCodes(prisma, principal, { waveId: closed.id, unitId: ownUnit, group: 'PUPILS_8_10', codes })).toMatchObject({ ok: false })
    expect(await issueSurveyCodes(prisma, principal, { waveId: wave.id, unitId: ownUnit, group: 'TEACHERS', codes })).toMatchObject({ ok: false })
    expect(await issueSurveyCodes(prisma, principal, { waveId: wave.id, unitId: ownUnit, group: 'PUPILS_8_10', codes: ['AAAA0-00000'] })).toMatchObject({ ok: false })
    expect(await prisma.surveyCode.count({ where: { waveId: { in: [wave.id, closed.id] } } })).toBe(0)
  })

  it('issues codes for a class of the unit; the answer given with one carries the class, and nothing of the code', async () => {
    const wave = await createWaveRow(prisma, { partnershipId: salten.partnershipId, unitIds: [ownUnit, otherUnit] })
    const unit = await prisma.unit.findUniqueOrThrow({ where: { id: ownUnit }, select: { id: true, kind: true } })
    const klass = await createUnitGroup(prisma, unit, { schoolYear: schoolYearOf(wave.opensOn) })
    const codes = [newSurveyCode(), newSurveyCode()]
    expect(await issueSurveyCodes(prisma, principal, { waveId: wave.id, unitId: ownUnit, group: 'PUPILS_8_10', classId: klass.id, codes })).toMatchObject({
      ok: true,
      values: { count: 2, className: klass.name },
    })
    // A blank class field from the form means the unit as a whole.
    expect(await issueSurveyCodes(prisma, principal, { waveId: wave.id, unitId: ownUnit, group: 'PUPILS_8_10', classId: '', codes: [newSurveyCode()] })).toMatchObject({ ok: true })
    expect((await prisma.surveyCode.findMany({ where: { waveId: wave.id }, select: { classId: true } })).map((c) => c.classId).sort()).toEqual([klass.id, klass.id, null].sort())
    expect(await submitSurveyAnswer(prisma, codes[0]!, 0, { 'le-safe': '4' })).toEqual({ ok: true })
    const [answer] = await prisma.surveyAnswer.findMany({ where: { waveId: wave.id } })
    expect(answer).toMatchObject({ classId: klass.id, unitId: ownUnit })
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'survey_codes.issue', entityId: wave.id }, orderBy: { id: 'asc' } })
    expect(audit.data).toMatchObject({ classId: klass.id, count: 2 })
  })

  it('refuses a class of another unit, of another school year, or not a class id, and writes nothing', async () => {
    const wave = await createWaveRow(prisma, { partnershipId: salten.partnershipId, unitIds: [ownUnit, otherUnit] })
    const [own, other] = await Promise.all([ownUnit, otherUnit].map((id) => prisma.unit.findUniqueOrThrow({ where: { id }, select: { id: true, kind: true } })))
    const year = schoolYearOf(wave.opensOn)
    const elsewhere = await createUnitGroup(prisma, other!, { schoolYear: year })
    const lastYear = await createUnitGroup(prisma, own!, { schoolYear: year - 1 })
    const input = { waveId: wave.id, unitId: ownUnit, group: 'PUPILS_8_10', codes: [newSurveyCode()] }
    expect(await issueSurveyCodes(prisma, principal, { ...input, classId: elsewhere.id })).toEqual({ ok: false, error: 'classNotFound', fields: ['classId'] })
    expect(await issueSurveyCodes(prisma, principal, { ...input, classId: lastYear.id })).toEqual({ ok: false, error: 'classNotFound', fields: ['classId'] })
    expect(await issueSurveyCodes(prisma, principal, { ...input, classId: '5A' })).toMatchObject({ ok: false, error: 'invalid', fields: ['classId'] })
    expect(await prisma.surveyCode.count({ where: { waveId: wave.id } })).toBe(0)
  })
})
