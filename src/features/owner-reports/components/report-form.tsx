'use client'

import { useTranslations } from 'next-intl'
import { Textfield } from '@digdir/designsystemet-react'
import { ResultForm } from '@/components/ui/result-form'
import { saveOwnerReportAction } from '../actions'

/** The owner's draft: what was done per measure, participation, signs of progress, unused money. Saving keeps it a draft. */
export function OwnerReportForm({ grantYearId, ownerId, measures, texts }: { grantYearId: string; ownerId: string; measures: { id: string; title: string; done: string }[]; texts: { participation: string; progress: string; unusedComment: string } }) {
  const t = useTranslations('OwnerReports')
  return (
    <ResultForm namespace="OwnerReports" action={saveOwnerReportAction} submit={t('save')} hidden={{ grantYearId, ownerId }} resetOnSuccess={false} className="flex max-w-3xl flex-col gap-4">
      {({ field }) => (
        <>
          {measures.length > 0 && (
            <fieldset className="flex flex-col gap-3">
              <legend className="ds-heading" data-size="2xs">
                {t('perMeasure')}
              </legend>
              {measures.map((m) => (
                <Textfield key={m.id} label={t('doneIn', { measure: m.title })} multiline rows={3} {...field(`done.${m.id}`, m.done)} />
              ))}
            </fieldset>
          )}
          <Textfield label={t('participation')} description={t('participationHelp')} multiline rows={3} {...field('participation', texts.participation)} />
          <Textfield label={t('progress')} description={t('progressHelp')} multiline rows={4} {...field('progress', texts.progress)} />
          <Textfield label={t('unusedComment')} description={t('unusedCommentHelp')} multiline rows={2} {...field('unusedComment', texts.unusedComment)} />
        </>
      )}
    </ResultForm>
  )
}
