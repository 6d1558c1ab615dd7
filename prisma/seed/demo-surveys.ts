import type { PrismaClient } from '@/generated/prisma/client'
import { hashSurveyCode } from '@/features/surveys/codes'
import { allItems } from '@/features/surveys/instruments/schemas'
import { starterLibrary } from '@/features/surveys/instruments/library'
import { createWaveRow, issueCodeRows } from '~tests/factories/surveys'
import { createUnitGroup } from '~tests/factories/staff'
import { schoolYearOf } from '@/features/staff/schemas'
import { demoPeople, type TDemoSeeded } from './demo'
import { createRandom } from './random'

/** Printed on the demo principal's code sheet; in demo data only (the browser tests answer with them). */
export const DEMO_SURVEY_CODES = ['DEMXA-23452', 'DEMXA-23453', 'DEMXA-23454', 'DEMXA-23455', 'DEMXA-23456']

/**
 * Demo data for mapping surveys in Salten: "Kultur for læring" T1, closed last year, with answers
 * from pupils in 8.–10. at the partnership's schools (some schools below the threshold, so the
 * results page shows suppression; at the demo principal's school per class), and T2, open now, with codes at the demo principal's school.
 */
export async function seedDemoSurveys(db: PrismaClient, seeded: TDemoSeeded) {
  const salten = seeded['salten-kan']
  if (!salten) return
  const schools = await db.unit.findMany({ where: { id: { in: salten.unitIds }, kind: 'SCHOOL' }, orderBy: { name: 'asc' }, select: { id: true } })
  const rita = await db.user.findUniqueOrThrow({ where: { email: demoPeople.principal.email }, select: { memberships: { select: { unitId: true } } } })
  const ritaUnit = rita.memberships.find((m) => m.unitId)?.unitId ?? schools[0]!.id
  const series = 'Kultur for læring'

  const t1 = await createWaveRow(db, { partnershipId: salten.partnershipId, unitIds: schools.map((s) => s.id), name: 'Kultur for læring, høsten 2025', series, seriesIndex: 1, opensInDays: -400, closesInDays: -380, closed: true })
  const t1Version = await db.surveyWaveInstrument.findFirstOrThrow({ where: { waveId: t1.id } })
  const classes = await lastYearsClasses(db, t1.opensOn, schools.some((s) => s.id === ritaUnit) ? ritaUnit : null)
  const random = createRandom(16)
  const items = allItems(starterLibrary.PUPILS_8_10)
  const answers = schools.flatMap((school, i) =>
    Array.from({ length: school.id === ritaUnit && classes ? classes.sizes.reduce((a, b) => a + b, 0) : [14, 9, 3, 22, 11, 5, 16][i % 7]! }, (_, n) => ({
      partnershipId: salten.partnershipId,
      waveId: t1.id,
      unitId: school.id,
      classId: school.id === ritaUnit && classes ? (n < classes.sizes[0] ? classes.ids[0] : classes.ids[1]) : null,
      group: 'PUPILS_8_10' as const,
      versionId: t1Version.versionId,
      answeredOn: new Date(t1.opensOn.getTime() + random.int(0, 10) * 86_400_000),
      values: Object.fromEntries(items.map((item) => [item.key, item.scale === 'frequency' ? random.pick([1, 1, 1, 1, 2, 2, 3, 4]) : random.int(2, 5)])),
    })),
  )
  await db.surveyAnswer.createMany({ data: answers })

  const t2 = await createWaveRow(db, { partnershipId: salten.partnershipId, unitIds: schools.map((s) => s.id), name: 'Kultur for læring, høsten 2026', series, seriesIndex: 2, opensInDays: -3, closesInDays: 25 })
  await db.surveyCode.createMany({
    data: DEMO_SURVEY_CODES.map((code) => ({ partnershipId: salten.partnershipId, waveId: t2.id, unitId: ritaUnit, group: 'PUPILS_8_10' as const, codeHash: hashSurveyCode(code)! })),
  })
  await issueCodeRows(db, t2, ritaUnit, 'PUPILS_8_10', 20)
}

/**
 * T1's classes at the demo principal's school (issue 16: results per class): 9A, with the demo
 * teacher, and 10B of that school year. Their pupils' answers carry the class, 9 and 8 of them,
 * both at or above the threshold of 7 and none without a class, so the closed wave's results show
 * a row per class under the school. Null when the principal's school is not in the wave.
 */
async function lastYearsClasses(db: PrismaClient, opensOn: Date, unitId: string | null) {
  if (!unitId) return null
  const unit = { id: unitId, kind: 'SCHOOL' }
  const schoolYear = schoolYearOf(opensOn)
  const nineA = await createUnitGroup(db, unit, { name: '9A', grade: 9, schoolYear })
  const tenB = await createUnitGroup(db, unit, { name: '10B', grade: 10, schoolYear })
  const teacher = await db.membership.findFirst({ where: { user: { email: demoPeople.teacherSalten.email }, unitId, endedAt: null }, select: { id: true } })
  if (teacher) await db.unitGroupTeacher.create({ data: { groupId: nineA.id, membershipId: teacher.id } })
  return { ids: [nineA.id, tenB.id] as const, sizes: [9, 8] as const }
}
