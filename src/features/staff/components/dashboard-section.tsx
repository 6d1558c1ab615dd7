import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { Section } from '@/components/ui/section'
import { DataTable } from '@/components/ui/data-table'
import type { TStaffDashboard } from '../dashboard'

/** My classes and my networks' materials on /oversikt (nothing for null). */
export async function StaffDashboardSection({ data }: { data: TStaffDashboard | null }) {
  if (!data) return null
  const t = await getTranslations('Staff')
  return (
    <>
      {data.classes.length > 0 && (
        <Section id="my-classes" heading={t('dashboard.classesHeading')} size="md" className="flex flex-col gap-4">
          <DataTable
            caption={t('dashboard.classesCaption')}
            rows={data.classes}
            rowKey={(g) => g.id}
            empty={null}
            columns={[
              { header: t('colClass'), cell: (g) => (g.grade ? t('classLabel', { grade: g.grade, name: g.name }) : g.name) },
              { header: t('colUnit'), cell: (g) => g.unitName },
              { header: t('colSchoolYear'), nowrap: true, cell: (g) => t('schoolYearLabel', { from: g.schoolYear, to: g.schoolYear + 1 }) },
            ]}
          />
        </Section>
      )}
      {data.materials.length > 0 && (
        <Section id="my-materials" heading={t('dashboard.materialsHeading')} size="md" className="flex flex-col gap-4">
          <ul className="m-0 flex flex-col gap-2 pl-5">
            {data.materials.map((m) => (
              <li key={m.id}>
                <a href={m.url ?? `/nettverk/${m.networkId}/materiale/${m.id}`} className="ds-link">
                  {m.title}
                </a>{' '}
                – <Link href={`/nettverk/${m.networkId}`} className="ds-link">{m.networkName}</Link>
              </li>
            ))}
          </ul>
        </Section>
      )}
    </>
  )
}
