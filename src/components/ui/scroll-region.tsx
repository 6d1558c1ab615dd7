import type { ReactNode } from 'react'

/**
 * A wide table's frame on narrow screens: it scrolls sideways instead of the page. Keyboard users
 * must reach what is scrolled away, so the frame takes focus and is named (WCAG 2.1.1; axe's
 * scrollable-region-focusable).
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  )
}
