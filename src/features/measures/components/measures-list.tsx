import { getTranslations } from 'next-intl/server'
import { Button } from '@/components/ui/ds-static'
import { DataTable } from '@/components/ui/data-table'
import { SelectField } from '@/components/ui/select-field'
import type { TMeasureRow } from '../get-measures'
import { LEVELS, MEASURE_STATUSES, THEMES, type TMeasureFilters } from '../schemas'

/** The filters of /tiltak: a GET form, so a filtered list has its own address. */
export async function MeasureFilters({ filters, years }: { filters: TMeasureFilters; years: number[] }) {
  const t = await getTranslations('Measures')
  const dev = await getTranslations('Development')
  return (
    <form role="search" action="/tiltak" aria-label={t('filtersLabel')} className="flex flex-wrap items-end gap-4">
      <SelectField label={t('theme')} name="theme" defaultValue={filters.theme ?? ''} placeholder={t('all')} options={THEMES.map((v) => ({ value: v, label: dev(`themes.${v}`) }))} />
      <SelectField label={t('level')} name="level" defaultValue={filters.level ?? ''} placeholder={t('all')} options={LEVELS.map((v) => ({ value: v, label: dev(`levels.${v}`) }))} />
      <SelectField label={t('status')} name="status" defaultValue={filters.status ?? ''} placeholder={t('all')} options={MEASURE_STATUSES.map((v) => ({ value: v, label: t(`statusLabels.${v}`) }))} />
      <SelectField label={t('year')} name="year" defaultValue={filters.year ? String(filters.year) : ''} placeholder={t('all')} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
      <Button type="submit" variant="secondary">
        {t('filter')}
      </Button>
    </form>
  )
}

/** The measures the actor reads, each linked to its page. */
export async function MeasuresTable({ measures }: { measures: TMeasureRow[] }) {
  const t = await getTranslations('Measures')
  const dev = await getTranslations('Development')
  return (
    <DataTable
      caption={t('measuresCaption')}
      rows={measures}
      empty={t('noMeasures')}
      columns={[
        { header: t('measure'), href: (m) => `/tiltak/${m.id}`, cell: (m) => m.title },
        { header: t('partnership'), cell: (m) => m.partnershipName },
        { header: t('themes'), cell: (m) => m.themes.map((v) => dev(`themes.${v}`)).join(', ') },
        { header: t('level'), cell: (m) => dev(`levels.${m.level}`) },
        { header: t('status'), cell: (m) => t(`statusLabels.${m.status}`) },
        { header: t('year'), cell: (m) => m.year ?? '–' },
        { header: t('university'), cell: (m) => m.universityName ?? '–' },
        { header: t('unitCount'), cell: (m) => m.unitCount, numeric: true },
      ]}
    />
  )
}
