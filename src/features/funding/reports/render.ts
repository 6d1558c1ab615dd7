import 'server-only'
import { renderTablesPdf } from '@/server/reports/pdf'
import type { TTablesReport } from '@/server/reports/tables'
import { renderTablesXlsx } from '@/server/reports/xlsx'
import type { TFundingReport } from '../summary'
import { reportTitle, statusLabel, type TReportLabels } from './labels'
import { reportSections } from './sections'

/** The yearly financial report as the facts and tables both formats draw. */
export function fundingDocument(report: TFundingReport, labels: TReportLabels): TTablesReport {
  return {
    title: reportTitle(labels, report),
    subject: report.partnershipName,
    generatedAt: report.generatedAt,
    facts: [
      { label: labels.partnership, kind: 'text', value: report.partnershipName },
      { label: labels.county, kind: 'text', value: report.countyName },
      ...(report.recipient ? [{ label: labels.recipient, kind: 'text' as const, value: report.recipient.name }] : []),
      { label: labels.year, kind: 'year', value: report.year },
      { label: labels.status, kind: 'text', value: statusLabel(labels, report.status) },
      { label: labels.stateAmount, kind: 'kroner', value: report.stateAmountOre },
      { label: labels.coFinancingShare, kind: 'percent', value: report.coFinancingBp },
      { label: labels.generatedAt, kind: 'moment', value: report.generatedAt },
    ],
    summaryNote: labels.amountsInKroner,
    sections: reportSections(report, labels),
    // Nine columns of amounts per recipient do not fit across a portrait page.
    layout: 'landscape',
  }
}

export function renderFundingPdf(report: TFundingReport, labels: TReportLabels, locale: string): Promise<Buffer> {
  return renderTablesPdf(fundingDocument(report, labels), labels, locale)
}

export function renderFundingXlsx(report: TFundingReport, labels: TReportLabels, locale: string): Promise<Buffer> {
  return renderTablesXlsx(fundingDocument(report, labels), labels, locale)
}
