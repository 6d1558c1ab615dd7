import { getFormatter, getTranslations } from 'next-intl/server'
import { TableCell, TableHeaderCell, TableRow, Tag } from '@/components/ui/ds-static'
import { DataTable, type TColumn } from '@/components/ui/data-table'
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
  const money = (header: string, ore: (r: TRecipientFigures) => bigint, ownersOnly = false): TColumn<TRecipientFigures> => ({
    header,
    numeric: true,
    nowrap: true,
    cell: (r) => (ownersOnly && !r.isOwner ? '–' : nok(ore(r))),
  })
  return (
    <DataTable
      caption={caption}
      rows={rows}
      rowKey={(r) => r.recipientId}
      empty={null}
      columns={[
        { header: t('recipient'), rowHeader: true, cell: (r) => r.recipientName },
        money(t('adjusted'), (r) => r.allocatedOre, true),
        money(t('awarded'), (r) => r.awardedOre),
        money(t('spent'), (r) => r.spentOre),
        money(closed ? t('unused') : t('remaining'), (r) => r.remainingOre),
        money(t('coFinanced'), (r) => r.coFinancedOre, true),
        money(t('coFinancingRequiredAmount'), (r) => r.requiredCoFinancingOre, true),
        { header: t('coFinancingStatus'), cell: (r) => (!r.isOwner ? t('notOwnerShort') : r.belowCoFinancing ? <Tag data-color="warning">{t('below')}</Tag> : <Tag data-color="success">{t('met')}</Tag>) },
      ]}
      foot={
        withTotals &&
        rows.length > 1 && (
          <TableRow>
            <TableHeaderCell scope="row">{t('sum')}</TableHeaderCell>
            {[sum.allocatedOre, sum.awardedOre, sum.spentOre, sum.remainingOre, sum.coFinancedOre, sum.requiredCoFinancingOre].map((ore, i) => (
              <TableCell key={i} className={right}>
                {nok(ore)}
              </TableCell>
            ))}
            <TableCell />
          </TableRow>
        )
      }
    />
  )
}

/** The chart's rows: kroner as numbers, for the client component. */
export function chartRows(rows: TRecipientFigures[]) {
  return rows.map((r) => ({ name: r.recipientName, awarded: oreToKroner(r.awardedOre), spent: oreToKroner(r.spentOre) }))
}
