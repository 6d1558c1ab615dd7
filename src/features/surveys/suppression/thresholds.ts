import { z } from 'zod'

// The minimum respondents per shown cell is a setting, never a constant: 7 from the source
// project's rule (Kultur for læring, Øst-Finnmark), stricter per indicator where the owner wants it
// (e.g. bullying). A lower override than the default is allowed: the partnership decides.

export const DEFAULT_MINIMUM_RESPONDENTS = 7

export const ZSuppressionSettings = z.object({
  minimum: z.number().int().min(1).max(1000).default(DEFAULT_MINIMUM_RESPONDENTS),
  perIndicator: z.record(z.string().min(1), z.number().int().min(1).max(1000)).default({}),
})
export type TSuppressionSettings = z.infer<typeof ZSuppressionSettings>

export function thresholdFor(settings: TSuppressionSettings, indicatorKey: string): number {
  return settings.perIndicator[indicatorKey] ?? settings.minimum
}
