import { z } from 'zod'
import { surveyWaveCloseScope } from '@/server/authz/scopes'
import type { TFormRefusal } from '@/lib/form-input'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { storeWaveResults } from './results/stored-results'

export const ZCloseWave = z.object({
  waveId: z.uuid(),
  /** The box «I understand that no one can answer after this»: closing cannot be undone. */
  confirm: z.literal('on', { error: 'confirm' }),
})

export type TCloseWaveError = 'forbidden' | 'invalid' | 'notFound' | 'alreadyClosed'
export type TCloseWaveResult = { ok: true; done: 'waveClosed'; id: string; values: { answers: number } } | TFormRefusal<TCloseWaveError>

/**
 * Closes a wave for answers, for good: the secretariat (or the platform) of its partnership, after
 * confirming. In one transaction: the wave row is closed, which waits for every answer in flight
 * (samkomp_survey_write holds the wave FOR SHARE) and refuses every answer after; then each group's
 * results are computed with suppression and stored (SurveyWaveResult), so the results pages read
 * them instead of computing the wave again; and the audit row, with the number of answers per group.
 */
export const closeSurveyWave = defineUseCase<typeof ZCloseWave, TCloseWaveResult>(
  {
    name: 'surveys.close-wave',
    permission: 'close:survey-wave',
    input: ZCloseWave,
    audit: 'survey_wave.close',
    invalid: (error): TFormRefusal<TCloseWaveError> => ({ ok: false, error: 'invalid', fields: [...new Set(error.issues.map((i) => String(i.path[0] ?? 'confirm')))] }),
    revalidate: (r) => [`/kartlegging/${r.id}`, '/kartlegging'],
  },
  async ({ tx, actor, input, audit }): Promise<TCloseWaveResult> => {
    const wave = await tx.surveyWave.findFirst({ where: { AND: [{ id: input.waveId }, surveyWaveCloseScope(actor)] }, select: { id: true, partnershipId: true, suppression: true, closedAt: true } })
    if (!wave) return { ok: false, error: 'notFound' }
    if (wave.closedAt) return { ok: false, error: 'alreadyClosed' }
    // Only if still open: of two closings at once, the second finds the row closed and changes nothing.
    const closed = await tx.surveyWave.updateMany({ where: { id: wave.id, closedAt: null }, data: { closedAt: new Date() } })
    if (closed.count !== 1) return { ok: false, error: 'alreadyClosed' }
    const answers = await storeWaveResults(tx, wave)
    await audit({ entity: 'SurveyWave', entityId: wave.id, partnershipId: wave.partnershipId, data: { answers } })
    return { ok: true, done: 'waveClosed', id: wave.id, values: { answers: Object.values(answers).reduce((a, b) => a + b, 0) } }
  },
)
