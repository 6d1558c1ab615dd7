import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { AssessmentDashboardSection } from '@/features/assessment/components/dashboard-section'
import { getAssessmentDashboard } from '@/features/assessment/dashboard'
import { DashboardIntro } from '@/features/dashboard/components/dashboard-intro'
import { CountsSection, MembershipsSection, PartnershipsSection, UnitsSection } from '@/features/dashboard/components/dashboard-sections'
import { ForumDashboardSection } from '@/features/dashboard/components/forum-section'
import { getDashboard } from '@/features/dashboard/get-dashboard'
import { getForums } from '@/features/forum/get-forums'
import { FundingDashboardSection } from '@/features/funding/components/dashboard-section'
import { getFundingDashboard } from '@/features/funding/dashboard'
import { MeasuresDashboardSection } from '@/features/measures/components/dashboard-section'
import { getMeasuresDashboard } from '@/features/measures/dashboard'
import { NeedsDashboardSection } from '@/features/needs/components/dashboard-section'
import { getNeedsDashboard } from '@/features/needs/dashboard'
import { NetworksDashboardSection } from '@/features/networks/components/dashboard-section'
import { getNetworksDashboard } from '@/features/networks/dashboard'
import { StaffDashboardSection } from '@/features/staff/components/dashboard-section'
import { getStaffDashboard } from '@/features/staff/dashboard'
import { can } from '@/server/authz/actor'
import { definePage } from '@/server/usecase/define-page'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Dashboard')
  return { title: t('title') }
}

// Note: the check is here in the page (and again in getDashboard), never only in a layout.
export default definePage({ route: '/oversikt', permission: 'read:dashboard', noAccess: { namespace: 'Dashboard' } }, async ({ actor, db }) => {
  // Each piece reads through its own scopes and comes back empty (or null) for whoever has nothing there.
  const [dashboard, funding, forums, assessment, needs, measures, networks, staff] = await Promise.all([
    getDashboard(db, actor),
    getFundingDashboard(db, actor),
    can(actor, 'read:forum') ? getForums(db, actor) : Promise.resolve([]),
    getAssessmentDashboard(db, actor),
    getNeedsDashboard(db, actor),
    getMeasuresDashboard(db, actor),
    getNetworksDashboard(db, actor),
    getStaffDashboard(db, actor),
  ])

  return (
    <div className="flex flex-col gap-8">
      <DashboardIntro actor={actor} name={dashboard.name} />
      <MembershipsSection memberships={dashboard.memberships} />
      <CountsSection counts={dashboard.counts} />
      <ForumDashboardSection forums={forums} />
      <AssessmentDashboardSection data={assessment} />
      <StaffDashboardSection data={staff} />
      <NeedsDashboardSection data={needs} />
      <MeasuresDashboardSection data={measures} />
      <NetworksDashboardSection dashboard={networks} />
      <FundingDashboardSection years={funding} />
      <PartnershipsSection partnerships={dashboard.partnerships} />
      <UnitsSection units={dashboard.units} />
    </div>
  )
})
