'use client'

import Link from 'next/link'
import { usePathname } from 'next/navigation'
import { currentArea } from '../areas'

/**
 * The menu's links with the current area marked (aria-current). Client side only for the path:
 * the server layout does not know which page it wraps. Labels come translated from the server,
 * so no messages reach the browser for this.
 */
export function NavLinks({ links, className }: { links: { href: string; label: string }[]; className: string }) {
  const current = currentArea(usePathname())
  return (
    <ul className={className}>
      {links.map((link) => (
        <li key={link.href}>
          <Link
            href={link.href}
            aria-current={link.href === current ? 'page' : undefined}
            className="ds-link inline-block py-1 aria-[current=page]:font-bold aria-[current=page]:no-underline"
          >
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  )
}
