import type { CoFinancingKind, GrantYearStatus } from '@/generated/prisma/enums'
import type { TFundingReport } from '../summary'

/** The message keys of the `FundingReport` namespace that the reports use. */
export type TReportKey =
  | 'title'
  | 'titleForRecipient'
  | 'pageOf'
  | 'partnership'
  | 'county'
  | 'year'
  | 'status'
  | 'statuses.OPEN'
  | 'statuses.ALLOCATED'
  | 'statuses.CLOSED'
  | 'stateAmount'
  | 'coFinancingShare'
  | 'generatedAt'
  | 'amountsInKroner'
  | 'summarySheet'
  | 'perRecipientHeading'
  | 'recipient'
  | 'role'
  | 'roleOwner'
  | 'roleUh'
  | 'allocated'
  | 'awarded'
  | 'spent'
  | 'remaining'
  | 'coFinanced'
  | 'requiredCoFinancing'
  | 'belowRequirement'
  | 'yes'
  | 'no'
  | 'sum'
  | 'remainingNote'
  | 'awardsHeading'
  | 'spendingHeading'
  | 'coFinancingHeading'
  | 'date'
  | 'amount'
  | 'measure'
  | 'description'
  | 'owner'
  | 'kind'
  | 'kinds.MONEY'
  | 'kinds.STAFF_TIME'
  | 'hours'
  | 'hourlyRate'
  | 'none'
  | 'fileName'

/**
 * A translator for the `FundingReport` namespace, as a plain function so the renderers never
 * depend on next-intl. Both next-intl's `getTranslations('FundingReport')` (keys as plain strings)
 * and a `createTranslator` over typed messages fit; with typed messages TypeScript also checks
 * that every key here exists in the file.
 */
export type TReportTranslator = (key: TReportKey, values?: Record<string, string | number>) => string

/**
 * Every text the spreadsheet and the PDF print, already in the reader's language. The three
 * texts that take values are functions, so a renderer cannot forget to fill in a placeholder.
 */
export interface TReportLabels {
  title: (year: number) => string
  titleForRecipient: (year: number, recipient: string) => string
  /** Strings are allowed so the spreadsheet can pass its print codes (`&P`, `&N`). */
  pageOf: (page: number | string, pages: number | string) => string
  partnership: string
  county: string
  year: string
  status: string
  statusOpen: string
  statusAllocated: string
  statusClosed: string
  stateAmount: string
  coFinancingShare: string
  generatedAt: string
  amountsInKroner: string
  summarySheet: string
  perRecipientHeading: string
  recipient: string
  role: string
  roleOwner: string
  roleUh: string
  allocated: string
  awarded: string
  spent: string
  remaining: string
  coFinanced: string
  requiredCoFinancing: string
  belowRequirement: string
  yes: string
  no: string
  sum: string
  remainingNote: string
  awardsHeading: string
  spendingHeading: string
  coFinancingHeading: string
  date: string
  amount: string
  measure: string
  description: string
  owner: string
  kind: string
  kindMoney: string
  kindStaffTime: string
  hours: string
  hourlyRate: string
  none: string
  /** The start of the download's file name, before the partnership, year and recipient. */
  fileName: string
}

export function reportLabels(t: TReportTranslator): TReportLabels {
  return {
    title: (year) => t('title', { year: String(year) }),
    titleForRecipient: (year, recipient) => t('titleForRecipient', { year: String(year), recipient }),
    pageOf: (page, pages) => t('pageOf', { page: String(page), pages: String(pages) }),
    partnership: t('partnership'),
    county: t('county'),
    year: t('year'),
    status: t('status'),
    statusOpen: t('statuses.OPEN'),
    statusAllocated: t('statuses.ALLOCATED'),
    statusClosed: t('statuses.CLOSED'),
    stateAmount: t('stateAmount'),
    coFinancingShare: t('coFinancingShare'),
    generatedAt: t('generatedAt'),
    amountsInKroner: t('amountsInKroner'),
    summarySheet: t('summarySheet'),
    perRecipientHeading: t('perRecipientHeading'),
    recipient: t('recipient'),
    role: t('role'),
    roleOwner: t('roleOwner'),
    roleUh: t('roleUh'),
    allocated: t('allocated'),
    awarded: t('awarded'),
    spent: t('spent'),
    remaining: t('remaining'),
    coFinanced: t('coFinanced'),
    requiredCoFinancing: t('requiredCoFinancing'),
    belowRequirement: t('belowRequirement'),
    yes: t('yes'),
    no: t('no'),
    sum: t('sum'),
    remainingNote: t('remainingNote'),
    awardsHeading: t('awardsHeading'),
    spendingHeading: t('spendingHeading'),
    coFinancingHeading: t('coFinancingHeading'),
    date: t('date'),
    amount: t('amount'),
    measure: t('measure'),
    description: t('description'),
    owner: t('owner'),
    kind: t('kind'),
    kindMoney: t('kinds.MONEY'),
    kindStaffTime: t('kinds.STAFF_TIME'),
    hours: t('hours'),
    hourlyRate: t('hourlyRate'),
    none: t('none'),
    fileName: t('fileName'),
  }
}

export function statusLabel(labels: TReportLabels, status: GrantYearStatus): string {
  return { OPEN: labels.statusOpen, ALLOCATED: labels.statusAllocated, CLOSED: labels.statusClosed }[status]
}

export function kindLabel(labels: TReportLabels, kind: CoFinancingKind): string {
  return { MONEY: labels.kindMoney, STAFF_TIME: labels.kindStaffTime }[kind]
}

/** The one title both formats print, so the spreadsheet and the PDF of a report are named alike. */
export function reportTitle(labels: TReportLabels, report: Pick<TFundingReport, 'year' | 'recipient'>): string {
  return report.recipient ? labels.titleForRecipient(report.year, report.recipient.name) : labels.title(report.year)
}
