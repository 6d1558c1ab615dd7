import { getFormatter, getTranslations } from 'next-intl/server'
import { Table, TableBody, TableCell, TableFoot, TableHead, TableHeaderCell, TableRow, Tag } from '@digdir/designsystemet-react'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { NOK, oreToKroner } from '@/lib/money'
import { totals, type TRecipientFigures } from '../summary'

/**
 * Per recipient: allocated, awarded, spent, remaining, and co-financing against the required
 * share with a flag for owners below it. On a closed year, "remaining" is money to repay or
 * reallocate, and the column says so.
 */
export async function FiguresTable({ rows, caption, closed, withTotals = true }: { rows: TRecipientFigures[]; caption: string; closed: boolean; withTotals?: boolean }) {
  const t = await getTranslations('Funding')
  const format = await getFormatter()
  const nok = (ore: bigint) => format.number(oreToKroner(ore), NOK)
  const sum = totals(rows)
  const right = 'text-right whitespace-nowrap'
  return (
    <ScrollRegion label={caption}>
      <Table zebra className="w-full">
        <caption className="text-left">{caption}</caption>
        <TableHead>
          <TableRow>
            <TableHeaderCell>{t('recipient')}</TableHeaderCell>
            <TableHeaderCell className={right}>{t('adjusted')}</TableHeaderCell>
            <TableHeaderCell className={right}>{t('awarded')}</TableHeaderCell>
            <TableHeaderCell className={right}>{t('spent')}</TableHeaderCell>
            <TableHeaderCell className={right}>{closed ? t('unused') : t('remaining')}</TableHeaderCell>
            <TableHeaderCell className={right}>{t('coFinanced')}</TableHeaderCell>
            <TableHeaderCell className={right}>{t('coFinancingRequiredAmount')}</TableHeaderCell>
            <TableHeaderCell>{t('coFinancingStatus')}</TableHeaderCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.recipientId}>
              <TableHeaderCell scope="row">{r.recipientName}</TableHeaderCell>
              <TableCell className={right}>{r.isOwner ? nok(r.allocatedOre) : '–'}</TableCell>
              <TableCell className={right}>{nok(r.awardedOre)}</TableCell>
              <TableCell className={right}>{nok(r.spentOre)}</TableCell>
              <TableCell className={right}>{nok(r.remainingOre)}</TableCell>
              <TableCell className={right}>{r.isOwner ? nok(r.coFinancedOre) : '–'}</TableCell>
              <TableCell className={right}>{r.isOwner ? nok(r.requiredCoFinancingOre) : '–'}</TableCell>
              <TableCell>
                {!r.isOwner ? (
                  t('notOwnerShort')
                ) : r.belowCoFinancing ? (
                  <Tag data-color="warning">{t('below')}</Tag>
                ) : (
                  <Tag data-color="success">{t('met')}</Tag>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
        {withTotals && rows.length > 1 && (
          <TableFoot>
            <TableRow>
              <TableHeaderCell scope="row">{t('sum')}</TableHeaderCell>
              <TableCell className={right}>{nok(sum.allocatedOre)}</TableCell>
              <TableCell className={right}>{nok(sum.awardedOre)}</TableCell>
              <TableCell className={right}>{nok(sum.spentOre)}</TableCell>
              <TableCell className={right}>{nok(sum.remainingOre)}</TableCell>
              <TableCell className={right}>{nok(sum.coFinancedOre)}</TableCell>
              <TableCell className={right}>{nok(sum.requiredCoFinancingOre)}</TableCell>
              <TableCell />
            </TableRow>
          </TableFoot>
        )}
      </Table>
    </ScrollRegion>
  )
}

/** The chart's rows: kroner as numbers, for the client component. */
export function chartRows(rows: TRecipientFigures[]) {
  return rows.map((r) => ({ name: r.recipientName, awarded: oreToKroner(r.awardedOre), spent: oreToKroner(r.spentOre) }))
}
