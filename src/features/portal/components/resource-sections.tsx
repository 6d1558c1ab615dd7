import { getFormatter, getTranslations } from 'next-intl/server'
import { Paragraph, Tag } from '@/components/ui/ds-static'
import { Section } from '@/components/ui/section'
import { PageHeader } from '@/components/ui/page-header'
import { OSLO } from '@/lib/oslo-time'
import type { TResourceDetail } from '../get-resource'
import { PORTAL_PAGE } from '../options'
import { AddModuleForm, ApproveSharingForms, LinkMeasureForm, MarkModuleForm, StartPackageForm } from './forms'

/** The resource's heading, summary and metadata as a description list. */
export async function ResourceHeader({ resource: r }: { resource: TResourceDetail }) {
  const t = await getTranslations('Portal')
  const dev = await getTranslations('Development')
  const where = r.partnership?.name ?? r.network?.name ?? r.unit?.name
  const facts: [string, string][] = [
    [t('kind'), t(`kinds.${r.kind}`)],
    [t('sharing'), [t(`visibility.${r.visibility}`), where].filter(Boolean).join(': ')],
    [t('themes'), r.themes.map((v) => dev(`themes.${v}`)).join(', ')],
    [t('audiences'), r.audiences.map((v) => t(`audience.${v}`)).join(', ') || '–'],
    [t('levels'), r.levels.map((v) => t(`level.${v}`)).join(', ') || '–'],
    [t('grades'), r.grades.join(', ') || '–'],
    [t('curricula'), r.curriculaNamed.map((c) => `${c.title} (${c.code})`).join(', ') || '–'],
    [t('competenceAims'), r.aimsNamed.map((a) => `${a.code}: ${a.text}`).join('; ') || '–'],
    [t('durationWeeks'), r.durationWeeks ? t('weeks', { count: r.durationWeeks }) : '–'],
    [t('licence'), t(`licences.${r.licence}`)],
    [t('language'), t(`languages.${r.language}`)],
    [t('author'), r.authorName ?? '–'],
  ]
  return (
    <>
      <PageHeader title={r.title} back={{ href: PORTAL_PAGE, label: t('back') }} lead={r.summary} />
      {r.requestedVisibility && (
        <Section id="approval" heading={t('pendingHeading')} size="sm">
          <Paragraph>{t('pending', { visibility: t(`visibility.${r.requestedVisibility}`) })}</Paragraph>
          {r.mayApprove && <ApproveSharingForms resourceId={r.id} />}
        </Section>
      )}
      <dl className="grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {facts.map(([k, v]) => (
          <div key={k} className="contents">
            <dt className="font-medium">{k}</dt>
            <dd className="break-words">{v}</dd>
          </div>
        ))}
      </dl>
      {r.body && <Paragraph className="whitespace-pre-line">{r.body}</Paragraph>}
      {r.url && (
        <Paragraph>
          <a href={r.url} className="ds-link" rel="noopener noreferrer">
            {t('openLink')}
          </a>
        </Paragraph>
      )}
      {r.fileName && (
        <Paragraph>
          <a href={`/ressurser/${r.id}/fil`} className="ds-link" download>
            {t('download', { name: r.fileName })}
          </a>
        </Paragraph>
      )}
    </>
  )
}

/** A package's modules in order, with the author's form for the next one. */
export async function ModulesSection({ resource: r }: { resource: TResourceDetail }) {
  const t = await getTranslations('Portal')
  if (r.kind !== 'PACKAGE') return null
  return (
    <Section id="modules" heading={t('modulesHeading')} form={r.mayAddModules && { summary: t('addModule'), node: <AddModuleForm resourceId={r.id} /> }}>
      {r.modules.length === 0 ? (
        <Paragraph>{t('noModules')}</Paragraph>
      ) : (
        <ol className="flex list-decimal flex-col gap-3 pl-6">
          {r.modules.map((m) => (
            <li key={m.id}>
              <span className="font-medium">{m.title}</span> <Tag data-color="neutral">{t(`moduleKinds.${m.kind}`)}</Tag>
              {m.durationWeeks ? <span> · {t('weeks', { count: m.durationWeeks })}</span> : null}
              {m.body && <Paragraph data-size="sm">{m.body}</Paragraph>}
              {m.url && (
                <a href={m.url} className="ds-link" rel="noopener noreferrer">
                  {t('openLink')}
                </a>
              )}
            </li>
          ))}
        </ol>
      )}
    </Section>
  )
}

/** Who is working through the package: start it for one's unit or team, mark modules, see progress. */
export async function UsesSection({ resource: r }: { resource: TResourceDetail }) {
  const t = await getTranslations('Portal')
  const format = await getFormatter()
  if (r.kind !== 'PACKAGE') return null
  const canStart = r.startUnits.length > 0 && r.modules.length > 0
  if (!canStart && r.uses.length === 0) return null
  return (
    <Section id="uses" heading={t('usesHeading')} form={canStart && { summary: t('startHeading'), initiallyOpen: r.uses.length === 0, node: <StartPackageForm resourceId={r.id} units={r.startUnits} /> }}>
      {r.uses.length === 0 && <Paragraph>{t('noUses')}</Paragraph>}
      {r.uses.map((u) => (
        <article key={u.id} aria-labelledby={`use-${u.id}`} className="flex flex-col gap-2 border-b border-gray-300 pb-4">
          <h3 id={`use-${u.id}`} className="ds-heading" data-size="xs">
            {u.team ? `${u.unit.name}: ${u.team}` : t('wholeStaff', { unit: u.unit.name })}
          </h3>
          <Paragraph data-size="sm">
            {t('progress', { done: u.doneIds.length, total: r.modules.length })} · {t('startedOn', { day: format.dateTime(u.startedAt, { dateStyle: 'medium', timeZone: OSLO }) })}
            {u.finishedAt && ` · ${t('finishedOn', { day: format.dateTime(u.finishedAt, { dateStyle: 'medium', timeZone: OSLO }) })}`}
          </Paragraph>
          <ol className="flex flex-col gap-2">
            {r.modules.map((m) => {
              const done = u.doneIds.includes(m.id)
              const current = u.currentModuleId === m.id
              return (
                <li key={m.id} className="flex flex-wrap items-center gap-2">
                  <span>
                    {m.position}. {m.title}
                  </span>
                  {done && <Tag data-color="success">{t('doneTag')}</Tag>}
                  {current && <Tag data-color="info">{t('current')}</Tag>}
                  {u.mine && !done && (
                    <>
                      {!current && <MarkModuleForm useId={u.id} moduleId={m.id} step="current" label={t('markCurrent', { module: m.position })} />}
                      <MarkModuleForm useId={u.id} moduleId={m.id} step="done" label={t('markDone', { module: m.position })} />
                    </>
                  )}
                </li>
              )
            })}
          </ol>
        </article>
      ))}
    </Section>
  )
}

/** The measures that use the resource, and the secretariat's form to name one more. */
export async function MeasuresSection({ resource: r }: { resource: TResourceDetail }) {
  const t = await getTranslations('Portal')
  if (!r.measures.length && !r.measureOptions.length) return null
  return (
    <Section id="measures" heading={t('measuresHeading')} form={r.measureOptions.length > 0 && { summary: t('linkMeasure'), node: <LinkMeasureForm resourceId={r.id} measures={r.measureOptions} /> }}>
      {r.measures.length === 0 ? (
        <Paragraph>{t('noMeasures')}</Paragraph>
      ) : (
        <ul className="flex flex-col gap-1">
          {r.measures.map((m) => (
            <li key={m.id}>
              <a href={`/tiltak/${m.id}`} className="ds-link">
                {m.title}
              </a>{' '}
              ({m.partnership.name})
            </li>
          ))}
        </ul>
      )}
    </Section>
  )
}
