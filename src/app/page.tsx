import { connection } from 'next/server'
import { getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@/components/ui/ds-static'
import { CycleAndGoalsSections, PublicPartnershipsSection, StatsSection } from '@/features/overview/components/home-sections'
import { getPublicOverview } from '@/features/overview/get-public-overview'
import { getDb } from '@/server/db'
import { definePublicPage } from '@/server/usecase/define-page'

// Public aggregates about public bodies only (get-public-overview.ts), the same for everyone.
export default definePublicPage({ route: '/' }, async () => {
  // Always rendered per request: the figures come from the database, never from the build.
  await connection()
  const t = await getTranslations('Home')
  const overview = await getPublicOverview(await getDb())

  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby="title">
        <Heading level={1} data-size="xl" id="title">
          {t('title')}
        </Heading>
        <Paragraph data-size="lg" className="max-w-3xl">
          {t('lead')}
        </Paragraph>
      </section>
      <StatsSection overview={overview} />
      <PublicPartnershipsSection partnerships={overview.partnerships} />
      <CycleAndGoalsSections />
    </div>
  )
})
