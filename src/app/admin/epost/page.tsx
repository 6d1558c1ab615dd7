import { getFormatter, getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import { RetryEmailForm } from '@/features/outbox/components/retry-form'
import { getEmailQueue } from '@/features/outbox/queries'
import { DataTable } from '@/components/ui/data-table'
import { OSLO } from '@/lib/oslo-time'
import { definePage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'
import { clientMessages } from '@/i18n/client-messages'

export const generateMetadata = pageTitle('EmailAdmin', 'title')

// Note: checked here and again in getEmailQueue and in the retry use case.
export default definePage({ route: '/admin/epost', permission: 'manage:platform', noAccess: { namespace: 'EmailAdmin' }, requestTransaction: false, messages: clientMessages('EmailAdmin') }, async ({ actor, db }) => {
  const t = await getTranslations('EmailAdmin')
  const queue = await getEmailQueue(db, actor)
  const format = await getFormatter()
  const moment = (d: Date) => format.dateTime(d, { dateStyle: 'short', timeStyle: 'short', timeZone: OSLO })

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('title')} lead={t('lead')}>
        <Paragraph>{t('counts', { pending: queue.pending, givenUp: queue.givenUp })}</Paragraph>
      </PageHeader>
      <DataTable
        caption={t('caption')}
        rows={queue.emails}
        empty={t('empty')}
        columns={[
          { header: t('createdAt'), nowrap: true, cell: (e) => moment(e.createdAt) },
          { header: t('to'), cell: (e) => e.to },
          {
            header: t('subject'),
            cell: (e) => (
              <>
                {e.subject} <span className="text-sm">({e.kind})</span>
              </>
            ),
          },
          { header: t('attempts'), numeric: true, cell: (e) => format.number(e.attempts) },
          { header: t('status'), cell: (e) => (e.givenUp ? t('givenUp') : t('waiting', { when: moment(e.sendAfter) })) },
          { header: t('lastError'), cell: (e) => e.lastError ?? '–' },
          { header: <span className="sr-only">{t('retry')}</span>, cell: (e) => <RetryEmailForm emailId={e.id} /> },
        ]}
      />
    </div>
  )
})
