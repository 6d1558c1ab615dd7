import { getTranslations } from 'next-intl/server'
import { Paragraph } from '@digdir/designsystemet-react'
import { Section } from '@/components/ui/section'
import type { TWaveResults } from '../results/queries'

/** A plain form that posts to the code-sheet route; the answer is the PDF to print (no script needed). */
export async function IssueCodesForm({ waveId, issue }: { waveId: string; issue: NonNullable<TWaveResults['issue']> }) {
  const t = await getTranslations('Surveys')
  return (
    <Section id="issue" heading={t('issueHeading')}>
      <Paragraph>{t('issueLead')}</Paragraph>
      <form method="post" action={`/kartlegging/${waveId}/koder`} className="flex max-w-md flex-col gap-3">
        <label className="flex flex-col gap-1">
          {t('issueUnit')}
          <select name="enhet" className="ds-input" required>
            {issue.units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          {t('issueGroup')}
          <select name="gruppe" className="ds-input" required>
            {issue.groups.map((g) => (
              <option key={g} value={g}>
                {t(`groups.${g}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1">
          {t('issueCount')}
          <input name="antall" type="number" min={1} max={60} defaultValue={25} required className="ds-input" />
        </label>
        <div>
          <button type="submit" className="ds-button" data-variant="primary">
            {t('issueButton')}
          </button>
        </div>
      </form>
    </Section>
  )
}
