import { getFormatter, getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import { DataTable } from '@/components/ui/data-table'
import { Section } from '@/components/ui/section'
import type { TUnitTrackPanel } from '../queries'
import { SetTrackForm } from './set-track-form'

/** A unit's track on its plan's page: where it stands now, who moved it when and why, and (for who may) the form to move it. */
export async function TrackPanel({ panel }: { panel: TUnitTrackPanel }) {
  const t = await getTranslations('Tracks')
  const format = await getFormatter()
  return (
    <Section
      id="unit-track"
      heading={t('heading')}
      size="md"
      className="flex flex-col gap-3 border-t border-gray-200 pt-4"
      form={panel.canSet ? { summary: t('moveUnit', { unit: panel.unitName }), initiallyOpen: panel.current === null, node: <SetTrackForm unitId={panel.unitId} current={panel.current} /> } : null}
    >
      <Paragraph data-testid="current-track">{panel.current ? t('currentTrack', { unit: panel.unitName, track: t(`labels.${panel.current}`) }) : t('noTrack', { unit: panel.unitName })}</Paragraph>
      {panel.current && <Paragraph data-size="sm">{t(`descriptions.${panel.current}`)}</Paragraph>}
      <DataTable
        caption={t('historyCaption', { unit: panel.unitName })}
        className="w-full max-w-3xl"
        rows={panel.history}
        empty={t('noHistory')}
        columns={[
          { header: t('changedAt'), nowrap: true, cell: (c) => format.dateTime(c.changedAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Oslo' }) },
          { header: t('track'), cell: (c) => t(`labels.${c.track}`) },
          { header: t('reason'), className: 'whitespace-pre-line', cell: (c) => c.reason },
          { header: t('changedBy'), cell: (c) => c.changedByName ?? '–' },
        ]}
      />
    </Section>
  )
}
