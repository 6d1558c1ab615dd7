'use client'

import { useTranslations } from 'next-intl'
import { Paragraph } from '@/components/ui/ds-static'
import { runAllocationKeyAction } from '../actions'
import { FundingForm } from './funding-form'

export function RunKeyForm({ grantYearId, hasTable }: { grantYearId: string; hasTable: boolean }) {
  const t = useTranslations('Funding')
  return (
    <FundingForm
      action={runAllocationKeyAction}
      submit={t('runKey')}
      hidden={{ grantYearId }}
      variant={hasTable ? 'secondary' : 'primary'}
      className="flex flex-col gap-2"
      resetOnSuccess={false}
    >
      {() => hasTable && <Paragraph data-size="sm">{t('runAgainWarning')}</Paragraph>}
    </FundingForm>
  )
}
