import type { ReactNode } from 'react'
import Link from 'next/link'
import { Heading, Paragraph } from '@/components/ui/ds-static'

/**
 * The top of a page: on a detail page the link back to its list, the page's one level-1 heading,
 * its lead, a link to a related page (`related`: the orders from the needs reports and back, a
 * forum's public journal), then what else the page says about itself (status, facts) as `children`.
 */
export function PageHeader({
  title,
  back,
  lead,
  related,
  children,
}: {
  title: ReactNode
  back?: { href: string; label: string }
  lead?: ReactNode
  related?: { href: string; label: string } | false
  children?: ReactNode
}) {
  return (
    <div>
      {back && (
        <Paragraph data-size="sm">
          <Link href={back.href} className="ds-link">
            {back.label}
          </Link>
        </Paragraph>
      )}
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {lead && <Paragraph>{lead}</Paragraph>}
      {related && (
        <Paragraph>
          <Link href={related.href} className="ds-link">
            {related.label}
          </Link>
        </Paragraph>
      )}
      {children}
    </div>
  )
}
