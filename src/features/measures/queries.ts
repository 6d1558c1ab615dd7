import 'server-only'
import type { MeasureLevel, MeasureStatus, ProgressStage, SectorGoal, Theme, VisitKind } from '@/generated/prisma/enums'
import { can, requirePermission, type Actor } from '@/server/authz/actor'
import {
  developmentManageScope,
  fundingReadScope,
  measureReadScope,
  partnershipScope,
  planReadScope,
  planWriteScope,
  unitAssessScope,
  unitServeScope,
  universityServeScope,
  visitReadScope,
} from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import { isUuid } from '@/lib/uuid'
import { LEVELS, SECTOR_GOALS, THEMES, type TMeasureFilters } from './schemas'

export interface TOption {
  id: string
  name: string
}

export interface TMeasureRow {
  id: string
  title: string
  partnershipName: string
  themes: Theme[]
  sectorGoals: SectorGoal[]
  level: MeasureLevel
  status: MeasureStatus
  year: number | null
  universityName: string | null
  unitCount: number
}

/** One cell of the overview: measures and distinct units for a theme and a sector goal. */
export interface TOverviewCell {
  theme: Theme
  sectorGoal: SectorGoal
  measures: number
  units: number
}

/** What the form for a new or changed measure may choose from, per partnership the actor keeps. */
export interface TMeasureFormOptions {
  partnershipId: string
  partnershipName: string
  units: TOption[]
  universities: (TOption & { facilitators: TOption[] })[]
  grantYears: { id: string; year: number }[]
  decisions: { id: string; reference: string; text: string }[]
}

/** The overview by theme × sector goal, counted from the measures given (with their unit ids). */
export function themeGoalOverview(measures: { themes: Theme[]; sectorGoals: SectorGoal[]; unitIds: string[] }[]): TOverviewCell[] {
  return THEMES.flatMap((theme) =>
    SECTOR_GOALS.map((sectorGoal) => {
      const hits = measures.filter((m) => m.themes.includes(theme) && m.sectorGoals.includes(sectorGoal))
      return { theme, sectorGoal, measures: hits.length, units: new Set(hits.flatMap((m) => m.unitIds)).size }
    }),
  ).filter((c) => c.measures > 0)
}

/** The measures the actor reads, filtered; the overview of the same rows; the years to filter by; and the forms the actor may use. */
export async function getMeasures(db: Db, actor: Actor, filters: TMeasureFilters) {
  requirePermission(actor, 'read:partnership')
  return withActorTenants(db, actor, async (tx) => {
    const rows = await tx.measure.findMany({
      where: {
        AND: [
          measureReadScope(actor),
          filters.theme ? { themes: { has: filters.theme } } : {},
          filters.level ? { level: filters.level } : {},
          filters.status ? { status: filters.status } : {},
          filters.year ? { grantYear: { year: filters.year } } : {},
        ],
      },
      orderBy: [{ grantYear: { year: 'desc' } }, { priority: 'asc' }, { title: 'asc' }],
      take: 500,
      select: {
        id: true,
        title: true,
        themes: true,
        sectorGoals: true,
        level: true,
        status: true,
        partnership: { select: { name: true } },
        grantYear: { select: { year: true } },
        university: { select: { name: true } },
        units: { select: { unitId: true } },
      },
    })
    const years = await tx.grantYear.findMany({ where: { partnership: partnershipScope(actor), measures: { some: {} } }, distinct: ['year'], orderBy: { year: 'desc' }, select: { year: true } })
    const measures: TMeasureRow[] = rows.map((m) => ({
      id: m.id,
      title: m.title,
      partnershipName: m.partnership.name,
      themes: m.themes,
      sectorGoals: m.sectorGoals,
      level: m.level,
      status: m.status,
      year: m.grantYear?.year ?? null,
      universityName: m.university?.name ?? null,
      unitCount: m.units.length,
    }))
    const overview = themeGoalOverview(rows.map((m) => ({ ...m, unitIds: m.units.map((u) => u.unitId) })))
    const forms = can(actor, 'manage:development') ? await measureFormOptions(tx, actor) : []
    return { measures, overview, years: years.map((y) => y.year), forms }
  })
}

/** Choices for the measure form in each partnership the actor keeps (developmentManageScope). */
async function measureFormOptions(tx: Tx, actor: Actor, only?: string): Promise<TMeasureFormOptions[]> {
  const partnerships = await tx.partnership.findMany({
    where: { AND: [developmentManageScope(actor), only ? { id: only } : {}] },
    orderBy: { name: 'asc' },
    select: {
      id: true,
      name: true,
      owners: { where: { leftOn: null }, select: { owner: { select: { ownedUnits: { where: { active: true }, orderBy: { name: 'asc' }, select: { id: true, name: true } } } } } },
      universities: { select: { university: { select: { id: true, name: true } } } },
      grantYears: { orderBy: { year: 'desc' }, select: { id: true, year: true } },
      decisions: { orderBy: { decidedOn: 'desc' }, take: 50, select: { id: true, reference: true, text: true } },
    },
  })
  const universityIds = partnerships.flatMap((p) => p.universities.map((u) => u.university.id))
  const people = await tx.membership.findMany({
    where: { role: 'UNIVERSITY_PARTNER', endedAt: null, user: { disabledAt: null }, organisationId: { in: universityIds } },
    orderBy: { user: { name: 'asc' } },
    select: { organisationId: true, user: { select: { id: true, name: true } } },
  })
  return partnerships.map((p) => ({
    partnershipId: p.id,
    partnershipName: p.name,
    units: p.owners.flatMap((o) => o.owner.ownedUnits).sort((a, b) => a.name.localeCompare(b.name, 'nb')),
    universities: p.universities.map(({ university }) => ({
      ...university,
      facilitators: people.filter((m) => m.organisationId === university.id).map((m) => m.user),
    })),
    grantYears: p.grantYears,
    decisions: p.decisions.map((d) => ({ ...d, text: d.text.slice(0, 80) })),
  }))
}

export interface TVisitRow {
  id: string
  kind: VisitKind
  visitedOn: Date
  durationMinutes: number
  notes: string
  unitName: string
  universityName: string
  facilitatorName: string | null
  measure: TOption | null
  orderTitle: string | null
}

const visitSelect = {
  id: true,
  kind: true,
  visitedOn: true,
  durationMinutes: true,
  notes: true,
  unit: { select: { name: true } },
  university: { select: { name: true } },
  createdBy: { select: { name: true } },
  measure: { select: { id: true, title: true } },
  order: { select: { title: true } },
} as const

function visitRow(v: {
  id: string
  kind: VisitKind
  visitedOn: Date
  durationMinutes: number
  notes: string
  unit: { name: string }
  university: { name: string }
  createdBy: { name: string } | null
  measure: { id: string; title: string } | null
  order: { title: string } | null
}): TVisitRow {
  return {
    id: v.id,
    kind: v.kind,
    visitedOn: v.visitedOn,
    durationMinutes: v.durationMinutes,
    notes: v.notes,
    unitName: v.unit.name,
    universityName: v.university.name,
    facilitatorName: v.createdBy?.name ?? null,
    measure: v.measure ? { id: v.measure.id, name: v.measure.title } : null,
    orderTitle: v.order?.title ?? null,
  }
}

export interface TMeasureDetail {
  id: string
  partnershipName: string
  title: string
  description: string | null
  themes: Theme[]
  sectorGoals: SectorGoal[]
  level: MeasureLevel
  status: MeasureStatus
  startsOn: Date | null
  endsOn: Date | null
  year: number | null
  budgetOre: bigint | null
  priority: number | null
  decision: { reference: string; text: string } | null
  university: TOption | null
  units: TOption[]
  facilitators: TOption[]
  /** Null when the actor may not read the partnership's money. */
  spending: { rows: { id: string; recipientName: string; spentOn: Date; amountOre: bigint; description: string }[]; totalOre: bigint } | null
  visits: TVisitRow[]
  /** The form's choices when the actor keeps this measure, with the current values. */
  form: (TMeasureFormOptions & { values: { unitIds: string[]; facilitatorIds: string[]; universityId: string | null; grantYearId: string | null; decisionId: string | null } }) | null
}

/** One measure the actor reads; its spending only with read:funding on the partnership, its visits only those the actor reads. */
export async function getMeasure(db: Db, actor: Actor, measureId: string): Promise<TMeasureDetail | null> {
  requirePermission(actor, 'read:partnership')
  if (!isUuid(measureId)) return null
  return withActorTenants(db, actor, async (tx) => {
    const m = await tx.measure.findFirst({
      where: { AND: [{ id: measureId }, measureReadScope(actor)] },
      select: {
        id: true,
        partnershipId: true,
        title: true,
        description: true,
        themes: true,
        sectorGoals: true,
        level: true,
        status: true,
        startsOn: true,
        endsOn: true,
        budgetOre: true,
        priority: true,
        grantYearId: true,
        decisionId: true,
        partnership: { select: { name: true } },
        grantYear: { select: { year: true } },
        decision: { select: { reference: true, text: true } },
        university: { select: { id: true, name: true } },
        units: { orderBy: { unit: { name: 'asc' } }, select: { unit: { select: { id: true, name: true } } } },
        facilitators: { orderBy: { user: { name: 'asc' } }, select: { user: { select: { id: true, name: true } } } },
      },
    })
    if (!m) return null
    const readsFunding = can(actor, 'read:funding') && (await tx.partnership.count({ where: { AND: [{ id: m.partnershipId }, fundingReadScope(actor)] } })) > 0
    const [spendings, visits, forms] = await Promise.all([
      readsFunding
        ? tx.spending.findMany({
            where: { measureId: m.id },
            orderBy: { spentOn: 'asc' },
            select: { id: true, spentOn: true, amountOre: true, description: true, recipient: { select: { name: true } } },
          })
        : null,
      can(actor, 'read:visits')
        ? tx.uhVisit.findMany({ where: { AND: [{ measureId: m.id }, visitReadScope(actor)] }, orderBy: { visitedOn: 'desc' }, take: 100, select: visitSelect })
        : [],
      can(actor, 'manage:development') ? measureFormOptions(tx, actor, m.partnershipId) : [],
    ])
    const form = forms[0]
    return {
      id: m.id,
      partnershipName: m.partnership.name,
      title: m.title,
      description: m.description,
      themes: m.themes,
      sectorGoals: m.sectorGoals,
      level: m.level,
      status: m.status,
      startsOn: m.startsOn,
      endsOn: m.endsOn,
      year: m.grantYear?.year ?? null,
      budgetOre: m.budgetOre,
      priority: m.priority,
      decision: m.decision,
      university: m.university,
      units: m.units.map((u) => u.unit),
      facilitators: m.facilitators.map((f) => f.user),
      spending: spendings
        ? {
            rows: spendings.map((s) => ({ id: s.id, recipientName: s.recipient.name, spentOn: s.spentOn, amountOre: s.amountOre, description: s.description })),
            totalOre: spendings.reduce((sum, s) => sum + s.amountOre, 0n),
          }
        : null,
      visits: visits.map(visitRow),
      form: form
        ? {
            ...form,
            values: {
              unitIds: m.units.map((u) => u.unit.id),
              facilitatorIds: m.facilitators.map((f) => f.user.id),
              universityId: m.university?.id ?? null,
              grantYearId: m.grantYearId,
              decisionId: m.decisionId,
            },
          }
        : null,
    }
  })
}

export interface TPlanRow {
  id: string
  title: string
  partnershipName: string
  unitName: string | null
  startsOn: Date
  endsOn: Date | null
  levelsWritten: number
  lastReviewedOn: Date | null
}

/** Plans the actor reads, and where it may start a new one (its own unit, its partnership). */
export async function getPlans(db: Db, actor: Actor) {
  requirePermission(actor, 'read:partnership')
  return withActorTenants(db, actor, async (tx) => {
    const plans = await tx.developmentPlan.findMany({
      where: planReadScope(actor),
      orderBy: [{ unitId: { sort: 'asc', nulls: 'first' } }, { startsOn: 'desc' }],
      take: 300,
      select: {
        id: true,
        title: true,
        startsOn: true,
        endsOn: true,
        partnership: { select: { name: true } },
        unit: { select: { name: true } },
        _count: { select: { levels: true } },
        reviews: { orderBy: { reviewedOn: 'desc' }, take: 1, select: { reviewedOn: true } },
      },
    })
    const rows: TPlanRow[] = plans.map((p) => ({
      id: p.id,
      title: p.title,
      partnershipName: p.partnership.name,
      unitName: p.unit?.name ?? null,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      levelsWritten: p._count.levels,
      lastReviewedOn: p.reviews[0]?.reviewedOn ?? null,
    }))
    let targets: { value: string; label: string; kind: 'unit' | 'partnership' }[] = []
    if (can(actor, 'write:plan')) {
      const [units, partnerships] = await Promise.all([
        can(actor, 'assess:unit') ? tx.unit.findMany({ where: { AND: [unitAssessScope(actor), { owner: { partnershipOwners: { some: { leftOn: null, partnership: partnershipScope(actor) } } } }] }, orderBy: { name: 'asc' }, take: 200, select: { id: true, name: true } }) : [],
        can(actor, 'manage:development') ? tx.partnership.findMany({ where: developmentManageScope(actor), orderBy: { name: 'asc' }, select: { id: true, name: true } }) : [],
      ])
      targets = [
        ...partnerships.map((p) => ({ value: `partnership:${p.id}`, label: p.name, kind: 'partnership' as const })),
        ...units.map((u) => ({ value: `unit:${u.id}`, label: u.name, kind: 'unit' as const })),
      ]
    }
    return { plans: rows, targets }
  })
}

export interface TPlanDetail {
  id: string
  title: string
  partnershipName: string
  unitName: string | null
  startsOn: Date
  endsOn: Date | null
  canWrite: boolean
  levels: {
    level: MeasureLevel
    texts: { signsOfPractice: string; pictureOfFuture: string; methods: string } | null
    /** Oldest first: the track of the level over time. */
    reviews: { id: string; reviewedOn: Date; stage: ProgressStage; note: string; authorName: string | null }[]
  }[]
}

/** One plan the actor reads, with every level (written or not) and its reviews, oldest first. */
export async function getPlan(db: Db, actor: Actor, planId: string): Promise<TPlanDetail | null> {
  requirePermission(actor, 'read:partnership')
  if (!isUuid(planId)) return null
  return withActorTenants(db, actor, async (tx) => {
    const plan = await tx.developmentPlan.findFirst({
      where: { AND: [{ id: planId }, planReadScope(actor)] },
      select: {
        id: true,
        title: true,
        startsOn: true,
        endsOn: true,
        partnership: { select: { name: true } },
        unit: { select: { name: true } },
        levels: { select: { level: true, signsOfPractice: true, pictureOfFuture: true, methods: true } },
        reviews: { orderBy: [{ reviewedOn: 'asc' }, { createdAt: 'asc' }], select: { id: true, level: true, reviewedOn: true, stage: true, note: true, createdById: true } },
      },
    })
    if (!plan) return null
    const canWrite = can(actor, 'write:plan') && (await tx.developmentPlan.count({ where: { AND: [{ id: plan.id }, planWriteScope(actor)] } })) > 0
    const authorIds = [...new Set(plan.reviews.map((r) => r.createdById).filter((id): id is string => !!id))]
    const authors = await tx.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } })
    return {
      id: plan.id,
      title: plan.title,
      partnershipName: plan.partnership.name,
      unitName: plan.unit?.name ?? null,
      startsOn: plan.startsOn,
      endsOn: plan.endsOn,
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

export interface TVisitFormOptions {
  units: TOption[]
  measures: TOption[]
  orders: TOption[]
}

/** The visits the actor reads (newest first) and, for a UH partner, what it may log a visit against. */
export async function getVisits(db: Db, actor: Actor): Promise<{ visits: TVisitRow[]; form: TVisitFormOptions | null }> {
  requirePermission(actor, 'read:visits')
  return withActorTenants(db, actor, async (tx) => {
    const visits = await tx.uhVisit.findMany({ where: { AND: [visitReadScope(actor), { partnership: partnershipScope(actor) }] }, orderBy: [{ visitedOn: 'desc' }, { createdAt: 'desc' }], take: 200, select: visitSelect })
    let form: TVisitFormOptions | null = null
    if (can(actor, 'serve:units')) {
      const served = await tx.partnershipUniversity.findMany({ where: { university: universityServeScope(actor) }, select: { partnershipId: true, universityId: true } })
      const partnershipIds = [...new Set(served.map((s) => s.partnershipId))]
      const [units, measures, orders] = await Promise.all([
        tx.unit.findMany({ where: unitServeScope(actor), orderBy: { name: 'asc' }, take: 1000, select: { id: true, name: true } }),
        tx.measure.findMany({ where: { partnershipId: { in: partnershipIds }, status: { in: ['PLANNED', 'ACTIVE'] } }, orderBy: { title: 'asc' }, select: { id: true, title: true } }),
        tx.uhOrder.findMany({ where: { OR: served.map((s) => ({ partnershipId: s.partnershipId, universityId: s.universityId })), status: 'AGREED' }, orderBy: { title: 'asc' }, select: { id: true, title: true } }),
      ])
      form = { units, measures: measures.map((m) => ({ id: m.id, name: m.title })), orders: orders.map((o) => ({ id: o.id, name: o.title })) }
    }
    return { visits: visits.map(visitRow), form }
  })
}
