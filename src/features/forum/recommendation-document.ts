import type { TReportSection, TTablesLabels, TTablesReport } from '@/server/reports/tables'
import type { TRecommendation } from './recommendation'
import { ownerUniversityPairs, proposedSplit } from './recommendation-split'

/** A translator for one namespace, as a plain function so the document never depends on next-intl. */
export type TTranslate = (key: string, values?: Record<string, string | number>) => string

const list = (values: string[]) => values.join(', ')

export function recommendationLabels(t: TTranslate): TTablesLabels {
  return { summarySheet: t('summarySheet'), yes: t('yes'), no: t('no'), none: t('none'), pageOf: (page, pages) => t('pageOf', { page: String(page), pages: String(pages) }) }
}

/**
 * The recommendation as facts and tables, for both the PDF and the spreadsheet: the prioritised
 * measures, who takes part, which owner works with which UH partner, the proposed split of money
 * and the decisions it rests on. `t` is the Recommendation namespace, `dev` Development (enum labels).
 */
export function recommendationDocument(rec: TRecommendation, t: TTranslate, dev: TTranslate): TTablesReport {
  const budgets = rec.measures.reduce((sum, m) => sum + (m.budgetOre ?? 0n), 0n)
  const split = proposedSplit(rec.measures)
  return {
    title: t('title', { year: String(rec.year) }),
    subject: rec.forumName,
    generatedAt: rec.generatedAt,
    facts: [
      { label: t('forum'), kind: 'text', value: rec.forumName },
      { label: t('partnership'), kind: 'text', value: rec.partnershipName },
      { label: t('county'), kind: 'text', value: rec.countyName },
      { label: t('year'), kind: 'year', value: rec.year },
      { label: t('measureCount'), kind: 'text', value: String(rec.measures.length) },
      { label: t('proposedTotal'), kind: 'kroner', value: budgets },
      { label: t('generatedAt'), kind: 'moment', value: rec.generatedAt },
    ],
    summaryNote: t('amountsInKroner'),
    layout: 'landscape',
    sections: [
      measuresSection(rec, t, dev, budgets),
      {
        title: t('participantsHeading'),
        columns: [
          { header: t('measure'), kind: 'text', weight: 2 },
          { header: t('unit'), kind: 'text', weight: 2 },
          { header: t('owner'), kind: 'text', weight: 1.6 },
        ],
        rows: rec.measures.flatMap((m) => m.units.map((u) => [m.title, u.name, u.ownerName])),
      },
      {
        title: t('pairsHeading'),
        columns: [
          { header: t('owner'), kind: 'text', weight: 1.5 },
          { header: t('university'), kind: 'text', weight: 1.5 },
          { header: t('measures'), kind: 'text', weight: 3 },
          { header: t('units'), kind: 'count', weight: 0.7 },
        ],
        rows: ownerUniversityPairs(rec.measures).map((p) => [p.ownerName, p.universityName ?? t('noUniversity'), list(p.measures), p.units]),
      },
      {
        title: t('splitHeading'),
        columns: [
          { header: t('owner'), kind: 'text', weight: 2.5 },
          { header: t('measures'), kind: 'count', weight: 0.8 },
          { header: t('amount'), kind: 'kroner', weight: 1.2 },
        ],
        rows: [
          ...split.owners.map((o) => [o.ownerName, o.measures, o.amountOre]),
          ...(split.unassignedOre > 0n ? [[t('unassigned'), null, split.unassignedOre]] : []),
        ],
        total: [t('sum'), null, budgets],
        note: t('splitNote'),
      },
      {
        title: t('decisionsHeading'),
        columns: [
          { header: t('reference'), kind: 'text', weight: 0.8 },
          { header: t('date'), kind: 'date', weight: 0.9 },
          { header: t('text'), kind: 'text', weight: 5 },
        ],
        rows: rec.decisions.map((d) => [d.reference, d.decidedOn, d.text]),
      },
    ],
  }
}

/** The prioritised measures, one row each, with the sum of the money proposed. */
function measuresSection(rec: TRecommendation, t: TTranslate, dev: TTranslate, budgets: bigint): TReportSection {
  const owners = (m: TRecommendation['measures'][number]) => list([...new Set(m.units.map((u) => u.ownerName))])
  return {
    title: t('measuresHeading'),
    columns: [
      { header: t('priority'), kind: 'count', weight: 0.7 },
      { header: t('measure'), kind: 'text', weight: 2.4 },
      { header: t('level'), kind: 'text', weight: 1.1 },
      { header: t('themes'), kind: 'text', weight: 1.5 },
      { header: t('university'), kind: 'text', weight: 1.5 },
      { header: t('units'), kind: 'count', weight: 0.7 },
      { header: t('owners'), kind: 'text', weight: 1.8 },
      { header: t('decision'), kind: 'text', weight: 0.8 },
      { header: t('budget'), kind: 'kroner', weight: 1.2 },
    ],
    rows: rec.measures.map((m) => [
      m.priority,
      m.title,
      dev(`levels.${m.level}`),
      list(m.themes.map((theme) => dev(`themes.${theme}`))),
      m.universityName ?? t('noUniversity'),
      m.units.length,
      owners(m),
      m.decisionReference,
      m.budgetOre,
    ]),
    total: [t('sum'), null, null, null, null, null, null, null, budgets],
  }
}
