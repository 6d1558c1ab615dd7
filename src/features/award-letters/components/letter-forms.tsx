'use client'

import { useTranslations } from 'next-intl'
import { Textfield } from '@digdir/designsystemet-react'
import { ResultForm } from '@/components/ui/result-form'
import { acceptAwardLetterAction, sendAwardLettersAction } from '../actions'

/** County governor staff send the year's letters: the reporting deadline, purpose and contact for every letter of the batch. */
export function SendLettersForm({ grantYearId, defaultPurpose, defaultContact, defaultDeadline }: { grantYearId: string; defaultPurpose: string; defaultContact: string; defaultDeadline: string }) {
  const t = useTranslations('AwardLetters')
  return (
    <ResultForm namespace="AwardLetters" action={sendAwardLettersAction} submit={t('send')} hidden={{ grantYearId }} resetOnSuccess={false}>
      {({ field }) => (
        <>
          <Textfield label={t('reportingDeadline')} description={t('reportingDeadlineHelp')} type="date" {...field('reportingDeadline', defaultDeadline)} />
          <Textfield label={t('purpose')} description={t('purposeHelp')} multiline rows={4} {...field('purpose', defaultPurpose)} />
          <Textfield label={t('contact')} description={t('contactHelp')} {...field('contact', defaultContact)} />
        </>
      )}
    </ResultForm>
  )
}

/** The recipient accepts its letter, as it was sent. */
export function AcceptLetterForm({ letterId, recipientName }: { letterId: string; recipientName: string }) {
  const t = useTranslations('AwardLetters')
  return <ResultForm namespace="AwardLetters" action={acceptAwardLetterAction} submit={t('accept', { recipient: recipientName })} hidden={{ letterId }} compact resetOnSuccess={false} />
}
