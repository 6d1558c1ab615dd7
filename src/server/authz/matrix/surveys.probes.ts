import { POST as issueCodes } from '@/app/kartlegging/[waveId]/koder/route'
import { closeSurveyWaveAction } from '@/features/surveys/actions'
import { getWaveResults, listSurveyWaves } from '@/features/surveys/results/queries'
import { createWaveRow, issueCodeRows } from '~tests/factories/surveys'
import { createUnitGroup } from '~tests/factories/staff'
import type { Actor } from '../actor'
import { callAction, callRoute } from './adapters'
import type { TMatrixContext, TProbes, TTenant } from './types'

/**
 * Probes for survey waves. Each writes a closed wave over every unit of the tenant's owners
 * directly (not through the code under test), with a few answers and codes, and removes it after.
 * Reaching the results page means seeing at least one unit's or class's row of the wave; the
 * partnership's value alone is not counted, since a wave nobody may read returns nothing at all.
 * The probe's class is taught by the person's own memberships at the class's unit, if they have
 * any there (a teacher reads the classes they teach).
 */
export function surveysProbes({ prisma, ids }: TMatrixContext): TProbes {
  const tenantUnits = (tenant: TTenant) =>
    prisma.unit.findMany({ where: { owner: { partnershipOwners: { some: { partnershipId: ids[tenant], leftOn: null } } } }, select: { id: true }, orderBy: { name: 'asc' } })

  async function withWave(tenant: TTenant, check: (waveId: string) => Promise<boolean>, options: { closed: boolean } = { closed: true }) {
    const units = await tenantUnits(tenant)
    const wave = await createWaveRow(prisma, { partnershipId: ids[tenant], unitIds: units.map((u) => u.id), closed: options.closed })
    await issueCodeRows(prisma, wave, units[0]!.id, 'PUPILS_8_10', 2)
    try {
      return await check(wave.id)
    } finally {
      const used = await prisma.surveyWaveInstrument.findMany({ where: { waveId: wave.id }, select: { version: { select: { instrumentId: true } } } })
      await prisma.surveyWave.delete({ where: { id: wave.id } })
      await prisma.surveyInstrument.deleteMany({ where: { id: { in: used.map((u) => u.version.instrumentId) } } })
    }
  }

  /** A class at the actor's unit in the tenant (else the first), taught by its memberships there, with codes in the wave. */
  async function withTaughtClass(actor: Actor, tenant: TTenant, waveId: string, check: () => Promise<boolean>) {
    const unit = await prisma.unit.findUniqueOrThrow({ where: { id: await codeUnit(actor, tenant) }, select: { id: true, kind: true } })
    const group = await createUnitGroup(prisma, unit)
    const own = actor.memberships.filter((m) => m.unitId === unit.id)
    await prisma.unitGroupTeacher.createMany({ data: own.map((m) => ({ groupId: group.id, membershipId: m.id })) })
    await issueCodeRows(prisma, { id: waveId, partnershipId: ids[tenant] }, unit.id, 'PUPILS_8_10', 2, group.id)
    try {
      return await check()
    } finally {
      await prisma.surveyCode.deleteMany({ where: { classId: group.id } })
      await prisma.unitGroup.delete({ where: { id: group.id } })
    }
  }

  /** The actor's own unit in the tenant if it has one there, else the tenant's first. */
  async function codeUnit(actor: Actor, tenant: TTenant) {
    const units = (await tenantUnits(tenant)).map((u) => u.id)
    const own = actor.memberships.map((m) => m.unitId).find((id) => id && units.includes(id))
    return own ?? units[0]!
  }

  return {
    '/kartlegging/[waveId]/koder': {
      permission: 'issue:survey-codes',
      kind: 'issuesSurveyCodes',
      probe: async (actor, tenant) => {
        const unitId = await codeUnit(actor, tenant)
        return withWave(
          tenant,
          async (waveId) => {
            const before = await prisma.surveyCode.count({ where: { waveId, unitId } })
            const answered = await callRoute(actor, issueCodes, { waveId }, `?enhet=${unitId}&gruppe=PUPILS_8_10&antall=3`)
            return answered && (await prisma.surveyCode.count({ where: { waveId, unitId } })) === before + 3
          },
          { closed: false },
        )
      },
    },
    closeSurveyWaveAction: {
      permission: 'close:survey-wave',
      kind: 'closesSurveyWaves',
      probe: (actor, tenant) =>
        withWave(
          tenant,
          async (waveId) => {
            await callAction(actor, closeSurveyWaveAction, { waveId, confirm: 'on' })
            return (await prisma.surveyWave.findUniqueOrThrow({ where: { id: waveId }, select: { closedAt: true } })).closedAt !== null
          },
          { closed: false },
        ),
    },
    '/kartlegging': {
      permission: 'read:survey-results',
      kind: 'readsSurveyResults',
      probe: (actor, tenant) => withWave(tenant, async (id) => ((await listSurveyWaves(prisma, actor).catch(() => null)) ?? []).some((w) => w.id === id)),
    },
    '/kartlegging/[waveId]': {
      permission: 'read:survey-results',
      kind: 'readsSurveyResults',
      probe: (actor, tenant) =>
        withWave(tenant, (id) =>
          withTaughtClass(actor, tenant, id, async () => {
            const data = await getWaveResults(prisma, actor, id).catch(() => null)
            return !!data?.results?.rows.some((r) => r.level === 'unit' || r.level === 'class')
          }),
        ),
    },
  }
}
