import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import { Section } from '@/components/ui/section'
import { ownerReportsPath } from '@/features/owner-reports/schemas'
import { awardLettersPath } from '../schemas'

/** On the grant year page: links to the year's award letters and owners' reports (no query of its own). */
export async function LettersAndReportsSection({ year }: { year: { id: string } }) {
  const t = await getTranslations('AwardLetters')
  return (
    <Section id="letters-reports" heading={t('yearSectionHeading')}>
      <Paragraph>
        <Link href={awardLettersPath(year.id)} className="ds-link">
          {t('yearLettersLink')}
        </Link>
      </Paragraph>
      <Paragraph>
        <Link href={ownerReportsPath(year.id)} className="ds-link">
          {t('yearReportsLink')}
        </Link>
      </Paragraph>
    </Section>
  )
}
