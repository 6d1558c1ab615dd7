import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { Pagination } from '@/components/ui/pagination'
import { PageHeader } from '@/components/ui/page-header'
import { ResourceFilters, ResourceResults } from '@/features/portal/components/resource-list'
import { RESOURCES_PER_PAGE } from '@/features/portal/options'
import { ZResourceFilters } from '@/features/portal/schemas'
import { searchResources } from '@/features/portal/search-resources'
import { can } from '@/server/authz/actor'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { ZPageNumber } from '@/lib/paging'

export const generateMetadata = pageTitle('Portal', 'title')

// Note: checked here and again in searchResources (permission and resourceReadScope).
export default definePage({ route: '/ressurser', permission: 'read:partnership', noAccess: { namespace: 'Portal' } }, async ({ actor, db, searchParams }) => {
  const t = await getTranslations('Portal')
  const filters = ZResourceFilters.parse(searchParams)
  const { side: page } = ZPageNumber.parse(searchParams)
  const { resources, total } = await searchResources(db, actor, filters, { page, pageSize: RESOURCES_PER_PAGE })
  // The search and filters stay in every page's address.
  const query = Object.entries(filters).filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => [k, String(v)])
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('title')} lead={t('lead')}>
        <div className="flex flex-wrap gap-4">
          {can(actor, 'write:resources') && (
            <Link href="/ressurser/ny" className="ds-link">
              {t('newResource')}
            </Link>
          )}
          <Link href="/ressurser/fremdrift" className="ds-link">
            {t('progressTitle')}
          </Link>
        </div>
      </PageHeader>
      <ResourceFilters filters={filters} />
      <ResourceResults resources={resources} total={total} searched={query.length > 0} />
      <Pagination page={page} pageSize={RESOURCES_PER_PAGE} total={total} href={(n) => `/ressurser?${new URLSearchParams([...query, ['side', String(n)]])}`} label={t('pages')} />
    </div>
  )
})
