'use client'

import { useTranslations } from 'next-intl'
import { Textfield } from '@digdir/designsystemet-react'
import { ResultForm } from '@/components/ui/result-form'
import { SelectField } from '@/components/ui/select-field'
import { setDeadlineAction } from '../actions'
import { DEADLINE_KINDS } from '../options'

/** County governor staff set a deadline of the cycle; the same county, year and kind again moves it. */
export function SetDeadlineForm({ counties, year }: { counties: { id: string; name: string }[]; year: number }) {
  const t = useTranslations('Deadlines')
  return (
    <ResultForm namespace="Deadlines" action={setDeadlineAction} submit={t('set')} resetOnSuccess={false}>
      {({ input, field }) => (
        <>
          <SelectField label={t('county')} name="countyId" defaultValue={input('countyId') ?? counties[0]?.id} options={counties.map((c) => ({ value: c.id, label: c.name }))} error={field('countyId').error} />
          <Textfield label={t('year')} inputMode="numeric" {...field('year', String(year))} />
          <SelectField label={t('kind')} name="kind" defaultValue={input('kind') ?? ''} placeholder={t('chooseKind')} options={DEADLINE_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} error={field('kind').error} />
          <Textfield label={t('dueOn')} type="date" {...field('dueOn')} />
        </>
      )}
    </ResultForm>
  )
}
