import type { ReactNode } from 'react'

/**
 * A wide table's frame on narrow screens: it scrolls sideways instead of the page. Keyboard users
 * must reach what is scrolled away, so the frame takes focus and is named (WCAG 2.1.1; axe's
 * scrollable-region-focusable).
 *
 * `relative`: the visually hidden texts in a table (sr-only is position: absolute) would otherwise
 * be placed against the page, not the frame, and widen the page where the frame is scrolled away
 * (an 884 px forum page on a 390 px phone). `max-w-full min-w-0`: the frame never grows past its
 * column, in a flex or grid parent too.
 */
export function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="relative max-w-full min-w-0 overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  )
}
