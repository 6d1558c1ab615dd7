'use client'

import { useTranslations } from 'next-intl'
import { Fieldset, Radio } from '@digdir/designsystemet-react'
import { ResultForm } from '@/components/ui/result-form'
import type { FeideOnboarding } from '@/generated/prisma/enums'
import { setFeideOnboardingAction } from '../actions'

/** A school owner's choice: Feide places its staff at once, or each waits for the leader's approval. */
export function OwnerSettingForm({ owner }: { owner: { id: string; name: string; mode: FeideOnboarding } }) {
  const t = useTranslations('Onboarding')
  return (
    <ResultForm namespace="Onboarding" action={setFeideOnboardingAction} submit={t('saveMode')} hidden={{ organisationId: owner.id }} resetOnSuccess={false} variant="secondary">
      {() => (
        <Fieldset>
          <Fieldset.Legend>{t('modeLegend', { owner: owner.name })}</Fieldset.Legend>
          <Radio name="mode" value="APPROVAL" label={t('modeApproval')} defaultChecked={owner.mode === 'APPROVAL'} />
          <Radio name="mode" value="IMMEDIATE" label={t('modeImmediate')} defaultChecked={owner.mode === 'IMMEDIATE'} />
        </Fieldset>
      )}
    </ResultForm>
  )
}
