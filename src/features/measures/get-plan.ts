import 'server-only'
import type { MeasureLevel, ProgressStage } from '@/generated/prisma/enums'
import { can, type Actor } from '@/server/authz/actor'
import { planReadScope } from '@/server/authz/scopes'
import { readByIds } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { planHead, planHeadSelect, type TPlanHead } from './get-plans'
import { writablePlan } from './row-access'
import { LEVELS } from './schemas'

export interface TPlanLevelTexts {
  signsOfPractice: string
  pictureOfFuture: string
  methods: string
}

export interface TPlanReview {
  id: string
  reviewedOn: Date
  stage: ProgressStage
  note: string
  authorName: string | null
}

export interface TPlanDetail extends TPlanHead {
  canWrite: boolean
  levels: {
    level: MeasureLevel
    texts: TPlanLevelTexts | null
    /** Oldest first: the track of the level over time. */
    reviews: TPlanReview[]
  }[]
}

/** One plan the actor reads, with every level (written or not) and its reviews, oldest first. */
export async function getPlan(db: Db, actor: Actor, planId: string): Promise<TPlanDetail | null> {
  return readByIds(db, actor, 'read:partnership', [planId], async (tx) => {
    const plan = await tx.developmentPlan.findFirst({
      where: { AND: [{ id: planId }, planReadScope(actor)] },
      select: {
        ...planHeadSelect,
        levels: { select: { level: true, signsOfPractice: true, pictureOfFuture: true, methods: true } },
        reviews: { orderBy: [{ reviewedOn: 'asc' }, { createdAt: 'asc' }], select: { id: true, level: true, reviewedOn: true, stage: true, note: true, createdById: true } },
      },
    })
    if (!plan) return null
    const canWrite = can(actor, 'write:plan') && (await writablePlan(tx, actor, plan.id)) !== null
    const authorIds = [...new Set(plan.reviews.map((r) => r.createdById).filter((id): id is string => !!id))]
    const authors = await tx.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } })
    return {
      ...planHead(plan),
      canWrite,
      levels: LEVELS.map((level) => {
        const texts = plan.levels.find((l) => l.level === level)
        return {
          level,
          texts: texts ? { signsOfPractice: texts.signsOfPractice, pictureOfFuture: texts.pictureOfFuture, methods: texts.methods } : null,
          reviews: plan.reviews
            .filter((r) => r.level === level)
            .map((r) => ({ id: r.id, reviewedOn: r.reviewedOn, stage: r.stage, note: r.note, authorName: authors.find((a) => a.id === r.createdById)?.name ?? null })),
        }
      }),
    }
  })
}
