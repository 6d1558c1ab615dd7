import type { Metadata } from 'next'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { RetryEmailForm } from '@/features/outbox/components/retry-form'
import { getEmailQueue } from '@/features/outbox/queries'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { OSLO } from '@/lib/oslo-time'
import { definePage } from '@/server/usecase/define-page'
import { clientMessages } from '@/i18n/client-messages'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('EmailAdmin')
  return { title: t('title') }
}

// Note: checked here and again in getEmailQueue and in the retry use case.
export default definePage({ route: '/admin/epost', permission: 'manage:platform', noAccess: { namespace: 'EmailAdmin' }, requestTransaction: false, messages: clientMessages('EmailAdmin') }, async ({ actor, db }) => {
  const t = await getTranslations('EmailAdmin')
  const queue = await getEmailQueue(db, actor)
  const format = await getFormatter()
  const moment = (d: Date) => format.dateTime(d, { dateStyle: 'short', timeStyle: 'short', timeZone: OSLO })

  return (
    <div className="flex flex-col gap-6">
      <div>
        <Heading level={1} data-size="lg">
          {t('title')}
        </Heading>
        <Paragraph>{t('lead')}</Paragraph>
        <Paragraph>{t('counts', { pending: queue.pending, givenUp: queue.givenUp })}</Paragraph>
      </div>
      {queue.emails.length === 0 ? (
        <Paragraph>{t('empty')}</Paragraph>
      ) : (
        <ScrollRegion label={t('caption')}>
          <Table zebra className="w-full">
            <caption className="text-left">{t('caption')}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('createdAt')}</TableHeaderCell>
                <TableHeaderCell>{t('to')}</TableHeaderCell>
                <TableHeaderCell>{t('subject')}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t('attempts')}</TableHeaderCell>
                <TableHeaderCell>{t('status')}</TableHeaderCell>
                <TableHeaderCell>{t('lastError')}</TableHeaderCell>
                <TableHeaderCell>
                  <span className="sr-only">{t('retry')}</span>
                </TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {queue.emails.map((e) => (
                <TableRow key={e.id}>
                  <TableCell className="whitespace-nowrap">{moment(e.createdAt)}</TableCell>
                  <TableCell>{e.to}</TableCell>
                  <TableCell>
                    {e.subject} <span className="text-sm">({e.kind})</span>
                  </TableCell>
                  <TableCell className="text-right">{format.number(e.attempts)}</TableCell>
                  <TableCell>{e.givenUp ? t('givenUp') : t('waiting', { when: moment(e.sendAfter) })}</TableCell>
                  <TableCell>{e.lastError ?? '–'}</TableCell>
                  <TableCell>
                    <RetryEmailForm emailId={e.id} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
    </div>
  )
})
