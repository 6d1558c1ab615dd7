/**
 * Factories for measures, development plans and UH visits, shared by the tests and the demo seed
 * (prisma/seed/demo-measures.ts). They write rows directly: use them to set the scene, never to
 * stand in for the use cases under test.
 */
import type { MeasureLevel, Prisma, ProgressStage, VisitKind } from '@/generated/prisma/client'
import { unique } from './index'

type Tx = Prisma.TransactionClient

export type TLevelTexts = { signsOfPractice: string; pictureOfFuture: string; methods: string }

/** A development plan (the partnership's when `unitId` is absent) with the given levels written. */
export async function createDevelopmentPlan(
  db: Tx,
  data: { partnershipId: string; unitId?: string | null; title?: string; startsOn?: Date; endsOn?: Date | null; createdById?: string | null; levels?: Partial<Record<MeasureLevel, TLevelTexts>> },
) {
  const plan = await db.developmentPlan.create({
    data: {
      partnershipId: data.partnershipId,
      unitId: data.unitId ?? null,
      title: data.title ?? unique('Utviklingsplan'),
      startsOn: data.startsOn ?? new Date('2025-08-01'),
      endsOn: data.endsOn ?? null,
      createdById: data.createdById ?? null,
    },
  })
  const levels = Object.entries(data.levels ?? {}) as [MeasureLevel, TLevelTexts][]
  if (levels.length) await db.planLevel.createMany({ data: levels.map(([level, texts]) => ({ partnershipId: data.partnershipId, planId: plan.id, level, ...texts })) })
  return plan
}

/** Progress reviews of a plan, in the order given. */
export async function createPlanReviews(
  db: Tx,
  plan: { id: string; partnershipId: string },
  reviews: { level: MeasureLevel; reviewedOn: Date; stage: ProgressStage; note: string; createdById?: string | null }[],
) {
  await db.planReview.createMany({ data: reviews.map((r) => ({ partnershipId: plan.partnershipId, planId: plan.id, createdById: r.createdById ?? null, ...r })) })
}

/** A UH visit at a unit, by a university, in a partnership. */
export async function createUhVisit(
  db: Tx,
  data: { partnershipId: string; unitId: string; universityId: string; kind?: VisitKind; visitedOn?: Date; durationMinutes?: number; notes?: string; measureId?: string | null; orderId?: string | null; createdById?: string | null },
) {
  return db.uhVisit.create({
    data: {
      kind: 'VISIT',
      visitedOn: new Date('2026-09-15'),
      durationMinutes: 120,
      notes: unique('Besøksnotat'),
      ...data,
    },
  })
}

/** Facilitators (users) on a measure. */
export async function addFacilitators(db: Tx, measure: { id: string; partnershipId: string }, userIds: string[]) {
  await db.measureFacilitator.createMany({ data: userIds.map((userId) => ({ partnershipId: measure.partnershipId, measureId: measure.id, userId })), skipDuplicates: true })
}
