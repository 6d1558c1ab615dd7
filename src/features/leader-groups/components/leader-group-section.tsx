import { getFormatter, getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import { DataTable } from '@/components/ui/data-table'
import { Section } from '@/components/ui/section'
import { THEMES } from '@/features/measures/options'
import type { TLeaderGroup } from '../get-leader-group'
import { ProgrammeForm } from './programme-form'

const day = (d: Date) => d.toISOString().slice(0, 10)

/** A leader network's programme on its page: theme and period, the gatherings in it, and the leaders of its units. */
export async function LeaderGroupSection({ group }: { group: TLeaderGroup }) {
  const [t, dev, format] = await Promise.all([getTranslations('LeaderGroups'), getTranslations('Development'), getFormatter()])
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })
  const p = group.programme
  return (
    <Section
      id="leader-programme"
      heading={t('heading')}
      size="md"
      className="flex flex-col gap-3"
      form={group.canManage ? { summary: p ? t('change') : t('set'), initiallyOpen: !p, node: <ProgrammeForm networkId={group.networkId} themes={THEMES.map((v) => ({ value: v, label: dev(`themes.${v}`) }))} initial={p ? { theme: p.theme, startsOn: day(p.startsOn), endsOn: day(p.endsOn), aim: p.aim } : null} /> } : null}
    >
      {p ? (
        <>
          <Paragraph data-testid="programme-facts">{t('facts', { theme: dev(`themes.${p.theme}`), from: date(p.startsOn), to: date(p.endsOn) })}</Paragraph>
          <Paragraph className="whitespace-pre-line">{p.aim}</Paragraph>
          <DataTable
            caption={t('gatheringsCaption')}
            rows={group.gatherings}
            empty={t('noGatherings')}
            columns={[
              // Not linked: the network's own gatherings section below links each one, once.
              { header: t('gathering'), rowHeader: true, cell: (g) => g.title },
              { header: t('when'), nowrap: true, cell: (g) => format.dateTime(g.startsAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Oslo' }) },
              { header: t('place'), cell: (g) => g.place ?? '–' },
            ]}
          />
        </>
      ) : (
        <Paragraph>{t('noProgramme')}</Paragraph>
      )}
      <DataTable
        caption={t('leadersCaption')}
        rows={group.leaders}
        rowKey={(l) => l.unitId}
        empty={t('noUnits')}
        columns={[
          { header: t('unit'), rowHeader: true, cell: (l) => l.unitName },
          { header: t('leaders'), cell: (l) => (l.names.length ? l.names.join(', ') : t('noLeader')) },
        ]}
      />
    </Section>
  )
}
