import { randomBytes } from 'node:crypto'
import { Prisma, type PrismaClient, type Role } from '../../src/generated/prisma/client'
import { loadActor } from '../../src/server/authz/actor'
import { hashSessionToken } from '../../src/server/auth/session-token'
import { newSurveyCode } from '../../src/features/surveys/codes'
import { issueSurveyCodes } from '../../src/features/surveys/issue-survey-codes'
import { starterLibrary } from '../../src/features/surveys/instruments/library'
import type { TInstrumentContent } from '../../src/features/surveys/instruments/schemas'
import { schoolYearOf } from '../../src/lib/school-year'
import { createWaveRow } from '../../tests/factories/surveys'
import { NATIONAL_EMAIL_DOMAIN } from '../../prisma/seed/national-people'
import type { TPersona } from './database'
import { benchInstrument } from './survey-instrument'
import { planClasses } from './survey-plan'
import { seededRandom } from './survey-form'

// The survey stage's data on the bench database: a wave of the first principal's partnership
// over its lower-secondary schools, a 40-item instrument, classes, and single-use codes issued by
// the partnership's secretariat through the real use case. Removed again at the end (the wave
// cascades to its codes and answers; then its classes), so runs do not pile answers up.

export const BENCH_SERIES = 'Samkomp-benk'

async function sessionFor(prisma: PrismaClient, role: Role, userId: string, email: string | null): Promise<TPersona> {
  const token = `bench-${randomBytes(24).toString('hex')}`
  await prisma.session.create({ data: { sessionToken: hashSessionToken(token), userId, expires: new Date(Date.now() + 3 * 3_600_000) } })
  return { role, email: email ?? '', userId, token }
}

/**
 * Who reads the wave's results: the first principal (rektor.1), the staff of that school's owner,
 * the county governor's office over the partnership, and its secretariat (who issues the codes).
 */
export async function surveyPeople(prisma: PrismaClient) {
  const principal = await prisma.user.findUniqueOrThrow({ where: { email: `rektor.1@${NATIONAL_EMAIL_DOMAIN}` }, select: { id: true, email: true, memberships: { where: { role: 'PRINCIPAL' }, select: { unit: { select: { id: true, ownerId: true } } } } } })
  const school = principal.memberships[0]?.unit
  if (!school) throw new Error('rektor.1 has no school: is the bench database seeded with national data?')
  const link = await prisma.partnershipOwner.findFirstOrThrow({ where: { ownerId: school.ownerId }, select: { partnership: { select: { id: true, name: true, governorOffice: { select: { organisation: { select: { id: true } } } } } } } })
  const p = link.partnership
  const first = (role: Role, where: object) => prisma.membership.findFirstOrThrow({ where: { role, ...where }, orderBy: { user: { email: 'asc' } }, select: { user: { select: { id: true, email: true } } } })
  const owner = await first('SCHOOL_OWNER', { organisationId: school.ownerId })
  const county = await first('COUNTY_GOVERNOR_STAFF', { organisationId: p.governorOffice.organisation?.id })
  const secretariat = await first('FORUM_SECRETARIAT', { partnershipId: p.id })
  const personas = [
    await sessionFor(prisma, 'PRINCIPAL', principal.id, principal.email),
    await sessionFor(prisma, 'SCHOOL_OWNER', owner.user.id, owner.user.email),
    await sessionFor(prisma, 'COUNTY_GOVERNOR_STAFF', county.user.id, county.user.email),
    await sessionFor(prisma, 'FORUM_SECRETARIAT', secretariat.user.id, secretariat.user.email),
  ]
  return { partnership: { id: p.id, name: p.name }, principalSchoolId: school.id, personas }
}

/** Removes waves a run left behind (interrupted), with their classes. */
export async function removeBenchWaves(prisma: PrismaClient, partnershipId?: string) {
  const waves = await prisma.surveyWave.findMany({ where: { series: { startsWith: BENCH_SERIES }, ...(partnershipId ? { partnershipId } : {}) }, select: { id: true } })
  for (const w of waves) {
    const classIds = (await prisma.surveyCode.findMany({ where: { waveId: w.id, classId: { not: null } }, distinct: ['classId'], select: { classId: true } })).map((c) => c.classId!)
    const instruments = await prisma.surveyWaveInstrument.findMany({ where: { waveId: w.id }, select: { version: { select: { instrumentId: true } } } })
    await prisma.surveyWave.delete({ where: { id: w.id } })
    await prisma.surveyInstrument.deleteMany({ where: { id: { in: instruments.map((i) => i.version.instrumentId) } } })
    await prisma.unitGroup.deleteMany({ where: { id: { in: classIds }, surveyAnswers: { none: {} }, surveyCodes: { none: {} } } })
  }
  return waves.length
}

async function createInstrument(prisma: PrismaClient, partnershipId: string, waveId: string, content: TInstrumentContent) {
  const instrument = await prisma.surveyInstrument.create({ data: { partnershipId, group: 'PUPILS_8_10', name: `${content.title.nb} (40 spørsmål)`, libraryKey: 'PUPILS_8_10' } })
  const version = await prisma.surveyInstrumentVersion.create({ data: { partnershipId, instrumentId: instrument.id, version: 1, content } })
  await prisma.surveyWaveInstrument.create({ data: { partnershipId, waveId, group: 'PUPILS_8_10', versionId: version.id } })
}

/**
 * The wave, open today, over the partnership's lower-secondary schools, with `answers` codes in
 * classes. Returns the codes in plain text (the only place they exist) in issuing order.
 */
export async function prepareSurveyWave(prisma: PrismaClient, o: { partnershipId: string; secretariatUserId: string; answers: number; items: number; perPage: number; log: (line: string) => void }) {
  const started = performance.now()
  const content = benchInstrument(starterLibrary.PUPILS_8_10, o.items, o.perPage)
  const schools = await prisma.unit.findMany({
    where: { kind: 'SCHOOL', active: true, levels: { has: 'LOWER_SECONDARY' }, owner: { partnershipOwners: { some: { partnershipId: o.partnershipId } } } },
    orderBy: { name: 'asc' },
    select: { id: true, pupilCount: true },
  })
  const wave = await createWaveRow(prisma, { partnershipId: o.partnershipId, unitIds: schools.map((s) => s.id), groups: [], name: 'Kultur for læring (benk)', series: `${BENCH_SERIES} ${new Date().toISOString()}` })
  await prisma.surveyWave.update({ where: { id: wave.id }, data: { suppression: { minimum: 7, perIndicator: { bullying: 10 } } } })
  await createInstrument(prisma, o.partnershipId, wave.id, content)
  const plan = planClasses(schools.map((s) => ({ id: s.id, pupils: s.pupilCount })), o.answers, seededRandom(16))
  const schoolYear = schoolYearOf(new Date())
  const classes = await prisma.unitGroup.createManyAndReturn({
    data: plan.map((c) => ({ unitId: c.unitId, kind: 'SCHOOL_CLASS' as const, grade: c.grade, name: c.name, schoolYear })),
    select: { id: true },
  })
  const actor = (await loadActor(prisma, o.secretariatUserId))!
  const codes: string[] = []
  for (const [i, c] of plan.entries()) {
    for (let from = 0; from < c.size; from += 60) {
      const batch = Array.from({ length: Math.min(60, c.size - from) }, newSurveyCode)
      const issued = await issueSurveyCodes(prisma, actor, { waveId: wave.id, unitId: c.unitId, group: 'PUPILS_8_10', classId: classes[i]!.id, codes: batch })
      if (!issued.ok) throw new Error(`issuing codes for class ${c.name}: ${issued.error}`)
      codes.push(...batch)
    }
  }
  o.log(`survey wave: ${schools.length} schools, ${plan.length} classes, ${codes.length} codes, ${content.pages.length} pages of ${o.perPage} (${o.items} items), ready in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return { waveId: wave.id, content, codes, schools: schools.length, classes: plan.length, smallClasses: plan.filter((c) => c.size < 7).length }
}

/** What the database holds after the load: answers, spent and unspent codes, drafts left behind. */
export async function storedCounts(prisma: PrismaClient, waveId: string) {
  const [answers, spent, unspent, drafts] = await Promise.all([
    prisma.surveyAnswer.count({ where: { waveId } }),
    prisma.surveyCode.count({ where: { waveId, spentOn: { not: null } } }),
    prisma.surveyCode.count({ where: { waveId, spentOn: null } }),
    prisma.surveyCode.count({ where: { waveId, spentOn: null, NOT: { draft: { equals: Prisma.DbNull } } } }),
  ])
  return { answers, spent, unspent, drafts }
}
