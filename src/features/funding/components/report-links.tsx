import { Paragraph } from '@/components/ui/ds-static'
import { getTranslations } from 'next-intl/server'

/** Download links for the yearly financial report, for the whole year or one recipient. */
export async function ReportLinks({ grantYearId, recipient }: { grantYearId: string; recipient?: { id: string; name: string } }) {
  const t = await getTranslations('Funding')
  const query = recipient ? `?mottaker=${recipient.id}` : ''
  return (
    <Paragraph>
      {recipient ? t('reportFor', { name: recipient.name }) : t('reportDownload')}{' '}
      <a href={`/okonomi/${grantYearId}/rapport.xlsx${query}`} className="ds-link" download>
        {t('reportXlsx')}
      </a>{' '}
      ·{' '}
      <a href={`/okonomi/${grantYearId}/rapport.pdf${query}`} className="ds-link" download>
        {t('reportPdf')}
      </a>
    </Paragraph>
  )
}
