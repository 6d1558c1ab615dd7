import { unique } from '~tests/factories'
import { createDevelopmentPlan, createUhVisit } from '~tests/factories/measures'
import { assignOrderFacilitator, createUhOrder } from '~tests/factories/needs'
import { addPlanReviewAction, createMeasureAction, createPlanAction, logVisitAction, savePlanLevelAction, updateMeasureAction } from '@/features/measures/actions'
import { getMeasure } from '@/features/measures/get-measure'
import { getMeasures } from '@/features/measures/get-measures'
import { getPlan } from '@/features/measures/get-plan'
import { getPlans } from '@/features/measures/get-plans'
import { getVisits } from '@/features/measures/get-visits'
import type { Actor } from '../actor'
import { GET as unitSearch } from '@/app/tiltak/enheter/route'
import { callAction, callRoute } from './adapters'
import { entry, listsRow } from './probe-builders'
import type { TMatrixContext, TProbes, TTenant } from './types'

/** The measure form as the browser posts it: every text field (blank ones as ''), the ticked boxes as lists. */
const measureForm = (fields: { title: string; status: string }) => ({
  ...fields,
  description: '',
  themes: ['READING'],
  level: 'UNIT',
  startsOn: '',
  endsOn: '',
  universityId: '',
  grantYearId: '',
  budget: '',
  decisionId: '',
  priority: '',
})

/** Probes for measures, development plans and UH visits (features/measures). Targets are written directly with prisma; actions are posted through their adapters. */
export function measuresProbes({ prisma, ids }: TMatrixContext): TProbes {
  const inTenant = (tenant: TTenant) => ({ owner: { partnershipOwners: { some: { partnershipId: ids[tenant], leftOn: null } } } })

  /** The actor's own unit (principal, head), else one its organisation owns (a school owner), when it lies in the tenant. */
  async function ownUnit(actor: Actor, tenant: TTenant) {
    const unitIds = actor.memberships.map((m) => m.unitId).filter((id): id is string => !!id)
    const orgIds = actor.memberships.map((m) => m.organisationId).filter((id): id is string => !!id)
    return (
      (await prisma.unit.findFirst({ where: { id: { in: unitIds }, ...inTenant(tenant) } })) ??
      prisma.unit.findFirst({ where: { ownerId: { in: orgIds }, ...inTenant(tenant) }, orderBy: { id: 'asc' } })
    )
  }

  /** A measure in the tenant, written directly. */
  const targetMeasure = (tenant: TTenant) => prisma.measure.create({ data: { partnershipId: ids[tenant], title: unique('Matrisetiltak'), level: 'UNIT', themes: ['READING'] } })

  /** The plan a writer would aim at: its own unit's when that unit is in the tenant, else the tenant's partnership plan. */
  async function targetPlan(actor: Actor, tenant: TTenant) {
    const unit = await ownUnit(actor, tenant)
    return createDevelopmentPlan(prisma, { partnershipId: ids[tenant], unitId: unit?.id ?? null, title: unique('Matriseplan') })
  }

  /** The actor's own university in the tenant, else the tenant's first. */
  async function universityFor(actor: Actor, tenant: TTenant) {
    const orgIds = actor.memberships.map((m) => m.organisationId).filter((id): id is string => !!id)
    const rows = await prisma.partnershipUniversity.findMany({ where: { partnershipId: ids[tenant] }, orderBy: { universityId: 'asc' }, select: { universityId: true } })
    return (rows.find((r) => orgIds.includes(r.universityId)) ?? rows[0]!).universityId
  }

  /**
   * Names the unit on an agreed order of that university, assigned to the actor as a UH
   * facilitator (written for everyone: only a facilitator at that university serves through it).
   */
  async function assignUnit(actor: Actor, tenant: TTenant, unit: { id: string; ownerId: string }) {
    const order = await createUhOrder(prisma, { partnershipId: ids[tenant], universityId: await universityFor(actor, tenant), ownerIds: [unit.ownerId], unitIds: [unit.id], status: 'AGREED' })
    await assignOrderFacilitator(prisma, order, actor.userId)
  }

  /** A visit for the reader to find: at its own unit, else at its owner's unit, else by its university, else the tenant's first unit and university. */
  async function targetVisit(actor: Actor, tenant: TTenant) {
    const orgIds = actor.memberships.map((m) => m.organisationId).filter((id): id is string => !!id)
    const firstUnit = () => prisma.unit.findFirstOrThrow({ where: inTenant(tenant), orderBy: { id: 'asc' } })
    const unit = (await ownUnit(actor, tenant)) ?? (await prisma.unit.findFirst({ where: { ownerId: { in: orgIds }, ...inTenant(tenant) }, orderBy: { id: 'asc' } })) ?? (await firstUnit())
    const university =
      (await prisma.organisation.findFirst({ where: { id: { in: orgIds }, kind: 'UNIVERSITY' } })) ??
      (await prisma.partnershipUniversity.findFirstOrThrow({ where: { partnershipId: ids[tenant] }, orderBy: { universityId: 'asc' }, select: { university: true } })).university
    await assignUnit(actor, tenant, unit)
    return createUhVisit(prisma, { partnershipId: ids[tenant], unitId: unit.id, universityId: university.id, notes: unique('Matrisebesøk') })
  }

  return {
    '/tiltak': entry('read:partnership', 'reads', async (actor, tenant) => {
      const target = await targetMeasure(tenant)
      return listsRow(async (paging) => (await getMeasures(prisma, actor, {}, paging)).measures, target.id)
    }),
    '/tiltak/[measureId]': entry('read:partnership', 'reads', async (actor, tenant) => {
      const target = await targetMeasure(tenant)
      return (await getMeasure(prisma, actor, target.id).catch(() => null)) !== null
    }),
    '/planer': entry('read:partnership', 'reads', async (actor, tenant) => {
      const target = await createDevelopmentPlan(prisma, { partnershipId: ids[tenant], title: unique('Matriseplan') })
      const list = await getPlans(prisma, actor).catch(() => null)
      return !!list?.plans.some((p) => p.id === target.id)
    }),
    '/planer/[planId]': entry('read:partnership', 'reads', async (actor, tenant) => {
      const target = await createDevelopmentPlan(prisma, { partnershipId: ids[tenant], title: unique('Matriseplan') })
      return (await getPlan(prisma, actor, target.id).catch(() => null)) !== null
    }),
    '/besok': entry('read:visits', 'readsVisits', async (actor, tenant) => {
      const target = await targetVisit(actor, tenant)
      const list = await getVisits(prisma, actor).catch(() => null)
      return !!list?.visits.some((v) => v.id === target.id)
    }),
    '/tiltak/enheter': entry('manage:development', 'managesDevelopment', async (actor, tenant) => {
      const unit = await prisma.unit.findFirstOrThrow({ where: { active: true, ...inTenant(tenant) }, orderBy: { id: 'asc' } })
      return callRoute(actor, unitSearch, {}, `?${new URLSearchParams({ partnerskap: ids[tenant], q: unit.name })}`)
    }),
    createMeasureAction: entry('manage:development', 'managesDevelopment', async (actor, tenant) => {
      const title = unique('Matrisetiltak')
      await callAction(actor, createMeasureAction, { partnershipId: ids[tenant], ...measureForm({ title, status: 'PLANNED' }) })
      return (await prisma.measure.count({ where: { partnershipId: ids[tenant], title } })) > 0
    }),
    updateMeasureAction: entry('manage:development', 'managesDevelopment', async (actor, tenant) => {
      const target = await targetMeasure(tenant)
      await callAction(actor, updateMeasureAction, { measureId: target.id, ...measureForm({ title: 'Endret i matrisen', status: 'ACTIVE' }) })
      return (await prisma.measure.findUniqueOrThrow({ where: { id: target.id } })).title === 'Endret i matrisen'
    }),
    createPlanAction: entry('write:plan', 'writesPlans', async (actor, tenant) => {
      const unit = await ownUnit(actor, tenant)
      const title = unique('Matriseplan')
      await callAction(actor, createPlanAction, { target: unit ? `unit:${unit.id}` : `partnership:${ids[tenant]}`, title, startsOn: '2026-08-01', endsOn: '' })
      return (await prisma.developmentPlan.count({ where: { partnershipId: ids[tenant], title } })) > 0
    }),
    savePlanLevelAction: entry('write:plan', 'writesPlans', async (actor, tenant) => {
      const plan = await targetPlan(actor, tenant)
      await callAction(actor, savePlanLevelAction, { planId: plan.id, level: 'UNIT', signsOfPractice: 'Tegn fra matrisen', pictureOfFuture: 'Bilde fra matrisen', methods: 'Metode fra matrisen' })
      return (await prisma.planLevel.count({ where: { planId: plan.id } })) > 0
    }),
    addPlanReviewAction: entry('write:plan', 'writesPlans', async (actor, tenant) => {
      const plan = await targetPlan(actor, tenant)
      await callAction(actor, addPlanReviewAction, { planId: plan.id, level: 'UNIT', reviewedOn: '2026-01-15', stage: 'STARTED', note: 'Vurdering fra matrisen' })
      return (await prisma.planReview.count({ where: { planId: plan.id } })) > 0
    }),
    logVisitAction: entry('serve:units', 'servesUnits', async (actor, tenant) => {
      const unit = await prisma.unit.findFirstOrThrow({ where: inTenant(tenant), orderBy: { id: 'asc' } })
      await assignUnit(actor, tenant, unit)
      const notes = unique('Matrisebesøk')
      await callAction(actor, logVisitAction, { unitId: unit.id, kind: 'VISIT', visitedOn: '2026-01-15', hours: '1', minutes: '30', notes, orderId: '', measureId: '' })
      return (await prisma.uhVisit.count({ where: { partnershipId: ids[tenant], notes } })) > 0
    }),
  }
}
