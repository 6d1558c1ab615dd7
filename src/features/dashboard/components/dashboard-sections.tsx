import { getFormatter, getTranslations } from 'next-intl/server'
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { FigureCards } from '@/components/ui/figure-cards'
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
  const t = await getTranslations('Dashboard')
  const figures = [
    { value: counts.partnerships, label: t('partnerships', { count: counts.partnerships }) },
    { value: counts.owners, label: t('owners', { count: counts.owners }) },
    { value: counts.units, label: t('units', { count: counts.units }) },
    { value: counts.networks, label: t('networks', { count: counts.networks }) },
  ]
  return <FigureCards id="counts" heading={t('countsHeading')} headingSize="sm" figures={figures} />
}

/** The partnerships this person may see (first 20); nothing when there are none. */
export async function PartnershipsSection({ partnerships }: { partnerships: TDashboard['partnerships'] }) {
  if (partnerships.length === 0) return null
  const t = await getTranslations('Dashboard')
  return (
    <Section id="partnerships" heading={t('partnershipsHeading')} className="">
      <Table zebra className="w-full">
        <caption className="text-left">{t('partnershipsCaption')}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t('colName')}</TableHeaderCell>
            <TableHeaderCell>{t('colCounty')}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {partnerships.map((p) => (
            <TableRow key={p.slug}>
              <TableCell>{p.name}</TableCell>
              <TableCell>{p.countyName}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
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
      <Table zebra className="w-full">
        <caption className="text-left">{t('unitsCaption')}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t('colName')}</TableHeaderCell>
            <TableHeaderCell>{t('colMunicipality')}</TableHeaderCell>
            <TableHeaderCell>{t('colPupils')}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {units.map((u) => (
            <TableRow key={u.id}>
              <TableCell>{u.name}</TableCell>
              <TableCell>{u.municipality}</TableCell>
              <TableCell>{format.number(u.pupilCount)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </Section>
  )
}
