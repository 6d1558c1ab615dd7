import { z } from 'zod'
import { surveyCodeUnitScope, surveyWaveScope } from '@/server/authz/scopes'
import { osloDay } from '@/lib/oslo-time'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { CODE_LENGTH, hashSurveyCode } from './codes'
import { CODE_GROUPS, ZInformantGroup } from './instruments/schemas'

export const ZIssueCodes = z.object({
  waveId: z.uuid(),
  unitId: z.uuid(),
  group: ZInformantGroup.refine((g) => CODE_GROUPS.includes(g)),
  /** Made by the caller (newSurveyCode): the codes exist in plain text only in the PDF it prints. */
  codes: z.array(z.string().regex(new RegExp(`^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{${CODE_LENGTH - 5}}$`))).min(1).max(60),
})

/**
 * Issues single-use codes for a unit and an informant group of an open wave: only their hashes are
 * stored. The audit row says how many and for which unit, never a code.
 */
export const issueSurveyCodes = defineUseCase(
  { name: 'surveys.issue-codes', permission: 'issue:survey-codes', input: ZIssueCodes, audit: 'survey_codes.issue' },
  async ({ tx, actor, input, audit }) => {
    const wave = await tx.surveyWave.findFirst({
      where: { AND: [{ id: input.waveId, closedAt: null, closesOn: { gte: osloDay(new Date()) } }, surveyWaveScope(actor)] },
      select: { id: true, partnershipId: true, instruments: { where: { group: input.group }, select: { id: true } }, units: { where: { unitId: input.unitId, unit: surveyCodeUnitScope(actor) }, select: { id: true } } },
    })
    if (!wave || wave.instruments.length === 0 || wave.units.length === 0) return { ok: false as const, error: 'notFound' }
    await tx.surveyCode.createMany({
      data: input.codes.map((code) => ({ partnershipId: wave.partnershipId, waveId: wave.id, unitId: input.unitId, group: input.group, codeHash: hashSurveyCode(code)! })),
    })
    await audit({ entity: 'SurveyWave', entityId: wave.id, partnershipId: wave.partnershipId, data: { unitId: input.unitId, group: input.group, count: input.codes.length } })
    return { ok: true as const, done: 'codesIssued', values: { count: input.codes.length } }
  },
)
