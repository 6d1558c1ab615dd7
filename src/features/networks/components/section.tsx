import type { ReactNode } from 'react'
import { Heading } from '@digdir/designsystemet-react'

/** One section of a network's or gathering's page: named by its level-2 heading (aria-labelledby). */
export function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <Heading level={2} data-size="sm" id={id}>
        {heading}
      </Heading>
      {children}
    </section>
  )
}
