import type { ReactNode } from 'react'
import Link from 'next/link'
import { Heading, Paragraph } from '@digdir/designsystemet-react'

/**
 * The top of a page: on a detail page the link back to its list, the page's one level-1 heading,
 * then what the page says about itself (a lead, a status line, facts) as `children`.
 */
export function PageHeader({ title, back, lead, children }: { title: ReactNode; back?: { href: string; label: string }; lead?: ReactNode; children?: ReactNode }) {
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
      {children}
    </div>
  )
}
