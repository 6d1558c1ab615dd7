import { getFormatter, getTranslations } from 'next-intl/server'
import { Alert, Card, Heading, Paragraph } from '@/components/ui/ds-static'
import { Disclosure } from '@/components/ui/disclosure'
import { OSLO } from '@/lib/oslo-time'
import type { TDecisionVersions } from '../decision-versions'
import type { TForumDetail } from '../get-forum'
import { Section } from '@/components/ui/section'
import { CirculationDecisionForm, CorrectDecisionForm } from './body-forms'

/** The body's kind, period and chair, under its name (issue 20). */
export async function BodyFacts({ forum }: { forum: TForumDetail }) {
  const t = await getTranslations('Forum')
  const format = await getFormatter()
  const date = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })
  const chairs = forum.members.filter((m) => m.isChair && !m.periodEnd)
  return (
    <Paragraph data-size="sm">
      {t(`bodyKinds.${forum.kind}`)}
      {forum.periodStart && ` · ${t('periodLine', { from: date(forum.periodStart), to: forum.periodEnd ? date(forum.periodEnd) : '' })}`}
      {chairs.length > 0 && ` · ${t('chairLine', { names: chairs.map((c) => `${c.personName} (${c.organisationName})`).join(', ') })}`}
    </Paragraph>
  )
}

/** Whom the body lacks under its composition rule: each owner without its principal member (issue 20). */
export async function CompositionSection({ forum }: { forum: TForumDetail }) {
  if (forum.compositionRule === 'NONE') return null
  const t = await getTranslations('Forum')
  return (
    <Section id="composition" heading={t('compositionHeading')}>
      <Paragraph>{t(`compositionRules.${forum.compositionRule}`)}</Paragraph>
      {forum.missingOwners.length === 0 ? (
        <Alert data-color="success">{t('compositionComplete')}</Alert>
      ) : (
        <Alert data-color="warning">
          <Heading level={3} data-size="xs">
            {t('missingOwnersHeading', { count: forum.missingOwners.length })}
          </Heading>
          <ul className="m-0 list-disc pl-6" aria-label={t('missingOwnersHeading', { count: forum.missingOwners.length })}>
            {forum.missingOwners.map((o) => (
              <li key={o.id}>{o.name}</li>
            ))}
          </ul>
        </Alert>
      )}
    </Section>
  )
}

/** A decision's text in force, with each correction and its reason, and for the secretariat the form to correct it. */
export async function DecisionVersions({ decision, canManage }: { decision: TDecisionVersions & { id: string; reference: string }; canManage: boolean }) {
  const t = await getTranslations('Forum')
  const format = await getFormatter()
  return (
    <>
      <Paragraph>{decision.text}</Paragraph>
      {decision.corrections.map((c) => (
        <Paragraph key={c.version} data-size="sm">
          {t('correctedOn', { version: c.version, date: format.dateTime(c.createdAt, { dateStyle: 'medium', timeZone: OSLO }), reason: c.reason })}
        </Paragraph>
      ))}
      {decision.originalText && <Paragraph data-size="sm">{t('originalText', { text: decision.originalText })}</Paragraph>}
      {canManage && (
        <Disclosure summary={t('correctDecisionFor', { reference: decision.reference })}>
          <CorrectDecisionForm decisionId={decision.id} text={decision.text} reference={decision.reference} />
        </Disclosure>
      )}
    </>
  )
}

/** Decisions taken by circulation among the members, without a meeting (issue 19). */
export async function CirculationSection({ forum, today }: { forum: TForumDetail; today: string }) {
  if (!forum.canManage && forum.circulationDecisions.length === 0) return null
  const t = await getTranslations('Forum')
  const format = await getFormatter()
  return (
    <Section id="circulation" heading={t('circulationHeading')} className="flex flex-col gap-4">
      <Paragraph>{t('circulationLead')}</Paragraph>
      {forum.circulationDecisions.map((d) => (
        <Card key={d.id}>
          <Heading level={3} data-size="xs">
            {t('decisionHeading', { reference: d.reference })} · {format.dateTime(d.decidedOn, { dateStyle: 'medium', timeZone: 'UTC' })}
            {d.exemptFromPublic && ` · ${t('exemptShort')}`}
          </Heading>
          <Paragraph data-size="sm">
            {t('proposal')}: {d.proposal}
          </Paragraph>
          <DecisionVersions decision={d} canManage={forum.canManage} />
        </Card>
      ))}
      {forum.canManage && (
        <Disclosure summary={t('recordCirculation')}>
          <CirculationDecisionForm forumId={forum.id} today={today} />
        </Disclosure>
      )}
    </Section>
  )
}
