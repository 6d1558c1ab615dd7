import { getFormatter, getTranslations } from 'next-intl/server'
import { Button, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { SelectField } from '@/components/ui/select-field'
import { ScrollRegion } from '@/components/ui/scroll-region'
import type { TRecommendation } from '../recommendation'

/**
 * The forum's recommendation for a year, as a table of the prioritised measures with the
 * downloads (PDF, spreadsheet) that carry the rest: who takes part, owner and UH pairs, the split.
 */
export async function RecommendationSection({ recommendation }: { recommendation: TRecommendation }) {
  const t = await getTranslations('Recommendation')
  const dev = await getTranslations('Development')
  const format = await getFormatter()
  const { forumId, year, measures } = recommendation
  const years = recommendation.years.includes(year) ? recommendation.years : [year, ...recommendation.years]
  const kr = (ore: bigint) => format.number(Number(ore) / 100, { style: 'currency', currency: 'NOK' })
  const query = `?ar=${year}`

  return (
    <section aria-labelledby="recommendation" className="flex flex-col gap-3">
      <Heading level={2} data-size="sm" id="recommendation">
        {t('heading')}
      </Heading>
      <Paragraph>{t('intro')}</Paragraph>
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
          <ScrollRegion label={t('tableCaption', { year })}>
            <Table zebra className="w-full">
              <caption className="text-left">{t('tableCaption', { year })}</caption>
              <TableHead>
                <TableRow>
                  <TableHeaderCell className="text-right">{t('priority')}</TableHeaderCell>
                  <TableHeaderCell>{t('measure')}</TableHeaderCell>
                  <TableHeaderCell>{t('level')}</TableHeaderCell>
                  <TableHeaderCell>{t('university')}</TableHeaderCell>
                  <TableHeaderCell className="text-right">{t('units')}</TableHeaderCell>
                  <TableHeaderCell>{t('decision')}</TableHeaderCell>
                  <TableHeaderCell className="text-right">{t('budget')}</TableHeaderCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {measures.map((m) => (
                  <TableRow key={m.id}>
                    <TableCell className="text-right">{m.priority ?? ''}</TableCell>
                    <TableCell>{m.title}</TableCell>
                    <TableCell>{dev(`levels.${m.level}`)}</TableCell>
                    <TableCell>{m.universityName ?? t('noUniversity')}</TableCell>
                    <TableCell className="text-right">{format.number(m.units.length)}</TableCell>
                    <TableCell>{m.decisionReference}</TableCell>
                    <TableCell className="text-right whitespace-nowrap">{m.budgetOre === null ? '' : kr(m.budgetOre)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </ScrollRegion>
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
    </section>
  )
}
