'use client'

import { useState, type ReactNode } from 'react'

/**
 * A form folded away under a summary, open at first when `initiallyOpen` (say, while a list is
 * still empty). Only the first value counts: after a successful action the page's data changes
 * (the list is no longer empty), and a controlled `open` would then close the form over its own
 * success message. The person opens and closes it as they like afterwards.
 */
export function Disclosure({ summary, initiallyOpen = false, children }: { summary: string; initiallyOpen?: boolean; children: ReactNode }) {
  const [open] = useState(initiallyOpen)
  return (
    <details className="flex flex-col gap-3" open={open}>
      <summary className="cursor-pointer">{summary}</summary>
      {children}
    </details>
  )
}
