import { getTranslations } from 'next-intl/server'
import { Textfield } from '@digdir/designsystemet-react'
import { Button, Paragraph, Tag } from '@/components/ui/ds-static'
import { SelectField } from '@/components/ui/select-field'
import Link from 'next/link'
import { CURRICULA } from '../curriculum'
import { AUDIENCES, GRADES, RESOURCE_KINDS, SCHOOL_LEVELS, THEMES, resourcePage } from '../options'
import type { TResourceFilters } from '../schemas'
import type { TResourceRow } from '../search-resources'

/** The search and filters of /ressurser: a GET form, so a search has its own address. */
export async function ResourceFilters({ filters }: { filters: TResourceFilters }) {
  const t = await getTranslations('Portal')
  const dev = await getTranslations('Development')
  const select = (name: keyof TResourceFilters, label: string, options: { value: string; label: string }[]) => (
    <SelectField label={label} name={name} defaultValue={filters[name] === undefined ? '' : String(filters[name])} placeholder={t('all')} options={options} />
  )
  return (
    <form role="search" action="/ressurser" aria-label={t('searchLabel')} className="flex flex-col gap-4">
      <div className="flex flex-wrap items-end gap-2">
        <Textfield label={t('searchLabel')} name="q" type="search" defaultValue={filters.q ?? ''} className="min-w-0 grow" />
        <Button type="submit">{t('search')}</Button>
      </div>
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-3">
        {select('kind', t('kind'), RESOURCE_KINDS.map((v) => ({ value: v, label: t(`kinds.${v}`) })))}
        {select('theme', t('theme'), THEMES.map((v) => ({ value: v, label: dev(`themes.${v}`) })))}
        {select('audience', t('audienceLabel'), AUDIENCES.map((v) => ({ value: v, label: t(`audience.${v}`) })))}
        {select('level', t('levelLabel'), SCHOOL_LEVELS.map((v) => ({ value: v, label: t(`level.${v}`) })))}
        {select('grade', t('grade'), GRADES.map((g) => ({ value: String(g), label: t('gradeN', { grade: g }) })))}
        {select('curriculum', t('curriculum'), CURRICULA.map((c) => ({ value: c.code, label: `${c.short} (${c.code})` })))}
      </div>
    </form>
  )
}

/** One page of results: each a heading linked to its page, what it is, and its summary. */
export async function ResourceResults({ resources, total, searched }: { resources: TResourceRow[]; total: number; searched: boolean }) {
  const t = await getTranslations('Portal')
  const dev = await getTranslations('Development')
  if (!resources.length) return <Paragraph>{searched ? t('noneFound') : t('noResources')}</Paragraph>
  return (
    <section aria-labelledby="results-heading" className="flex flex-col gap-4">
      <h2 id="results-heading" className="ds-heading" data-size="sm">
        {t('results', { total })}
      </h2>
      <ul className="flex flex-col gap-4">
        {resources.map((r) => (
          <li key={r.id} className="flex flex-col gap-1 border-b border-gray-300 pb-4">
            <Link href={resourcePage(r.id)} className="ds-link text-lg font-medium">
              {r.title}
            </Link>
            <div className="flex flex-wrap gap-2">
              <Tag data-color="info">{t(`kinds.${r.kind}`)}</Tag>
              {r.themes.map((v) => (
                <Tag key={v} data-color="neutral">
                  {dev(`themes.${v}`)}
                </Tag>
              ))}
            </div>
            <Paragraph>{r.summary}</Paragraph>
            <Paragraph data-size="sm">
              {[r.authorName, t(`visibility.${r.visibility}`), r.kind === 'PACKAGE' ? t('moduleCount', { count: r.moduleCount }) : null, r.curricula.join(', ') || null].filter(Boolean).join(' · ')}
            </Paragraph>
          </li>
        ))}
      </ul>
    </section>
  )
}
