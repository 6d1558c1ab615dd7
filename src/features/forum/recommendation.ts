import 'server-only'
import type { MeasureLevel, SectorGoal, Theme } from '@/generated/prisma/enums'
import type { Actor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'
import { readForumRow } from './forum-access'

/** `?ar=2026`: a year between 2017 (when the scheme began) and 2100, or null for the newest. */
export function recommendationYear(value: string | null | undefined): number | null {
  if (!value || !/^\d{4}$/.test(value)) return null
  const year = Number(value)
  return year >= 2017 && year <= 2100 ? year : null
}

export interface TRecommendedMeasure {
  id: string
  priority: number | null
  title: string
  level: MeasureLevel
  themes: Theme[]
  sectorGoals: SectorGoal[]
  universityName: string | null
  budgetOre: bigint | null
  decisionReference: string
  units: { id: string; name: string; ownerId: string; ownerName: string }[]
}

export interface TRecommendation {
  forumId: string
  forumName: string
  partnershipName: string
  countyName: string
  year: number
  /** The years that have measures decided by this forum, newest first, for choosing another. */
  years: number[]
  generatedAt: Date
  /** In the order of the recommendation: by priority, then title; unprioritised last. */
  measures: TRecommendedMeasure[]
  decisions: { reference: string; decidedOn: Date; text: string }[]
}

/**
 * The yearly recommendation (innstilling) of a forum: the measures its decisions prioritised for a
 * year, with the units taking part, their owners and UH partner and the money proposed. A measure
 * belongs to the year of its grant year, or, before it has one, to the year of its decision.
 * Null when the actor may not read the forum (the same as a forum that does not exist).
 */
export async function getRecommendation(db: Db, actor: Actor, forumId: string, year: number | null): Promise<TRecommendation | null> {
  return readForumRow(db, actor, forumId, async (tx, row) => {
    const forum = await tx.forum.findFirst({
      where: row,
      select: { id: true, name: true, partnership: { select: { name: true, county: { select: { name: true } } } } },
    })
    if (!forum) return null
    const decided = await tx.measure.findMany({
      where: { decision: { forumId } },
      select: { grantYear: { select: { year: true } }, decision: { select: { decidedOn: true } } },
    })
    const yearOf = (m: (typeof decided)[number]) => m.grantYear?.year ?? m.decision!.decidedOn.getUTCFullYear()
    const years = [...new Set(decided.map(yearOf))].sort((a, b) => b - a)
    const chosen = year ?? years[0] ?? new Date().getFullYear()
    const yearStart = new Date(Date.UTC(chosen, 0, 1))
    const nextYear = new Date(Date.UTC(chosen + 1, 0, 1))

    const measures = await tx.measure.findMany({
      where: {
        decision: { forumId },
        OR: [{ grantYear: { year: chosen } }, { grantYearId: null, decision: { decidedOn: { gte: yearStart, lt: nextYear } } }],
      },
      orderBy: [{ priority: { sort: 'asc', nulls: 'last' } }, { title: 'asc' }],
      take: 500,
      select: {
        id: true,
        priority: true,
        title: true,
        level: true,
        themes: true,
        sectorGoals: true,
        budgetOre: true,
        university: { select: { name: true } },
        decision: { select: { reference: true, decidedOn: true, text: true } },
        units: { orderBy: { unit: { name: 'asc' } }, select: { unit: { select: { id: true, name: true, owner: { select: { id: true, name: true } } } } } },
      },
    })
    const decisions = new Map<string, { reference: string; decidedOn: Date; text: string }>()
    for (const m of measures) decisions.set(m.decision!.reference, m.decision!)
    return {
      forumId: forum.id,
      forumName: forum.name,
      partnershipName: forum.partnership.name,
      countyName: forum.partnership.county.name,
      year: chosen,
      years,
      generatedAt: new Date(),
      measures: measures.map((m) => ({
        id: m.id,
        priority: m.priority,
        title: m.title,
        level: m.level,
        themes: m.themes,
        sectorGoals: m.sectorGoals,
        universityName: m.university?.name ?? null,
        budgetOre: m.budgetOre,
        decisionReference: m.decision!.reference,
        units: m.units.map(({ unit }) => ({ id: unit.id, name: unit.name, ownerId: unit.owner.id, ownerName: unit.owner.name })),
      })),
      decisions: [...decisions.values()].sort((a, b) => a.decidedOn.getTime() - b.decidedOn.getTime() || a.reference.localeCompare(b.reference, 'nb')),
    }
  })
}
