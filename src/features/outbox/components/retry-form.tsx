'use client'

import { useTranslations } from 'next-intl'
import { ResultForm } from '@/components/ui/result-form'
import { retryEmailAction } from '../actions'

export function RetryEmailForm({ emailId }: { emailId: string }) {
  const t = useTranslations('EmailAdmin')
  return <ResultForm namespace="EmailAdmin" action={retryEmailAction} submit={t('retry')} hidden={{ emailId }} variant="secondary" compact resetOnSuccess={false} />
}
