import * as actions from '@/features/assessment/actions'
import { getAssessment, getAssessmentOverview, getStatementSets } from '@/features/assessment/queries'
import type { AssessmentPhase } from '@/generated/prisma/enums'
import { createSelfAssessment, createStatementSet as createSetDirectly } from '~tests/factories/assessment'
import type { Actor } from '../actor'
import { callAction } from './adapters'
import { entry } from './probe-builders'
import type { TMatrixContext, TProbes, TTenant } from './types'
import { unitTargets } from './unit-targets'

/**
 * Probes for self-assessments and statement sets. Targets are written directly with prisma (not
 * through the code under test) and removed after each probe, so the years of a unit (unique per
 * unit, 2017–2100 in the database) never run out however many people probe the same unit.
 * Actions are posted with the fields their forms send (src/features/assessment/components/forms.tsx):
 * counts as `<step>.<statement id>`, priorities as `theme.N`, `title.N`, `goal.N`.
 */
export function assessmentProbes(context: TMatrixContext): TProbes {
  const { prisma, ids } = context
  const { inTenant, targetUnit: readTarget } = unitTargets(context)

  /** The actor's own unit in the tenant, else (an attempt at someone else's) the tenant's first unit. */
  async function assessTarget(actor: Actor, tenant: TTenant) {
    const own = actor.memberships.map((m) => m.unitId).filter((id): id is string => !!id)
    const unit =
      (await prisma.unit.findFirst({ where: { id: { in: own }, ...inTenant(tenant) }, orderBy: { name: 'asc' } })) ??
      (await prisma.unit.findFirstOrThrow({ where: inTenant(tenant), orderBy: { name: 'asc' } }))
    return unit
  }

  /** The tenant's seeded active statement set for the unit's kind. */
  const setFor = (tenant: TTenant, unit: { kind: 'SCHOOL' | 'KINDERGARTEN' }) =>
    prisma.statementSet.findFirstOrThrow({ where: { partnershipId: ids[tenant], unitKind: unit.kind, active: true }, orderBy: { createdAt: 'asc' } })

  /** A year the unit has no analysis for yet, from the top of the allowed range down. */
  async function freeYear(unitId: string) {
    const taken = new Set((await prisma.selfAssessment.findMany({ where: { unitId }, select: { year: true } })).map((a) => a.year))
    let year = 2100
    while (taken.has(year)) year--
    return year
  }

  /** Runs `check` on an analysis written directly on `unit`, then removes it. */
  async function withAssessment(tenant: TTenant, unit: { id: string; kind: 'SCHOOL' | 'KINDERGARTEN' }, data: { phase?: AssessmentPhase; shared?: boolean }, check: (id: string) => Promise<boolean>) {
    const set = await setFor(tenant, unit)
    const a = await createSelfAssessment(prisma, { partnershipId: ids[tenant], unitId: unit.id, statementSetId: set.id, year: await freeYear(unit.id), phase: data.phase, sharedAt: data.shared ? new Date() : null })
    try {
      return await check(a.id)
    } finally {
      await prisma.selfAssessment.delete({ where: { id: a.id } })
    }
  }

  const read = async (actor: Actor, tenant: TTenant, check: (id: string) => Promise<boolean>) => withAssessment(tenant, await readTarget(actor, tenant), { shared: true }, check)
  const assess = async (actor: Actor, tenant: TTenant, data: { phase?: AssessmentPhase; shared?: boolean }, check: (id: string) => Promise<boolean>) =>
    withAssessment(tenant, await assessTarget(actor, tenant), data, check)
  const current = (id: string) => prisma.selfAssessment.findUniqueOrThrow({ where: { id } })

  return {
    '/egenvurdering': entry('read:assessment', 'readsAssessments', (actor, tenant) => read(actor, tenant, async (id) => ((await getAssessmentOverview(prisma, actor).catch(() => null))?.assessments ?? []).some((a) => a.id === id))),
    '/egenvurdering/[assessmentId]': entry('read:assessment', 'readsAssessments', (actor, tenant) => read(actor, tenant, async (id) => (await getAssessment(prisma, actor, id).catch(() => null)) !== null)),
    '/egenvurdering/pastander': entry('manage:development', 'managesDevelopment', async (actor, tenant) => {
      const sets = await getStatementSets(prisma, actor).catch(() => null)
      return !!sets && (sets.sets.some((s) => s.partnershipId === ids[tenant]) || sets.partnerships.some((p) => p.id === ids[tenant]))
    }),
    createStatementSetAction: entry('manage:development', 'managesDevelopment', async (actor, tenant) => {
      const name = `Matrise ${crypto.randomUUID()}`
      await callAction(actor, actions.createStatementSetAction, { partnershipId: ids[tenant], name, unitKind: 'KINDERGARTEN' })
      const created = await prisma.statementSet.findFirst({ where: { name, partnershipId: ids[tenant] } })
      // Out of the way of the start probes, which name the seeded set.
      if (created) await prisma.statementSet.update({ where: { id: created.id }, data: { active: false } })
      return !!created
    }),
    addStatementAction: entry('manage:development', 'managesDevelopment', async (actor, tenant) => {
      const { set } = await createSetDirectly(prisma, { partnershipId: ids[tenant], active: false, statements: [] })
      await callAction(actor, actions.addStatementAction, { setId: set.id, area: 'Ledelse', text: 'Matrisepåstand om ledelse.' })
      return (await prisma.statement.count({ where: { setId: set.id } })) > 0
    }),
    startAssessmentAction: entry('assess:unit', 'assessesUnit', async (actor, tenant) => {
      const unit = await assessTarget(actor, tenant)
      const year = await freeYear(unit.id)
      await callAction(actor, actions.startAssessmentAction, { unitId: unit.id, year: String(year), statementSetId: (await setFor(tenant, unit)).id })
      const started = await prisma.selfAssessment.findUnique({ where: { unitId_year: { unitId: unit.id, year } } })
      if (started) await prisma.selfAssessment.delete({ where: { id: started.id } })
      return !!started
    }),
    saveAssessmentTextAction: entry('assess:unit', 'assessesUnit', (actor, tenant) =>
      assess(actor, tenant, {}, async (id) => {
        await callAction(actor, actions.saveAssessmentTextAction, { assessmentId: id, field: 'processPlan', text: 'Matriseplan' })
        return (await current(id)).processPlan === 'Matriseplan'
      })),
    saveRatingsAction: entry('assess:unit', 'assessesUnit', (actor, tenant) =>
      assess(actor, tenant, { phase: 'RATING' }, async (id) => {
        const statement = await prisma.statement.findFirstOrThrow({ where: { setId: (await current(id)).statementSetId } })
        await callAction(actor, actions.saveRatingsAction, { assessmentId: id, [`small.${statement.id}`]: '1', [`some.${statement.id}`]: '2', [`large.${statement.id}`]: '3', [`veryLarge.${statement.id}`]: '4' })
        return (await prisma.assessmentRating.count({ where: { assessmentId: id } })) > 0
      })),
    savePrioritiesAction: entry('assess:unit', 'assessesUnit', (actor, tenant) =>
      assess(actor, tenant, { phase: 'PRIORITISING' }, async (id) => {
        // The form sends all five rows; the ones left blank are skipped.
        await callAction(actor, actions.savePrioritiesAction, { assessmentId: id, 'theme.1': 'READING', 'title.1': 'Matriselesing', 'goal.1': 'Alle leser mer i alle fag.', 'theme.2': '', 'title.2': '', 'goal.2': '' })
        return (await prisma.assessmentPriority.count({ where: { assessmentId: id } })) > 0
      })),
    setAssessmentPhaseAction: entry('assess:unit', 'assessesUnit', (actor, tenant) =>
      assess(actor, tenant, {}, async (id) => {
        await callAction(actor, actions.setAssessmentPhaseAction, { assessmentId: id, phase: 'DATA' })
        return (await current(id)).phase === 'DATA'
      })),
    shareAssessmentAction: entry('assess:unit', 'assessesUnit', (actor, tenant) =>
      assess(actor, tenant, {}, async (id) => {
        await callAction(actor, actions.shareAssessmentAction, { assessmentId: id })
        return (await current(id)).sharedAt !== null
      })),
    revokeAssessmentShareAction: entry('assess:unit', 'assessesUnit', (actor, tenant) =>
      assess(actor, tenant, { shared: true }, async (id) => {
        await callAction(actor, actions.revokeAssessmentShareAction, { assessmentId: id })
        return (await current(id)).sharedAt === null
      })),
  }
}
