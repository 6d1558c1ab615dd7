import { getFormatter } from 'next-intl/server'
import { Card } from '@/components/ui/ds-static'
import { Section } from './section'

/** Figures that each count something, labelled by a message that takes the count (its plural). */
export function countFigures(label: (key: string, values: { count: number }) => string, counts: [key: string, value: number][]) {
  return counts.map(([key, value]) => ({ value, label: label(key, { count: value }) }))
}

/**
 * Columns at least as wide as their figure needs (a count, or an amount in kroner), as many as
 * fit: two counts side by side on a 390 px phone, one on a 320 px one, never a figure cut off
 * ("6 480 000,0"). min(100%, …) keeps a single column inside the narrowest screen.
 */
const columns = {
  count: 'grid-cols-[repeat(auto-fit,minmax(min(100%,10rem),1fr))]',
  amount: 'grid-cols-[repeat(auto-fit,minmax(min(100%,15rem),1fr))]',
} as const

/** Big figures as cards, each with what it shows. A figure wider than its card still breaks rather than overflow. */
export function FigureGrid({ figures, kind = 'count' }: { figures: { value: string; label: string }[]; kind?: keyof typeof columns }) {
  return (
    <ul className={`m-0 grid list-none gap-4 p-0 ${columns[kind]}`}>
      {figures.map((f) => (
        <li key={f.label} className="min-w-0">
          <Card data-color="accent" className="h-full">
            <span className={`block font-bold [overflow-wrap:anywhere] ${kind === 'count' ? 'text-3xl' : 'text-2xl'}`}>{f.value}</span>
            <span>{f.label}</span>
          </Card>
        </li>
      ))}
    </ul>
  )
}

/** A section of big figures as cards, each with what it counts (the front page, the dashboard). */
export async function FigureCards({ id, heading, headingSize, figures }: { id: string; heading: string; headingSize: 'sm' | 'md'; figures: { value: number; label: string }[] }) {
  const format = await getFormatter()
  return (
    <Section id={id} heading={heading} size={headingSize} className="">
      <FigureGrid figures={figures.map((f) => ({ value: format.number(f.value), label: f.label }))} />
    </Section>
  )
}
