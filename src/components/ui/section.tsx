import type { ReactNode } from 'react'
import Link from 'next/link'
import { Heading } from '@/components/ui/ds-static'
import { Disclosure } from './disclosure'

/**
 * A part of a page under its own level-2 heading, which names the section (aria-labelledby), so it
 * is a region screen readers list. `href` makes the heading a link (the dashboard's pieces lead to
 * their area's page). `form`, for those who may add to the section, comes last, folded away under
 * its summary (open at first while the section is still empty, say).
 */
export function Section({
  id,
  heading,
  href,
  size = 'sm',
  className = 'flex flex-col gap-3',
  form,
  children,
}: {
  id: string
  heading: ReactNode
  href?: string
  size?: 'xs' | 'sm' | 'md'
  className?: string
  form?: { summary: string; initiallyOpen?: boolean; node: ReactNode } | false | null
  children: ReactNode
}) {
  return (
    <section aria-labelledby={id} className={className || undefined}>
      <Heading level={2} data-size={size} id={id}>
        {href ? (
          <Link href={href} className="ds-link">
            {heading}
          </Link>
        ) : (
          heading
        )}
      </Heading>
      {children}
      {form && (
        <Disclosure summary={form.summary} initiallyOpen={form.initiallyOpen}>
          {form.node}
        </Disclosure>
      )}
    </section>
  )
}

/** A part inside a section, under a level-3 heading (the dashboard's lists). */
export function SubSection({ heading, className = 'flex flex-col gap-2', children }: { heading: ReactNode; className?: string; children: ReactNode }) {
  return (
    <div className={className || undefined}>
      <Heading level={3} data-size="xs">
        {heading}
      </Heading>
      {children}
    </div>
  )
}
