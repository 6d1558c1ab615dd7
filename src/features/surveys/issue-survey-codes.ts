import { z } from 'zod'
import type { Prisma } from '@/generated/prisma/client'
import { surveyCodeUnitScope, surveyWaveScope } from '@/server/authz/scopes'
import { optional } from '@/lib/form-schema'
import { osloDay } from '@/lib/oslo-time'
import { schoolYearOf } from '@/lib/school-year'
import type { TFormRefusal } from '@/lib/form-input'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { CODE_LENGTH, hashSurveyCode } from './codes'
import { CODE_GROUPS, ZInformantGroup } from './instruments/schemas'

export const ZIssueCodes = z.object({
  waveId: z.uuid(),
  unitId: z.uuid(),
  group: ZInformantGroup.refine((g) => CODE_GROUPS.includes(g)),
  /** The class (or kindergarten group) of the unit the codes are for; none: the unit as a whole. */
  classId: optional(z.uuid()),
  /** Made by the caller (newSurveyCode): the codes exist in plain text only in the PDF it prints. */
  codes: z.array(z.string().regex(new RegExp(`^[2-9A-HJKMNP-Z]{5}-[2-9A-HJKMNP-Z]{${CODE_LENGTH - 5}}$`))).min(1).max(60),
})

export type TIssueCodesError = 'forbidden' | 'invalid' | 'notFound' | 'classNotFound'
export type TIssueCodesResult = { ok: true; done: 'codesIssued'; values: { count: number; className?: string } } | TFormRefusal<TIssueCodesError>

/** Refusals the code form can explain on the wave's page; anything else is a 404, as for a wave not found. */
export const ISSUE_FORM_ERRORS = ['invalid', 'classNotFound'] as const satisfies readonly TIssueCodesError[]
export type TIssueFormError = (typeof ISSUE_FORM_ERRORS)[number]

/** The classes a wave's codes may name: those of the school years its window lies in (a wave in June names last year's). */
export function waveClassWhere(wave: { opensOn: Date; closesOn: Date }): Prisma.UnitGroupWhereInput {
  return { schoolYear: { gte: schoolYearOf(wave.opensOn), lte: schoolYearOf(wave.closesOn) } }
}

/**
 * Issues single-use codes for a unit (and optionally one of its classes) and an informant group of
 * an open wave: only their hashes are stored. The audit row says how many and for which unit and
 * class, never a code.
 */
export const issueSurveyCodes = defineUseCase(
  { name: 'surveys.issue-codes', permission: 'issue:survey-codes', input: ZIssueCodes, audit: 'survey_codes.issue' },
  async ({ tx, actor, input, audit }): Promise<TIssueCodesResult> => {
    const wave = await tx.surveyWave.findFirst({
      where: { AND: [{ id: input.waveId, closedAt: null, closesOn: { gte: osloDay(new Date()) } }, surveyWaveScope(actor)] },
      select: {
        id: true,
        partnershipId: true,
        opensOn: true,
        closesOn: true,
        instruments: { where: { group: input.group }, select: { id: true } },
        units: { where: { unitId: input.unitId, unit: surveyCodeUnitScope(actor) }, select: { id: true } },
      },
    })
    if (!wave || wave.instruments.length === 0 || wave.units.length === 0) return { ok: false, error: 'notFound' }
    const classId = input.classId ?? null
    const chosen = classId ? await tx.unitGroup.findFirst({ where: { AND: [{ id: classId, unitId: input.unitId }, waveClassWhere(wave)] }, select: { name: true } }) : null
    if (classId && !chosen) return { ok: false, error: 'classNotFound', fields: ['classId'] }
    await tx.surveyCode.createMany({
      data: input.codes.map((code) => ({ partnershipId: wave.partnershipId, waveId: wave.id, unitId: input.unitId, classId, group: input.group, codeHash: hashSurveyCode(code)! })),
    })
    await audit({ entity: 'SurveyWave', entityId: wave.id, partnershipId: wave.partnershipId, data: { unitId: input.unitId, classId, group: input.group, count: input.codes.length } })
    return { ok: true, done: 'codesIssued', values: chosen ? { count: input.codes.length, className: chosen.name } : { count: input.codes.length } }
  },
)
