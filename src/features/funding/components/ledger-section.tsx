import type { ReactNode } from 'react'
import { Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { Disclosure } from '@/components/ui/disclosure'
import { ScrollRegion } from '@/components/ui/scroll-region'
import { Section } from '@/components/ui/section'

/**
 * A section of entries on the grant year page (co-financing, spending): a heading, the entries as
 * a table (or a sentence when there are none), and the form for a new entry folded away in a
 * `<details>` that starts open while the list is empty.
 */
export function LedgerSection({
  id,
  heading,
  empty,
  caption,
  columns,
  rows,
  form,
}: {
  id: string
  heading: string
  empty: string
  caption: string
  /** `srOnly`: a header only screen readers hear (the column of remove buttons). */
  columns: { label: string; numeric?: boolean; srOnly?: boolean }[]
  rows: { key: string; cells: ReactNode[] }[]
  form: { summary: string; node: ReactNode } | null
}) {
  const right = 'text-right whitespace-nowrap'
  return (
    <Section id={id} heading={heading}>
      {rows.length === 0 ? (
        <Paragraph>{empty}</Paragraph>
      ) : (
        <ScrollRegion label={caption}>
          <Table zebra className="w-full">
            <caption className="text-left">{caption}</caption>
            <TableHead>
              <TableRow>
                {columns.map((c) => (
                  <TableHeaderCell key={c.label} className={c.numeric ? right : undefined}>
                    {c.srOnly ? <span className="sr-only">{c.label}</span> : c.label}
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.key}>
                  {r.cells.map((cell, i) => (
                    <TableCell key={i} className={columns[i]?.numeric ? right : undefined}>
                      {cell}
                    </TableCell>
                  ))}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </ScrollRegion>
      )}
      {form && (
        <Disclosure summary={form.summary} initiallyOpen={rows.length === 0}>
          {form.node}
        </Disclosure>
      )}
    </Section>
  )
}
