import { getFormatter, getTranslations } from 'next-intl/server'
import { Paragraph, Tag } from '@/components/ui/ds-static'
import { DataTable } from '@/components/ui/data-table'
import { Section } from '@/components/ui/section'
import { kronerForInput, NOK, oreToKroner } from '@/lib/money'
import { DecideRecommendationForm } from '@/features/funding/components/decide-recommendation-form'
import type { TRecommendationVersion, TRecommendationWork } from '../recommendation-versions'
import { AdoptRecommendationForm, DraftRecommendationForm, ReturnRecommendationForm, SendRecommendationForm } from './recommendation-forms'

const STATUS_COLOR = { DRAFT: 'neutral', ADOPTED: 'info', SENT: 'warning', DECIDED: 'success', RETURNED: 'danger' } as const

/**
 * The recommendation's lifecycle for one year: the version being worked on with its planned
 * amounts and the step the person may take next (the secretariat drafts, records the adopting
 * decision and sends; county governor staff decide or return), then the earlier versions.
 */
export async function RecommendationLifecycleSection({ work, today }: { work: TRecommendationWork; today: string }) {
  const t = await getTranslations('RecommendationLifecycle')
  const format = await getFormatter()
  const kr = (ore: bigint) => format.number(oreToKroner(ore), NOK)
  const [current, ...earlier] = work.versions
  const live = current && current.status !== 'RETURNED' ? current : null

  return (
    <>
      <Section id="current-version" heading={live ? t('versionHeading', { version: live.version }) : t('noVersionHeading')}>
        {live ? <VersionFacts version={live} kr={kr} t={t} format={format} /> : <Paragraph>{current ? t('returnedLead', { version: current.version }) : t('noVersion', { year: work.year })}</Paragraph>}
        {current?.status === 'RETURNED' && <Paragraph className="whitespace-pre-line">{t('returnedComment', { comment: current.returnComment ?? '' })}</Paragraph>}
        <NextStep work={work} live={live} basis={live ?? current ?? null} kr={kr} today={today} t={t} />
      </Section>
      {earlier.length > 0 && (
        <Section id="earlier-versions" heading={t('earlierHeading')}>
          {earlier.map((v) => (
            <VersionFacts key={v.id} version={v} kr={kr} t={t} format={format} />
          ))}
        </Section>
      )}
    </>
  )
}

type TTranslate = Awaited<ReturnType<typeof getTranslations<'RecommendationLifecycle'>>>
type TFormat = Awaited<ReturnType<typeof getFormatter>>

function VersionFacts({ version: v, kr, t, format }: { version: TRecommendationVersion; kr: (ore: bigint) => string; t: TTranslate; format: TFormat }) {
  const when = (d: Date) => format.dateTime(d, { dateStyle: 'medium' })
  return (
    <div className="flex flex-col gap-2">
      <Paragraph>
        <Tag data-color={STATUS_COLOR[v.status]}>{t(`status.${v.status}`)}</Tag> {t('versionLabel', { version: v.version })}
        {v.decision && ` · ${t('adoptedBy', { reference: v.decision.reference })}`}
        {v.sentAt && ` · ${t('sentOn', { date: when(v.sentAt) })}`}
        {v.decidedAt && ` · ${t('decidedOn', { date: when(v.decidedAt), reference: v.vedtakReference ?? '' })}`}
        {v.returnedAt && ` · ${t('returnedOn', { date: when(v.returnedAt) })}`}
      </Paragraph>
      {v.note && <Paragraph className="whitespace-pre-line">{v.note}</Paragraph>}
      <DataTable
        caption={t('linesCaption', { version: v.version })}
        rows={v.lines}
        rowKey={(l) => l.recipientId}
        columns={[
          { header: t('recipient'), cell: (l) => l.recipientName, rowHeader: true },
          { header: t('planned'), numeric: true, nowrap: true, cell: (l) => kr(l.amountOre) },
        ]}
        empty={<Paragraph>{t('noLines')}</Paragraph>}
        foot={
          <tr>
            <th scope="row">{t('sum')}</th>
            <td className="text-right">{kr(v.totalOre)}</td>
          </tr>
        }
      />
      {v.status === 'DECIDED' && <Paragraph>{t('awardsCreated', { count: v.awardCount })}</Paragraph>}
    </div>
  )
}

/** The form for the step that comes next, for whoever may take it; otherwise who is to act. */
function NextStep({ work, live, basis, kr, today, t }: { work: TRecommendationWork; live: TRecommendationVersion | null; basis: TRecommendationVersion | null; kr: (ore: bigint) => string; today: string; t: TTranslate }) {
  const status = live?.status ?? null
  if (work.runsForum && (status === null || status === 'DRAFT')) {
    const planned = new Map((basis?.lines ?? []).map((l) => [l.recipientId, l.amountOre]))
    const rows = work.recipients.map((r) => ({
      id: r.id,
      name: r.name,
      kindLabel: t(`kind.${r.kind}`),
      start: planned.has(r.id) ? kronerForInput(planned.get(r.id)!) : basis ? '' : r.suggestedOre > 0n ? kronerForInput(r.suggestedOre) : '',
      suggestion: r.suggestedOre > 0n ? t('suggested', { amount: kr(r.suggestedOre) }) : t('noSuggestion'),
    }))
    return (
      <div className="flex flex-col gap-6">
        <DraftRecommendationForm forumId={work.forumId} year={work.year} note={basis?.note ?? ''} rows={rows} />
        {live && <AdoptRecommendationForm recommendationId={live.id} decisions={work.decisions} />}
      </div>
    )
  }
  if (work.runsForum && live && status === 'ADOPTED') return <SendRecommendationForm recommendationId={live.id} version={live.version} year={work.year} />
  if (work.decidesFunding && live && status === 'SENT') {
    if (!work.grantYear) return <Paragraph>{t('openGrantYearFirst', { year: work.year })}</Paragraph>
    const left = work.grantYear.stateAmountOre - work.grantYear.awardedOre
    const rows = live.lines.map((l) => ({ id: l.recipientId, name: l.recipientName, planned: kronerForInput(l.amountOre), plannedText: kr(l.amountOre) }))
    return (
      <div className="flex flex-col gap-6">
        <DecideRecommendationForm recommendationId={live.id} rows={rows} leftText={t('left', { left: kr(left), total: kr(live.totalOre) })} today={today} />
        <ReturnRecommendationForm recommendationId={live.id} />
      </div>
    )
  }
  if (status === 'SENT') return <Paragraph>{t('waitingForGovernor')}</Paragraph>
  return null
}
