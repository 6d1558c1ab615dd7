import { notFound } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { getPublicJournal, type TJournalEntry } from '@/features/forum/get-public-journal'
import { DataTable, type TColumn } from '@/components/ui/data-table'
import { getDb } from '@/server/db'
import { OSLO } from '@/lib/oslo-time'
import { definePublicPage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'

export const generateMetadata = pageTitle('Forum', 'journalTitle')

/** Public: the bodies' decisions are public documents (with their corrections); exempt ones and how each person voted stay out. */
export default definePublicPage<{ slug: string }>({ route: '/vedtak/[slug]' }, async ({ params }) => {
  const journal = await getPublicJournal(await getDb(), params.slug)
  if (!journal) notFound()
  const t = await getTranslations('Forum')
  const format = await getFormatter()
  const columns: TColumn<TJournalEntry>[] = [
    { header: t('reference'), nowrap: true, cell: (e) => e.reference },
    { header: t('decidedOn'), nowrap: true, cell: (e) => format.dateTime(e.decidedOn, { dateStyle: 'medium', timeZone: 'UTC' }) },
    { header: t('body'), cell: (e) => e.forumName },
    { header: t('itemTitle'), cell: (e) => e.title ?? (e.byCirculation ? t('byCirculation') : '–') },
    {
      header: t('decisionText'),
      cell: (e) => (
        <>
          {e.text}
          {e.corrections.map((c) => (
            <span key={c.version} className="mt-1 block text-sm">
              {t('correctedOn', { version: c.version, date: format.dateTime(c.createdAt, { dateStyle: 'medium', timeZone: OSLO }), reason: c.reason })}
            </span>
          ))}
          {e.originalText && <span className="mt-1 block text-sm">{t('originalText', { text: e.originalText })}</span>}
        </>
      ),
    },
    {
      header: t('outcome'),
      cell: (e) => (
        <>
          {t(`outcomes.${e.outcome}`)}
          {e.tally && ` (${t('tally', { for: e.tally.FOR, against: e.tally.AGAINST, abstain: e.tally.ABSTAIN })})`}
        </>
      ),
    },
  ]

  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('journalHeading', { partnership: journal.partnershipName })} lead={t('journalLead')} />
      <DataTable caption={t('journalCaption')} rows={journal.entries} columns={columns} rowKey={(e) => `${e.forumName}-${e.reference}`} empty={t('noJournal')} />
    </div>
  )
})
