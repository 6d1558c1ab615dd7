import { getFormatter, getTranslations } from 'next-intl/server'
import { Alert, Paragraph, TableCell, TableHeaderCell, TableRow } from '@/components/ui/ds-static'
import { DataTable } from '@/components/ui/data-table'
import { PageHeader } from '@/components/ui/page-header'
import { Section } from '@/components/ui/section'
import { NOK, oreToKroner } from '@/lib/money'
import type { TYearEnd } from '../get-year-end'
import type { TSettlementLine } from '../settlement'
import { ReallocateForm, UnusedMoneyForm, YearClosingForm } from './year-end-forms'

/** The sections of the year-end page (/okonomi/[grantYearId]/arsavslutning), in the page's order. */
type TProps = { end: TYearEnd }

async function money() {
  const format = await getFormatter()
  return { format, nok: (ore: bigint) => format.number(oreToKroner(ore), NOK) }
}

const managesOpen = (end: TYearEnd) => end.canManage && end.status !== 'CLOSED'

export async function YearEndHeader({ end }: TProps) {
  const t = await getTranslations('YearEnd')
  return (
    <PageHeader title={t('heading', { year: end.year })} back={{ href: `/okonomi/${end.id}`, label: t('back', { year: end.year }) }} lead={t('lead')}>
      <Paragraph data-size="sm">{end.partnershipName}</Paragraph>
      {end.status === 'CLOSED' && <Alert data-color="info">{t('closedNotice')}</Alert>}
    </PageHeader>
  )
}

/** The year's choice, shown to all; county governor staff change it while the year is open. */
export async function UnusedMoneySection({ end }: TProps) {
  const t = await getTranslations('YearEnd')
  return (
    <Section id="unused-money" heading={t('modeHeading')}>
      <Paragraph>
        {t('modeLabel')}: <strong>{t(`modes.${end.unusedMoney}`)}</strong>
      </Paragraph>
      <Paragraph data-size="sm">{t('modeHelp')}</Paragraph>
      {managesOpen(end) && <UnusedMoneyForm grantYearId={end.id} unusedMoney={end.unusedMoney} />}
    </Section>
  )
}

/** Per recipient: awarded, moved in and out, spent, and the unused sum to repay or reallocate. */
export async function SettlementSection({ end }: TProps) {
  const t = await getTranslations('YearEnd')
  const { nok } = await money()
  const columns = [
    { header: t('recipient'), cell: (l: TSettlementLine) => l.name, rowHeader: true },
    { header: t('awarded'), cell: (l: TSettlementLine) => nok(l.awardedOre), numeric: true },
    { header: t('movedIn'), cell: (l: TSettlementLine) => nok(l.movedInOre), numeric: true },
    { header: t('movedOut'), cell: (l: TSettlementLine) => nok(l.movedOutOre), numeric: true },
    { header: t('spent'), cell: (l: TSettlementLine) => nok(l.spentOre), numeric: true },
    { header: t(`unused${end.unusedMoney}`), cell: (l: TSettlementLine) => nok(l.unusedOre), numeric: true },
  ]
  const foot = (
    <TableRow>
      <TableHeaderCell scope="row">{t('total')}</TableHeaderCell>
      <TableCell className="text-right">{nok(end.totals.awardedOre)}</TableCell>
      <TableCell className="text-right">{nok(end.totals.movedOre)}</TableCell>
      <TableCell className="text-right">{nok(end.totals.movedOre)}</TableCell>
      <TableCell className="text-right">{nok(end.totals.spentOre)}</TableCell>
      <TableCell className="text-right">{nok(end.totals.unusedOre)}</TableCell>
    </TableRow>
  )
  return (
    <Section id="settlement" heading={t('settlementHeading')}>
      <DataTable caption={t('settlementCaption', { year: end.year })} rows={end.lines} rowKey={(l) => l.recipientId} columns={columns} empty={t('noLines')} foot={foot} />
    </Section>
  )
}

/** The moves made, and for county governor staff in a year set to reallocate, the form to move more. */
export async function MovesSection({ end }: TProps) {
  if (end.unusedMoney !== 'REALLOCATE' && end.moves.length === 0) return null
  const t = await getTranslations('YearEnd')
  const { format, nok } = await money()
  const canMove = managesOpen(end) && end.unusedMoney === 'REALLOCATE'
  return (
    <Section id="moves" heading={t('movesHeading')} form={canMove && { summary: t('move'), initiallyOpen: end.moves.length === 0, node: <ReallocateForm grantYearId={end.id} recipients={end.recipients} /> }}>
      <DataTable
        caption={t('movesCaption')}
        rows={end.moves}
        columns={[
          { header: t('movedAt'), cell: (m) => format.dateTime(m.at, { dateStyle: 'short' }), nowrap: true },
          { header: t('from'), cell: (m) => m.fromName },
          { header: t('to'), cell: (m) => m.toName },
          { header: t('amount'), cell: (m) => nok(m.amountOre), numeric: true },
          { header: t('reason'), cell: (m) => m.reason },
        ]}
        empty={t('noMoves')}
      />
    </Section>
  )
}

/** Closing (while open) or reopening (once closed), each behind a confirmation dialog. */
export async function CloseOrReopenSection({ end }: TProps) {
  if (!end.canManage) return null
  const t = await getTranslations('YearEnd')
  const { nok } = await money()
  const closed = end.status === 'CLOSED'
  const text = closed
    ? { open: t('reopenOpen'), title: t('reopenTitle', { year: end.year }), body: t('reopenBody'), confirm: t('reopenConfirm') }
    : { open: t('closeOpen'), title: t('closeTitle', { year: end.year }), body: t(`closeBody${end.unusedMoney}`, { unused: nok(end.totals.unusedOre) }), confirm: t('closeConfirm') }
  return (
    <Section id="close" heading={closed ? t('reopenHeading') : t('closeHeading')}>
      <YearClosingForm grantYearId={end.id} closed={closed} text={text} />
    </Section>
  )
}

/** Every closing and reopening, with the unused sum then and the reason for a reopening. */
export async function HistorySection({ end }: TProps) {
  const t = await getTranslations('YearEnd')
  const { format, nok } = await money()
  return (
    <Section id="history" heading={t('historyHeading')}>
      <DataTable
        caption={t('historyCaption')}
        rows={end.events}
        columns={[
          { header: t('when'), cell: (e) => format.dateTime(e.at, { dateStyle: 'short', timeStyle: 'short' }), nowrap: true },
          { header: t('event'), cell: (e) => t(`kinds.${e.kind}`) },
          { header: t('unusedThen'), cell: (e) => `${nok(e.unusedOre)} (${t(`modes.${e.unusedMoney}`)})` },
          { header: t('reason'), cell: (e) => e.reason ?? '' },
        ]}
        empty={t('noHistory')}
      />
    </Section>
  )
}
