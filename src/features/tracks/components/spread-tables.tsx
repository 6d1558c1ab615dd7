import { getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import { DataTable } from '@/components/ui/data-table'
import { Section } from '@/components/ui/section'
import type { TPartnershipSpread } from '../get-spread'
import { SPREAD_STAGES, SPREAD_TRACKS, type TSpreadRow } from '../spread'

/** Years down, values across: how many units stood where at the end of each year. */
async function YearTable<V extends string>({ caption, rows, values, label }: { caption: string; rows: TSpreadRow<V>[]; values: readonly V[]; label: (v: V | 'NONE') => string }) {
  const t = await getTranslations('Tracks')
  return (
    <DataTable
      caption={caption}
      className="w-full max-w-3xl"
      rows={rows}
      rowKey={(r) => String(r.year)}
      empty={t('noUnits')}
      columns={[
        { header: t('year'), rowHeader: true, cell: (r) => r.year },
        ...[...values, 'NONE' as const].map((v) => ({ header: label(v), numeric: true, cell: (r: TSpreadRow<V>) => r.counts[v] })),
      ]}
    />
  )
}

/** One partnership's spread: stages over the years, tracks over the years, then each unit where it stands now. */
export async function PartnershipSpread({ spread }: { spread: TPartnershipSpread }) {
  const [t, m] = await Promise.all([getTranslations('Tracks'), getTranslations('Measures')])
  const id = `spread-${spread.id}`
  return (
    <Section id={id} heading={spread.name} size="md" className="flex flex-col gap-4 border-t border-gray-200 pt-4">
      <Paragraph>{t('unitCount', { count: spread.units.length })}</Paragraph>
      <YearTable caption={t('stagesCaption', { name: spread.name })} rows={spread.stages} values={SPREAD_STAGES} label={(v) => (v === 'NONE' ? t('noReview') : m(`stageLabels.${v}`))} />
      <YearTable caption={t('tracksCaption', { name: spread.name })} rows={spread.tracks} values={SPREAD_TRACKS} label={(v) => (v === 'NONE' ? t('none') : t(`labels.${v}`))} />
      <DataTable
        caption={t('unitsCaption', { name: spread.name })}
        rows={spread.units}
        empty={t('noUnits')}
        columns={[
          { header: t('unit'), rowHeader: true, cell: (u) => u.name },
          { header: t('owner'), cell: (u) => u.ownerName },
          { header: t('track'), cell: (u) => (u.track ? t(`labels.${u.track}`) : t('none')) },
          { header: t('stageNow'), cell: (u) => (u.stage ? m(`stageLabels.${u.stage}`) : t('noReview')) },
        ]}
      />
    </Section>
  )
}
