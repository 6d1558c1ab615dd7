import Link from 'next/link'
import { getTranslations } from 'next-intl/server'
import { pageCount } from '@/lib/paging'

/**
 * Previous and next links under a list read a page at a time, in a labelled navigation landmark,
 * with where the reader is ("Page 2 of 14"). Plain links: every page is a URL of its own
 * (`?side=N`), works without JavaScript and can be bookmarked. Nothing when one page holds all.
 */
export async function Pagination({ page, pageSize, total, href, label }: { page: number; pageSize: number; total: number; href: (page: number) => string; label: string }) {
  const pages = pageCount(total, pageSize)
  if (pages <= 1) return null
  const t = await getTranslations('Pagination')
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-4">
      {page > 1 && (
        <Link href={href(page - 1)} className="ds-link" rel="prev">
          {t('previous')}
        </Link>
      )}
      <span aria-current="page">{t('status', { page: Math.min(page, pages), pages })}</span>
      {page < pages && (
        <Link href={href(page + 1)} className="ds-link" rel="next">
          {t('next')}
        </Link>
      )}
    </nav>
  )
}
