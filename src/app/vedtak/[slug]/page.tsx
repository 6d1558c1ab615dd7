import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getFormatter, getTranslations } from 'next-intl/server'
import { Heading, Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { getPublicJournal } from '@/features/forum/queries'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { getDb } from '@/server/db'

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('Forum')
  return { title: t('journalTitle') }
}

/** Public: forum decisions are public documents; exempt ones and how each person voted stay out. */
export default async function JournalPage({ params }: { params: Promise<{ slug: string }> }) {
  const journal = await getPublicJournal(await getDb(), (await params).slug)
  if (!journal) notFound()
  const t = await getTranslations('Forum')
  const format = await getFormatter()

  return (
    <div className="flex flex-col gap-8">
      <div>
        <Heading level={1} data-size="lg">
          {t('journalHeading', { partnership: journal.partnershipName })}
        </Heading>
        <Paragraph>{t('journalLead')}</Paragraph>
      </div>
      {journal.entries.length === 0 ? (
        <Paragraph>{t('noJournal')}</Paragraph>
      ) : (
        <ScrollRegion label={t('journalCaption')}>
          <Table zebra className="w-full">
            <caption className="text-left">{t('journalCaption')}</caption>
            <TableHead>
              <TableRow>
                <TableHeaderCell>{t('reference')}</TableHeaderCell>
                <TableHeaderCell>{t('decidedOn')}</TableHeaderCell>
                <TableHeaderCell>{t('itemTitle')}</TableHeaderCell>
                <TableHeaderCell>{t('decisionText')}</TableHeaderCell>
                <TableHeaderCell>{t('outcome')}</TableHeaderCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {journal.entries.map((e) => (
                <TableRow key={`${e.forumName}-${e.reference}`}>
                  <TableCell className="whitespace-nowrap">{e.reference}</TableCell>
                  <TableCell className="whitespace-nowrap">{format.dateTime(e.decidedOn, { dateStyle: 'medium', timeZone: 'UTC' })}</TableCell>
                  <TableCell>{e.title ?? '–'}</TableCell>
                  <TableCell>{e.text}</TableCell>
                  <TableCell>
                    {t(`outcomes.${e.outcome}`)}
                    {e.tally && ` (${t('tally', { for: e.tally.FOR, against: e.tally.AGAINST, abstain: e.tally.ABSTAIN })})`}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
    </div>
  )
}
