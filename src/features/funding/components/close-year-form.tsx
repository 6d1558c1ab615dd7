'use client'

import { useTranslations } from 'next-intl'
import { Paragraph } from '@/components/ui/ds-static'
import { closeGrantYearAction } from '../actions'
import { FundingForm } from './funding-form'

export function CloseYearForm({ grantYearId }: { grantYearId: string }) {
  const t = useTranslations('Funding')
  return (
    <FundingForm action={closeGrantYearAction} submit={t('closeYear')} hidden={{ grantYearId }} variant="secondary" className="flex flex-col gap-2" resetOnSuccess={false}>
      {() => <Paragraph data-size="sm">{t('closeWarning')}</Paragraph>}
    </FundingForm>
  )
}
