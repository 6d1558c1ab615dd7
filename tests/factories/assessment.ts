/**
 * Factories for self-assessments, shared by the assessment tests, the matrix probes and the demo
 * seed. They write directly (not through the use cases), for a test to aim the code under test at.
 */
import type { AssessmentPhase, Prisma, Theme, UnitKind } from '@/generated/prisma/client'
import { unique } from './index'

type Tx = Prisma.TransactionClient

/** A few statements to rate, in the areas of Udir's school self-assessment. */
export const SAMPLE_STATEMENTS: { area: string; text: string }[] = [
  { area: 'Læringsmiljø', text: 'Elevene opplever at de voksne bryr seg om dem.' },
  { area: 'Læringsmiljø', text: 'Vi griper raskt inn når noen blir holdt utenfor.' },
  { area: 'Profesjonsfellesskap', text: 'Vi planlegger undervisning sammen og deler erfaringer.' },
  { area: 'Ledelse', text: 'Ledelsen setter av tid til felles utviklingsarbeid.' },
]

export async function createStatementSet(
  db: Tx,
  data: { partnershipId: string; unitKind?: UnitKind; name?: string; active?: boolean; statements?: { area: string; text: string }[] },
) {
  const set = await db.statementSet.create({
    data: { partnershipId: data.partnershipId, unitKind: data.unitKind ?? 'SCHOOL', name: data.name ?? unique('Påstander'), active: data.active ?? true },
  })
  const statements = data.statements ?? SAMPLE_STATEMENTS
  await db.statement.createMany({ data: statements.map((s, i) => ({ partnershipId: data.partnershipId, setId: set.id, position: i + 1, area: s.area, text: s.text })) })
  return { set, statements: await db.statement.findMany({ where: { setId: set.id }, orderBy: { position: 'asc' } }) }
}

/**
 * An analysis of a unit, with counts for the set's statements in order (`ratings[i]` is
 * [small, some, large, veryLarge] for statement i + 1) and its prioritised areas.
 */
export async function createSelfAssessment(
  db: Tx,
  data: {
    partnershipId: string
    unitId: string
    statementSetId: string
    year: number
    phase?: AssessmentPhase
    sharedAt?: Date | null
    processPlan?: string
    unitData?: string
    ratings?: [number, number, number, number][]
    priorities?: { theme: Theme; title: string; goal: string }[]
  },
) {
  const assessment = await db.selfAssessment.create({
    data: {
      partnershipId: data.partnershipId,
      unitId: data.unitId,
      statementSetId: data.statementSetId,
      year: data.year,
      phase: data.phase ?? 'PLANNING',
      sharedAt: data.sharedAt ?? null,
      processPlan: data.processPlan ?? '',
      unitData: data.unitData ?? '',
    },
  })
  if (data.ratings?.length) {
    const statements = await db.statement.findMany({ where: { setId: data.statementSetId }, orderBy: { position: 'asc' }, select: { id: true } })
    await db.assessmentRating.createMany({
      data: data.ratings.slice(0, statements.length).map(([smallCount, someCount, largeCount, veryLargeCount], i) => ({
        partnershipId: data.partnershipId, assessmentId: assessment.id, statementId: statements[i]!.id, smallCount, someCount, largeCount, veryLargeCount,
      })),
    })
  }
  if (data.priorities?.length) {
    await db.assessmentPriority.createMany({ data: data.priorities.map((p, i) => ({ partnershipId: data.partnershipId, assessmentId: assessment.id, position: i + 1, ...p })) })
  }
  return assessment
}
