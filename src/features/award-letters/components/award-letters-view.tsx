import { getFormatter, getTranslations } from 'next-intl/server'
import { Paragraph } from '@/components/ui/ds-static'
import { DataTable } from '@/components/ui/data-table'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { NOK, oreToKroner } from '@/lib/money'
import type { TAwardLettersPage, TLetterRow } from '../get-award-letters'
import { awardLetterPdfPath } from '../schemas'
import { AcceptLetterForm, SendLettersForm } from './letter-forms'

/** The day a year's reports are due unless the sender says otherwise: 1 March of the next year. */
const defaultDeadline = (year: number) => `${year + 1}-03-01`

/** The award letters page of a grant year: sending (county governor staff), the letters, and accepting (the recipient). */
export async function AwardLettersView({ page }: { page: TAwardLettersPage }) {
  const t = await getTranslations('AwardLetters')
  const format = await getFormatter()
  const nok = (ore: bigint) => format.number(oreToKroner(ore), NOK)
  const day = (d: Date) => format.dateTime(d, { dateStyle: 'medium', timeZone: 'UTC' })
  const sending = page.canSend && page.status !== 'CLOSED'
  const status = (l: TLetterRow) => (l.acceptedAt ? t('acceptedBy', { name: l.acceptedByName ?? '', when: format.dateTime(l.acceptedAt, { dateStyle: 'medium' }) }) : t('notAccepted'))
  return (
    <div className="flex flex-col gap-8">
      <PageHeader title={t('title', { year: page.year })} back={{ href: `/okonomi/${page.grantYearId}`, label: t('back', { partnership: page.partnershipName, year: page.year }) }} lead={t('lead')} />
      {sending && (
        <Section id="send" heading={t('sendHeading')}>
          <Paragraph>{page.unsent.length ? t('unsent', { count: page.unsent.length, names: page.unsent.map((a) => a.recipientName).join(', ') }) : t('allSent')}</Paragraph>
          {/* Note: kept after everything is sent, so the answer of the sending (how many letters and emails) stays on the page. */}
          <SendLettersForm grantYearId={page.grantYearId} defaultPurpose={t('defaultPurpose', { year: page.year })} defaultContact={page.defaultContact} defaultDeadline={defaultDeadline(page.year)} />
        </Section>
      )}
      <Section id="letters" heading={t('lettersHeading')}>
        <DataTable
          caption={t('lettersCaption')}
          rows={page.letters}
          empty={<Paragraph>{t('noLetters')}</Paragraph>}
          columns={[
            { header: t('recipient'), cell: (l) => l.recipientName, rowHeader: true },
            { header: t('amount'), cell: (l) => nok(l.amountOre), numeric: true, nowrap: true },
            { header: t('sentAt'), cell: (l) => format.dateTime(l.sentAt, { dateStyle: 'medium' }), nowrap: true },
            { header: t('emailedTo'), cell: (l) => t('emailedCount', { count: l.emailedTo }) },
            { header: t('reportingDeadline'), cell: (l) => day(l.reportingDeadline), nowrap: true },
            { header: t('status'), cell: status },
            {
              header: t('letter'),
              cell: (l) => (
                <a href={awardLetterPdfPath(page.grantYearId, l.id)} className="ds-link" download>
                  {t('pdf.download', { recipient: l.recipientName })}
                </a>
              ),
            },
          ]}
        />
        {page.letters
          .filter((l) => l.canAccept && !l.acceptedAt)
          .map((l) => (
            <div key={l.id} className="flex flex-col gap-2">
              <Paragraph>{t('acceptLead', { recipient: l.recipientName })}</Paragraph>
              <AcceptLetterForm letterId={l.id} recipientName={l.recipientName} />
            </div>
          ))}
      </Section>
    </div>
  )
}
