import { getTranslations } from 'next-intl/server'
import { Alert, Paragraph } from '@/components/ui/ds-static'
import { Section } from '@/components/ui/section'
import { NativeSelect } from '@/components/ui/native-select'
import type { TIssueFormError } from '../issue-survey-codes'
import type { TWaveResults } from '../results/queries'

/**
 * A plain form that posts to the code-sheet route; the answer is the PDF to print (no script needed),
 * or this page again with the refusal named (`error`).
 */
export async function IssueCodesForm({ waveId, issue, error }: { waveId: string; issue: NonNullable<TWaveResults['issue']>; error?: TIssueFormError }) {
  const t = await getTranslations('Surveys')
  const unitName = new Map(issue.units.map((u) => [u.id, u.name]))
  const classLabel = (c: (typeof issue.classes)[number]) => (issue.units.length > 1 ? t('issueClassAt', { name: c.name, unit: unitName.get(c.unitId) ?? '' }) : c.name)
  return (
    <Section id="issue" heading={t('issueHeading')}>
      <Paragraph>{t('issueLead')}</Paragraph>
      {error && (
        <Alert data-color="danger" role="alert">
          {t(`issueErrors.${error}`)}
        </Alert>
      )}
      <form method="post" action={`/kartlegging/${waveId}/koder`} className="flex max-w-md flex-col gap-3">
        <NativeSelect label={t('issueUnit')} name="enhet" required options={issue.units.map((u) => ({ value: u.id, label: u.name }))} />
        <NativeSelect label={t('issueClass')} name="klasse" options={[{ value: '', label: t('issueNoClass') }, ...issue.classes.map((c) => ({ value: c.id, label: classLabel(c) }))]} />
        <NativeSelect label={t('issueGroup')} name="gruppe" required options={issue.groups.map((g) => ({ value: g, label: t(`groups.${g}`) }))} />
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
