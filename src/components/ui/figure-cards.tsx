import { getFormatter } from 'next-intl/server'
import { Card } from '@digdir/designsystemet-react'
import { Section } from './section'

/** Figures that each count something, labelled by a message that takes the count (its plural). */
export function countFigures(label: (key: string, values: { count: number }) => string, counts: [key: string, value: number][]) {
  return counts.map(([key, value]) => ({ value, label: label(key, { count: value }) }))
}

/** A section of big figures as cards, each with what it counts (the front page, the dashboard). */
export async function FigureCards({ id, heading, headingSize, figures }: { id: string; heading: string; headingSize: 'sm' | 'md'; figures: { value: number; label: string }[] }) {
  const format = await getFormatter()
  return (
    <Section id={id} heading={heading} size={headingSize} className="">
      <ul className="m-0 grid list-none grid-cols-2 gap-4 p-0 md:grid-cols-4">
        {figures.map((f) => (
          <li key={f.label}>
            <Card data-color="accent">
              <span className="block text-3xl font-bold">{format.number(f.value)}</span>
              <span>{f.label}</span>
            </Card>
          </li>
        ))}
      </ul>
    </Section>
  )
}
