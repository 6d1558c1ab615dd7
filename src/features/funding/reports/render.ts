import 'server-only'
import { renderTablesPdf } from '@/server/reports/pdf'
import type { TReportSection, TTablesReport } from '@/server/reports/tables'
import { renderTablesXlsx } from '@/server/reports/xlsx'
import type { TFundingReport } from '../summary'
import { reportTitle, statusLabel, type TReportLabels } from './labels'
import { reportSections } from './sections'

/** The yearly financial report as the facts and tables both formats draw; `more` are tables other areas add (the owners' reports). */
export function fundingDocument(report: TFundingReport, labels: TReportLabels, more: TReportSection[] = []): TTablesReport {
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
    sections: withMore(reportSections(report, labels), more),
    // Nine columns of amounts per recipient do not fit across a portrait page.
    layout: 'landscape',
  }
}

/** The report's own tables, then the added ones: still a list with a first table for the summary sheet. */
function withMore([first, ...rest]: TTablesReport['sections'], more: TReportSection[]): TTablesReport['sections'] {
  return [first, ...rest, ...more]
}

export function renderFundingPdf(report: TFundingReport, labels: TReportLabels, locale: string, more: TReportSection[] = []): Promise<Buffer> {
  return renderTablesPdf(fundingDocument(report, labels, more), labels, locale)
}

export function renderFundingXlsx(report: TFundingReport, labels: TReportLabels, locale: string, more: TReportSection[] = []): Promise<Buffer> {
  return renderTablesXlsx(fundingDocument(report, labels, more), labels, locale)
}
