import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { Heading, Paragraph } from '@/components/ui/ds-static'
import type { TAssessmentDashboard } from '../dashboard'
import { schoolYearEnd } from '@/lib/school-year'
import { Section } from '@/components/ui/section'


/**
 * The dashboard's self-assessment piece: a principal or head sees their unit's current analysis
 * (or a link to start one), an owner its units with a shared analysis. Nothing when `data` is null.
 * Use: `<AssessmentDashboardSection data={await getAssessmentDashboard(db, actor)} />`.
 */
export async function AssessmentDashboardSection({ data }: { data: TAssessmentDashboard | null }) {
  if (!data) return null
  const t = await getTranslations('Assessment')
  return (
    <Section id="assessment" heading={t('dashboard.heading')} href="/egenvurdering" className="flex flex-col gap-2">
      {data.own.length > 0 && (
        <ul className="list-disc pl-6">
          {data.own.map((u) => (
            <li key={u.unitId}>
              {u.current ? (
                <>
                  {t('dashboard.current', { unit: u.unitName, year: u.current.year, next: schoolYearEnd(u.current.year), phase: t(`phases.${u.current.phase}`) })}
                  {`, ${u.current.shared ? t('dashboard.isShared') : t('dashboard.isNotShared')} – `}
                  <Link href={`/egenvurdering/${u.current.id}`} className="ds-link">
                    {t('dashboard.open', { unit: u.unitName })}
                  </Link>
                </>
              ) : (
                <>
                  {`${t('dashboard.none', { unit: u.unitName })} `}
                  <Link href="/egenvurdering" className="ds-link">
                    {t('dashboard.startLink')}
                  </Link>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {(data.own.length === 0 || data.shared.length > 0) && (
        <>
          <Heading level={3} data-size="xs">
            {t('dashboard.sharedHeading')}
          </Heading>
          {data.shared.length === 0 ? (
            <Paragraph>{t('dashboard.sharedNone')}</Paragraph>
          ) : (
            <ul className="list-disc pl-6">
              {data.shared.map((a) => (
                <li key={a.id}>
                  <Link href={`/egenvurdering/${a.id}`} className="ds-link">
                    {t('dashboard.sharedRow', { unit: a.unitName, year: a.year, next: schoolYearEnd(a.year), phase: t(`phases.${a.phase}`) })}
                  </Link>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </Section>
  )
}
