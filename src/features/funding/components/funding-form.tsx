'use client'

import { useFormatter, useTranslations } from 'next-intl'
import { ResultForm, type TResultFormProps } from '@/components/ui/result-form'
import { NOK, oreToKroner } from '@/lib/money'
import type { TFundingResult } from '../schemas'

/** The shared form frame (src/components/ui/result-form.tsx) with this area's messages. */
export function FundingForm(props: Omit<TResultFormProps<TFundingResult>, 'namespace'>) {
  return <ResultForm namespace="Funding" {...props} />
}

/**
 * The messages for a funding form's fields. An error's `values` are amounts in øre (what is left,
 * the sum and the grant), shown as kroner in the person's number format; the fields named in
 * `ownMessage` have a message of their own (`errors.<field>`) whatever the error; the others say
 * their schema rule (`fieldErrors`, from src/server/usecase/field-errors.ts) when they broke one.
 */
export function useFundingErrors(ownMessage: readonly string[] = []) {
  const t = useTranslations('Funding')
  const format = useFormatter()
  const valuesOf = (state: TFundingResult | null): Record<string, string> =>
    state && !state.ok && state.values ? Object.fromEntries(Object.entries(state.values).map(([k, v]) => [k, format.number(oreToKroner(BigInt(v)), NOK)])) : {}
  const fieldError = (state: TFundingResult | null) => (field: string) =>
    state && !state.ok && state.fields?.includes(field)
      ? ownMessage.includes(field)
        ? t(`errors.${field}`, valuesOf(state))
        : (state.fieldErrors?.[field] ?? t(`errors.${state.error}`, valuesOf(state)))
      : undefined
  return { valuesOf, fieldError }
}
