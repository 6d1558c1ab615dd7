import { notFound } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { getPublicJournal, type TJournalEntry } from '@/features/forum/get-public-journal'
import { DataTable, type TColumn } from '@/components/ui/data-table'
import { getDb } from '@/server/db'
import { definePublicPage } from '@/server/usecase/define-page'
import { pageTitle } from '@/i18n/page-title'
import { PageHeader } from '@/components/ui/page-header'

export const generateMetadata = pageTitle('Forum', 'journalTitle')

/** Public: forum decisions are public documents; exempt ones and how each person voted stay out. */
export default definePublicPage<{ slug: string }>({ route: '/vedtak/[slug]' }, async ({ params }) => {
  const journal = await getPublicJournal(await getDb(), params.slug)
  if (!journal) notFound()
  const t = await getTranslations('Forum')
  const format = await getFormatter()
  const columns: TColumn<TJournalEntry>[] = [
    { header: t('reference'), nowrap: true, cell: (e) => e.reference },
    { header: t('decidedOn'), nowrap: true, cell: (e) => format.dateTime(e.decidedOn, { dateStyle: 'medium', timeZone: 'UTC' }) },
    { header: t('itemTitle'), cell: (e) => e.title ?? '–' },
    { header: t('decisionText'), cell: (e) => e.text },
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
