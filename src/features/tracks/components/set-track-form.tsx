'use client'

import { useTranslations } from 'next-intl'
import { Textfield } from '@digdir/designsystemet-react'
import { ResultForm } from '@/components/ui/result-form'
import { SelectField } from '@/components/ui/select-field'
import { setUnitTrackAction } from '../actions'
import { TRACKS } from '../options'

/** Moves a unit to another track, with the reason the history keeps. */
export function SetTrackForm({ unitId, current }: { unitId: string; current: string | null }) {
  const t = useTranslations('Tracks')
  return (
    <ResultForm namespace="Tracks" action={setUnitTrackAction} submit={t('setTrack')} hidden={{ unitId }}>
      {({ input, error, field }) => (
        <>
          <SelectField
            label={t('newTrack')}
            name="track"
            defaultValue={input('track') ?? ''}
            placeholder={t('chooseTrack')}
            options={TRACKS.filter((v) => v !== current).map((v) => ({ value: v, label: t(`labels.${v}`) }))}
            error={error('track')}
          />
          <Textfield label={t('reason')} description={t('reasonHelp')} multiline rows={3} {...field('reason')} />
        </>
      )}
    </ResultForm>
  )
}
