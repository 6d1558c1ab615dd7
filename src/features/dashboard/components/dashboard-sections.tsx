import { getFormatter, getTranslations } from 'next-intl/server'
import { DataTable } from '@/components/ui/data-table'
import { countFigures, FigureCards } from '@/components/ui/figure-cards'
import type { TDashboard } from '../get-dashboard'
import { Section } from '@/components/ui/section'

/** The person's roles, each with where it applies. */
export async function MembershipsSection({ memberships }: { memberships: TDashboard['memberships'] }) {
  const t = await getTranslations('Dashboard')
  const tRoles = await getTranslations('Roles')
  return (
    <Section id="roles" heading={t('membershipsHeading')} className="">
      <ul className="list-disc pl-6">
        {memberships.map((m, i) => (
          <li key={i}>
            {tRoles(m.role)}
            {[m.unit, m.organisation, m.partnership].filter(Boolean).map((place) => ` – ${place}`)}
          </li>
        ))}
      </ul>
    </Section>
  )
}

/** What this person may see, counted, as cards. */
export async function CountsSection({ counts }: { counts: TDashboard['counts'] }) {
  if (!counts) return null
  const t = await getTranslations('Dashboard')
  const figures = countFigures(t, [
    ['partnerships', counts.partnerships],
    ['units', counts.units],
  ])
  return <FigureCards id="counts" heading={t('countsHeading')} headingSize="sm" figures={figures} />
}

/** The partnerships this person may see (first 20); nothing when there are none. */
export async function PartnershipsSection({ partnerships }: { partnerships: TDashboard['partnerships'] }) {
  if (partnerships.length === 0) return null
  const t = await getTranslations('Dashboard')
  return (
    <Section id="partnerships" heading={t('partnershipsHeading')} className="">
      <DataTable
        caption={t('partnershipsCaption')}
        rows={partnerships}
        rowKey={(p) => p.slug}
        empty={null}
        columns={[
          { header: t('colName'), cell: (p) => p.name },
          { header: t('colCounty'), cell: (p) => p.countyName },
          { header: t('colOwners'), numeric: true, cell: (p) => p.owners },
          { header: t('colNetworks'), numeric: true, cell: (p) => p.networks },
        ]}
      />
    </Section>
  )
}

/** The units this person answers for (first 20); nothing when there are none. */
export async function UnitsSection({ units }: { units: TDashboard['units'] }) {
  if (units.length === 0) return null
  const t = await getTranslations('Dashboard')
  const format = await getFormatter()
  return (
    <Section id="units" heading={t('unitsHeading')} className="">
      <DataTable
        caption={t('unitsCaption')}
        rows={units}
        empty={null}
        columns={[
          { header: t('colName'), cell: (u) => u.name },
          { header: t('colMunicipality'), cell: (u) => u.municipality },
          { header: t('colPupils'), cell: (u) => format.number(u.pupilCount) },
        ]}
      />
    </Section>
  )
}
