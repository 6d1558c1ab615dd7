import type { Metadata } from 'next'
import Link from 'next/link'
import { redirect } from 'next/navigation'
import { getTranslations } from 'next-intl/server'
import { Button, Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { MeasureForm } from '@/features/measures/components/forms'
import { OverviewTable } from '@/features/measures/components/overview-table'
import { getMeasures } from '@/features/measures/queries'
import { LEVELS, MEASURE_STATUSES, THEMES, ZMeasureFilters } from '@/features/measures/schemas'
import { Disclosure } from '@/components/ui/disclosure'
import { NoAccess } from '@/components/ui/no-access'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { SelectField } from '@/components/ui/select-field'
import { getActor } from '@/server/auth'
import { can } from '@/server/authz/actor'
import { getDb } from '@/server/db'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Measures')
  return { title: t('measuresTitle') }
}

export default async function MeasuresPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  // Note: checked here and again in getMeasures (permission and measureReadScope).
  const actor = await getActor()
  if (!actor) redirect('/logg-inn')
  const t = await getTranslations('Measures')
  const dev = await getTranslations('Development')
  if (!can(actor, 'read:partnership')) return <NoAccess title={t('noAccessTitle')} text={t('noAccessText')} />
  const filters = ZMeasureFilters.parse(await searchParams)
  const { measures, overview, years, forms } = await getMeasures(await getDb(), actor, filters)

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Heading level={1} data-size="lg">
          {t('measuresTitle')}
        </Heading>
        <Paragraph>{t('measuresLead')}</Paragraph>
      </div>

      {forms.map((options) => (
        <Disclosure key={options.partnershipId} summary={t('newMeasureIn', { partnership: options.partnershipName })}>
          <MeasureForm options={options} />
        </Disclosure>
      ))}

      <form role="search" action="/tiltak" aria-label={t('filtersLabel')} className="flex flex-wrap items-end gap-4">
        <SelectField label={t('theme')} name="theme" defaultValue={filters.theme ?? ''} placeholder={t('all')} options={THEMES.map((v) => ({ value: v, label: dev(`themes.${v}`) }))} />
        <SelectField label={t('level')} name="level" defaultValue={filters.level ?? ''} placeholder={t('all')} options={LEVELS.map((v) => ({ value: v, label: dev(`levels.${v}`) }))} />
        <SelectField label={t('status')} name="status" defaultValue={filters.status ?? ''} placeholder={t('all')} options={MEASURE_STATUSES.map((v) => ({ value: v, label: t(`statusLabels.${v}`) }))} />
        <SelectField label={t('year')} name="year" defaultValue={filters.year ? String(filters.year) : ''} placeholder={t('all')} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
        <Button type="submit" variant="secondary">
          {t('filter')}
        </Button>
      </form>

      {measures.length === 0 ? (
        <Paragraph>{t('noMeasures')}</Paragraph>
      ) : (
        <ScrollRegion label={t('measuresCaption')}>
          <Table zebra className="w-full">
            <caption className="text-left">{t('measuresCaption')}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('measure')}</TableHeaderCell>
                <TableHeaderCell>{t('partnership')}</TableHeaderCell>
                <TableHeaderCell>{t('themes')}</TableHeaderCell>
                <TableHeaderCell>{t('level')}</TableHeaderCell>
                <TableHeaderCell>{t('status')}</TableHeaderCell>
                <TableHeaderCell>{t('year')}</TableHeaderCell>
                <TableHeaderCell>{t('university')}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t('unitCount')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {measures.map((m) => (
                <TableRow key={m.id}>
                  <TableCell>
                    <Link href={`/tiltak/${m.id}`} className="ds-link">
                      {m.title}
                    </Link>
                  </TableCell>
                  <TableCell>{m.partnershipName}</TableCell>
                  <TableCell>{m.themes.map((v) => dev(`themes.${v}`)).join(', ')}</TableCell>
                  <TableCell>{dev(`levels.${m.level}`)}</TableCell>
                  <TableCell>{t(`statusLabels.${m.status}`)}</TableCell>
                  <TableCell>{m.year ?? '–'}</TableCell>
                  <TableCell>{m.universityName ?? '–'}</TableCell>
                  <TableCell className="text-right">{m.unitCount}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}

      <section aria-labelledby="overview-heading" className="flex flex-col gap-3">
        <Heading level={2} data-size="md" id="overview-heading">
          {t('overviewHeading')}
        </Heading>
        <Paragraph>{t('overviewLead')}</Paragraph>
        <OverviewTable cells={overview} />
      </section>
    </div>
  )
}
