import type { ReactNode } from 'react'
import { Heading } from '@digdir/designsystemet-react'

/** A step of the report or order pages: a level-2 heading that names the section, and its form. */
export function StepSection({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <Heading level={2} data-size="sm" id={id}>
        {heading}
      </Heading>
      {children}
    </section>
  )
}
