import { getTranslations } from 'next-intl/server'
import { Alert, Paragraph } from '@/components/ui/ds-static'
import { DataTable, type TColumn } from '@/components/ui/data-table'
import { PageHeader } from '@/components/ui/page-header'
import { Pagination } from '@/components/ui/pagination'
import { Section } from '@/components/ui/section'
import { IndicatorCredits } from '@/features/indicators/components/credits'
import { IndicatorNav } from '@/features/indicators/components/indicator-nav'
import type { TLagResult } from '@/features/indicators/lag'
import { getLagView, LAG_PAGE_SIZE } from '@/features/indicators/lag-view'
import { pageTitle } from '@/i18n/page-title'
import { definePage } from '@/server/usecase/define-page'
import { foundOr404 } from '@/server/usecase/found-or-404'

export const generateMetadata = pageTitle('Indicators', 'lagTitle')

// Note: checked here and again in getLagView; the owners come from indicatorLagCountyScope.
export default definePage({ route: '/indikatorer/etterslep', permission: 'read:indicator-lag', noAccess: { namespace: 'Indicators', title: 'lagNoAccessTitle', text: 'lagNoAccessText' } }, async ({ actor, db, searchParams }) => {
  const t = await getTranslations('Indicators')
  const data = foundOr404(await getLagView(db, actor, searchParams))
  const { rules } = data
  const columns: TColumn<TLagResult>[] = [
    { header: t('municipality'), rowHeader: true, cell: (r) => `${r.name} (${r.code})` },
    { header: t('lagPoints'), numeric: true, cell: (r) => r.points },
    ...data.chosen.map((i) => ({ header: i.name, numeric: true, cell: (r: TLagResult) => t('lagBelow', { below: r.perIndicator[i.code]?.below ?? 0, of: r.perIndicator[i.code]?.of ?? 0 }) })),
    { header: t('lagUnknown'), numeric: true, cell: (r) => r.unknown },
  ]
  const query = (page: number) => {
    const q = new URLSearchParams({ ar: String(rules.years), poeng: String(rules.minPoints), antall: String(rules.minIndicators), side: String(page) })
    for (const code of rules.indicators) q.append('indikator', code)
    return `/indikatorer/etterslep?${q}`
  }
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('lagTitle')} lead={t('lagLead')} />
      <IndicatorNav actor={actor} />
      <Section id="rules" heading={t('lagRules')}>
        {data.invalid && <Alert data-color="warning">{t('lagInvalid')}</Alert>}
        <form method="get" className="flex flex-col gap-3">
          <fieldset className="flex flex-col gap-1">
            <legend>{t('lagIndicators')}</legend>
            {data.all.map((i) => (
              <label key={i.code} className="flex items-center gap-2">
                <input type="checkbox" className="ds-input" name="indikator" value={i.code} defaultChecked={rules.indicators.length === 0 || rules.indicators.includes(i.code)} />
                {i.name}
              </label>
            ))}
          </fieldset>
          <div className="flex flex-wrap items-end gap-3">
            <label className="flex flex-col gap-1">
              {t('lagYears')}
              <input className="ds-input" type="number" name="ar" min={1} max={5} defaultValue={rules.years} />
            </label>
            <label className="flex flex-col gap-1">
              {t('lagMinPoints')}
              <input className="ds-input" type="number" name="poeng" min={1} max={100} defaultValue={rules.minPoints} />
            </label>
            <label className="flex flex-col gap-1">
              {t('lagMinIndicators')}
              <input className="ds-input" type="number" name="antall" min={1} max={20} defaultValue={rules.minIndicators} />
            </label>
            <button type="submit" className="ds-button" data-variant="secondary">
              {t('show')}
            </button>
          </div>
        </form>
        <Paragraph>{t('lagExplain', { years: rules.years, points: rules.minPoints, indicators: rules.minIndicators })}</Paragraph>
      </Section>
      <Section id="owners" heading={t('lagOwners', { count: data.total, scored: data.scored })}>
        <DataTable caption={t('lagCaption')} rows={data.rows} rowKey={(r) => r.code} columns={columns} empty={t('lagNone')} />
        <Pagination page={data.page} pageSize={LAG_PAGE_SIZE} total={data.total} href={query} label={t('lagPages')} />
      </Section>
      <IndicatorCredits sources={data.chosen.map((i) => i.source)} />
    </div>
  )
})
