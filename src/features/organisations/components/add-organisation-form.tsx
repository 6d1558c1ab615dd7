'use client'

import { useTranslations } from 'next-intl'
import { Textfield } from '@digdir/designsystemet-react'
import { ResultForm } from '@/components/ui/result-form'
import { SelectField } from '@/components/ui/select-field'
import { addOrganisationAction } from '../actions'
import { BODY_ORGANISATION_TYPES } from '../options'

/** County governor staff add an organisation with its kind and county (issue 20). */
export function AddOrganisationForm({ counties }: { counties: { id: string; name: string }[] }) {
  const t = useTranslations('Organisations')
  return (
    <ResultForm namespace="Organisations" action={addOrganisationAction} submit={t('add')} resetOnSuccess>
      {({ field }) => (
        <>
          <Textfield label={t('name')} {...field('name')} />
          <Textfield label={t('shortName')} {...field('shortName')} />
          <SelectField label={t('kind')} placeholder={t('chooseKind')} options={BODY_ORGANISATION_TYPES.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} {...field('memberType', '')} />
          <SelectField label={t('county')} placeholder={t('chooseCounty')} options={counties.map((c) => ({ value: c.id, label: c.name }))} {...field('countyId', counties.length === 1 ? counties[0]!.id : '')} />
          <Textfield label={t('orgNumber')} inputMode="numeric" {...field('orgNumber')} />
        </>
      )}
    </ResultForm>
  )
}
