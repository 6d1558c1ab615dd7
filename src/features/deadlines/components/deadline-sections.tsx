import { getFormatter, getTranslations } from 'next-intl/server'
import { Paragraph, Tag } from '@/components/ui/ds-static'
import { DataTable } from '@/components/ui/data-table'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import type { TDeadlines, TDeadlineView } from '../get-deadlines'
import type { TPartyStatus } from '../parties'
import { SetDeadlineForm } from './set-deadline-form'

const statusColor: Record<TPartyStatus, 'success' | 'warning' | 'danger' | 'neutral'> = { done: 'success', doneLate: 'warning', pending: 'neutral', late: 'danger' }

/** The page's heading, and for county governor staff the form that sets a deadline. */
export async function DeadlinesHeader({ view, year }: { view: TDeadlines; year: number }) {
  const t = await getTranslations('Deadlines')
  return (
    <>
      <PageHeader title={t('heading')} lead={view.oversees ? t('leadOversees') : t('lead')} />
      {view.counties.length > 0 && (
        <Section id="set-deadline" heading={t('setHeading')}>
          <SetDeadlineForm counties={view.counties} year={year} />
        </Section>
      )}
    </>
  )
}

/** One deadline: when, for whom, and each party's status (the overview of who is late). */
export async function DeadlineSection({ deadline, index }: { deadline: TDeadlineView; index: number }) {
  const t = await getTranslations('Deadlines')
  const format = await getFormatter()
  const due = format.dateTime(deadline.dueOn, { dateStyle: 'long', timeZone: 'UTC' })
  return (
    <Section id={`deadline-${index}`} heading={t('deadlineHeading', { kind: t(`kinds.${deadline.kind}`), year: deadline.year, due, county: deadline.countyName })}>
      <Paragraph data-size="sm">
        {t(`who.${deadline.kind}`)} {deadline.late > 0 ? t('lateCount', { count: deadline.late }) : t('noneLate')}
      </Paragraph>
      <DataTable
        caption={t('partiesCaption', { kind: t(`kinds.${deadline.kind}`), year: deadline.year })}
        rows={deadline.parties}
        rowKey={(p) => p.party}
        columns={[
          { header: t('party'), cell: (p) => p.name, rowHeader: true },
          { header: t('partnership'), cell: (p) => p.partnershipName },
          { header: t('status'), cell: (p) => <Tag data-color={statusColor[p.status]}>{t(`statuses.${p.status}`)}</Tag> },
          { header: t('doneAt'), cell: (p) => (p.doneAt ? format.dateTime(p.doneAt, { dateStyle: 'short' }) : '–'), nowrap: true },
        ]}
        empty={t('noParties')}
      />
    </Section>
  )
}

export async function NoDeadlines() {
  const t = await getTranslations('Deadlines')
  return <Paragraph>{t('none')}</Paragraph>
}
