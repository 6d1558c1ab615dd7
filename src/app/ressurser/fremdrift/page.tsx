import { getFormatter, getTranslations } from 'next-intl/server'
import { DataTable } from '@/components/ui/data-table'
import { Pagination } from '@/components/ui/pagination'
import { PageHeader } from '@/components/ui/page-header'
import { getProgress, PROGRESS_PER_PAGE } from '@/features/portal/get-progress'
import { resourcePage } from '@/features/portal/options'
import { pageTitle } from '@/i18n/page-title'
import { OSLO } from '@/lib/oslo-time'
import { ZPageNumber } from '@/lib/paging'
import { definePage } from '@/server/usecase/define-page'

export const generateMetadata = pageTitle('Portal', 'progressTitle')

// Note: checked here and again in getProgress (resourceUseReadScope: the units the actor oversees or works in).
export default definePage({ route: '/ressurser/fremdrift', permission: 'read:partnership', noAccess: { namespace: 'Portal' } }, async ({ actor, db, searchParams }) => {
  const t = await getTranslations('Portal')
  const format = await getFormatter()
  const { side: page } = ZPageNumber.parse(searchParams)
  const { progress, total } = await getProgress(db, actor, { page, pageSize: PROGRESS_PER_PAGE })
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: OSLO })
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('progressTitle')} back={{ href: '/ressurser', label: t('back') }} lead={t('progressLead')} />
      <DataTable
        caption={t('progressCaption')}
        rows={progress}
        empty={t('noProgress')}
        columns={[
          { header: t('package'), href: (p) => resourcePage(p.resourceId), cell: (p) => p.resourceTitle },
          { header: t('unit'), cell: (p) => (p.team ? `${p.unitName}: ${p.team}` : p.unitName) },
          { header: t('currentModule'), cell: (p) => p.currentModule ?? '–' },
          { header: t('modulesDone'), cell: (p) => t('progress', { done: p.done, total: p.modules }), nowrap: true },
          { header: t('started'), cell: (p) => day(p.startedAt), nowrap: true },
          { header: t('finished'), cell: (p) => (p.finishedAt ? day(p.finishedAt) : '–'), nowrap: true },
        ]}
      />
      <Pagination page={page} pageSize={PROGRESS_PER_PAGE} total={total} href={(n) => `/ressurser/fremdrift?side=${n}`} label={t('pages')} />
    </div>
  )
})
