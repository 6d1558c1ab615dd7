import Link from 'next/link'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Button, Paragraph } from '@/components/ui/ds-static'
import { DataTable, type TColumn } from '@/components/ui/data-table'
import { SelectField } from '@/components/ui/select-field'
import { Section } from '@/components/ui/section'
import type { TRecommendation, TRecommendedMeasure } from '../recommendation'

/**
 * The forum's recommendation for a year, as a table of the prioritised measures with the
 * downloads (PDF, spreadsheet) that carry the rest: who takes part, owner and UH pairs, the split.
 */
export async function RecommendationSection({ recommendation }: { recommendation: TRecommendation }) {
  const t = await getTranslations('Recommendation')
  const dev = await getTranslations('Development')
  const lifecycle = await getTranslations('RecommendationLifecycle')
  const format = await getFormatter()
  const { forumId, year, measures } = recommendation
  const years = recommendation.years.includes(year) ? recommendation.years : [year, ...recommendation.years]
  const kr = (ore: bigint) => format.number(Number(ore) / 100, { style: 'currency', currency: 'NOK' })
  const query = `?ar=${year}`
  const columns: TColumn<TRecommendedMeasure>[] = [
    { header: t('priority'), numeric: true, cell: (m) => m.priority ?? '' },
    { header: t('measure'), cell: (m) => m.title },
    { header: t('level'), cell: (m) => dev(`levels.${m.level}`) },
    { header: t('university'), cell: (m) => m.universityName ?? t('noUniversity') },
    { header: t('units'), numeric: true, cell: (m) => format.number(m.units.length) },
    { header: t('decision'), cell: (m) => m.decisionReference },
    { header: t('budget'), numeric: true, nowrap: true, cell: (m) => (m.budgetOre === null ? '' : kr(m.budgetOre)) },
  ]

  return (
    <Section id="recommendation" heading={t('heading')}>
      <Paragraph>{t('intro')}</Paragraph>
      <Paragraph>
        <Link href={`/forum/${forumId}/innstilling?ar=${year}`} className="ds-link">
          {lifecycle('open')}
        </Link>
      </Paragraph>
      {/* A plain GET form: the year is in the address, so a chosen year can be linked and reloaded. */}
      <form method="get" className="flex flex-wrap items-end gap-3">
        <SelectField label={t('chooseYear')} name="ar" defaultValue={String(year)} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
        <Button type="submit" variant="secondary">
          {t('show')}
        </Button>
      </form>
      {measures.length === 0 ? (
        <Paragraph>{t('empty', { year })}</Paragraph>
      ) : (
        <>
          <DataTable caption={t('tableCaption', { year })} rows={measures} columns={columns} empty={null} />
          <Paragraph className="flex flex-wrap gap-4">
            <span>{t('download')}:</span>
            <a href={`/forum/${forumId}/innstilling.pdf${query}`} className="ds-link" download>
              {t('pdf')}
            </a>
            <a href={`/forum/${forumId}/innstilling.xlsx${query}`} className="ds-link" download>
              {t('xlsx')}
            </a>
          </Paragraph>
        </>
      )}
    </Section>
  )
}
