'use client'

import { useTranslations } from 'next-intl'
import { Textfield } from '@digdir/designsystemet-react'
import { ResultForm } from '@/components/ui/result-form'
import { SelectField } from '@/components/ui/select-field'
import { setLeaderProgrammeAction } from '../actions'

export interface TProgrammeValues {
  theme: string
  startsOn: string
  endsOn: string
  aim: string
}

/** The secretariat's form for a leader network's programme: theme, period and aim. */
/** Theme labels come from the page, so the Development texts stay on the server. */
export function ProgrammeForm({ networkId, initial, themes }: { networkId: string; initial: TProgrammeValues | null; themes: { value: string; label: string }[] }) {
  const t = useTranslations('LeaderGroups')
  return (
    <ResultForm namespace="LeaderGroups" action={setLeaderProgrammeAction} submit={t('save')} hidden={{ networkId }} resetOnSuccess={false}>
      {({ input, error, field }) => (
        <>
          <SelectField
            label={t('theme')}
            name="theme"
            defaultValue={input('theme') ?? initial?.theme ?? ''}
            placeholder={t('chooseTheme')}
            options={themes}
            error={error('theme')}
          />
          <Textfield label={t('startsOn')} type="date" {...field('startsOn', initial?.startsOn)} />
          <Textfield label={t('endsOn')} type="date" {...field('endsOn', initial?.endsOn)} />
          <Textfield label={t('aim')} description={t('aimHelp')} multiline rows={3} {...field('aim', initial?.aim)} />
        </>
      )}
    </ResultForm>
  )
}
