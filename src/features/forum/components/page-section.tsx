import type { ReactNode } from 'react'
import { Heading } from '@digdir/designsystemet-react'

/** A part of a forum page under its own level-2 heading, which names the section for screen readers. */
export function PageSection({ id, heading, wide = false, children }: { id: string; heading: string; wide?: boolean; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={wide ? 'flex flex-col gap-4' : 'flex flex-col gap-3'}>
      <Heading level={2} data-size="sm" id={id}>
        {heading}
      </Heading>
      {children}
    </section>
  )
}
