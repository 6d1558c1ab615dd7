import type { ReactNode } from 'react'
import Link from 'next/link'
import { Heading } from '@digdir/designsystemet-react'

/**
 * A part of a page under its own level-2 heading, which names the section (aria-labelledby), so it
 * is a region screen readers list. `href` makes the heading a link (the dashboard's pieces lead to
 * their area's page).
 */
export function Section({
  id,
  heading,
  href,
  size = 'sm',
  className = 'flex flex-col gap-3',
  children,
}: {
  id: string
  heading: ReactNode
  href?: string
  size?: 'xs' | 'sm' | 'md'
  className?: string
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
