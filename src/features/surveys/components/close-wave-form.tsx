'use client'

import { useTranslations } from 'next-intl'
import { Checkbox, Fieldset, ValidationMessage } from '@digdir/designsystemet-react'
import { ResultForm } from '@/components/ui/result-form'
import { closeSurveyWaveAction } from '../actions'

/**
 * Closing a wave cannot be undone (no one can answer after it), so the form asks for a ticked box
 * saying so; without it the use case refuses and nothing changes. A plain form: works without script.
 */
export function CloseWaveForm({ waveId }: { waveId: string }) {
  const t = useTranslations('SurveyClose')
  return (
    <ResultForm namespace="SurveyClose" action={closeSurveyWaveAction} submit={t('submit')} hidden={{ waveId }} variant="secondary" resetOnSuccess={false}>
      {({ error }) => (
        <Fieldset>
          <Fieldset.Legend>{t('legend')}</Fieldset.Legend>
          <Fieldset.Description>{t('lead')}</Fieldset.Description>
          <Checkbox label={t('confirm')} name="confirm" value="on" aria-invalid={error('confirm') ? true : undefined} />
          {error('confirm') && <ValidationMessage>{error('confirm')}</ValidationMessage>}
        </Fieldset>
      )}
    </ResultForm>
  )
}
