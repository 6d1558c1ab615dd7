import { totals, type TFundingReport } from '../summary'
import { kindLabel, type TReportLabels } from './labels'

import { NOT_APPLICABLE, type TReportSection } from '@/server/reports/tables'

/**
 * The per-recipient summary comes first (the spreadsheet puts it under the facts of the year on
 * its summary sheet), then the awards, spending and co-financing lists.
 */
export function reportSections(report: TFundingReport, labels: TReportLabels): [TReportSection, ...TReportSection[]] {
  const sums = totals(report.rows)
  return [
    {
      title: labels.perRecipientHeading,
      columns: [
        { header: labels.recipient, kind: 'text', weight: 2.1 },
        { header: labels.role, kind: 'text' },
        { header: labels.allocated, kind: 'kroner', weight: 1.3 },
        { header: labels.awarded, kind: 'kroner', weight: 1.3 },
        { header: labels.spent, kind: 'kroner', weight: 1.3 },
        { header: labels.remaining, kind: 'kroner', weight: 1.3 },
        { header: labels.coFinanced, kind: 'kroner', weight: 1.3 },
        { header: labels.requiredCoFinancing, kind: 'kroner', weight: 1.3 },
        { header: labels.belowRequirement, kind: 'flag' },
      ],
      // UH partners have no co-financing duty; a 0 or «No» there would suggest they had one and met it.
      rows: report.rows.map((r) => [
        r.recipientName,
        r.isOwner ? labels.roleOwner : labels.roleUh,
        r.allocatedOre,
        r.awardedOre,
        r.spentOre,
        r.remainingOre,
        r.isOwner ? r.coFinancedOre : NOT_APPLICABLE,
        r.isOwner ? r.requiredCoFinancingOre : NOT_APPLICABLE,
        r.isOwner ? r.belowCoFinancing : NOT_APPLICABLE,
      ]),
      total: [
        labels.sum,
        null,
        sums.allocatedOre,
        sums.awardedOre,
        sums.spentOre,
        sums.remainingOre,
        sums.coFinancedOre,
        sums.requiredCoFinancingOre,
        null,
      ],
      note: labels.remainingNote,
    },
    {
      title: labels.awardsHeading,
      columns: [
        { header: labels.recipient, kind: 'text', weight: 4 },
        { header: labels.date, kind: 'date', weight: 1.4 },
        { header: labels.amount, kind: 'kroner', weight: 1.6 },
      ],
      rows: report.awards.map((a) => [a.recipientName, a.awardedOn, a.amountOre]),
      total: [labels.sum, null, sumOf(report.awards)],
    },
    {
      title: labels.spendingHeading,
      columns: [
        { header: labels.date, kind: 'date', weight: 1.2 },
        { header: labels.recipient, kind: 'text', weight: 2 },
        { header: labels.measure, kind: 'text', weight: 2 },
        { header: labels.description, kind: 'text', weight: 4 },
        { header: labels.amount, kind: 'kroner', weight: 1.4 },
      ],
      rows: report.spendings.map((s) => [s.spentOn, s.recipientName, s.measureTitle, s.description, s.amountOre]),
      total: [labels.sum, null, null, null, sumOf(report.spendings)],
    },
    {
      title: labels.coFinancingHeading,
      columns: [
        { header: labels.owner, kind: 'text', weight: 2 },
        { header: labels.kind, kind: 'text', weight: 1.5 },
        { header: labels.hours, kind: 'hours', weight: 0.8 },
        { header: labels.hourlyRate, kind: 'kroner', weight: 1.2 },
        { header: labels.amount, kind: 'kroner', weight: 1.4 },
        { header: labels.description, kind: 'text', weight: 3.5 },
      ],
      rows: report.coFinancings.map((c) => [c.ownerName, kindLabel(labels, c.kind), c.hoursCenti, c.hourlyRateOre, c.amountOre, c.description]),
      total: [labels.sum, null, null, null, sumOf(report.coFinancings), null],
    },
  ]
}

const sumOf = (rows: { amountOre: bigint }[]) => rows.reduce((a, r) => a + r.amountOre, 0n)
