import type { ReactNode } from 'react'
import { Paragraph, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@digdir/designsystemet-react'
import { ScrollRegion } from './scroll-region'

export interface TColumn<T> {
  header: ReactNode
  cell: (row: T) => ReactNode
  /** Figures line up on the right. */
  numeric?: boolean
  /** Dates and periods stay on one line. */
  nowrap?: boolean
}

/**
 * A table of rows with its caption, in a frame that scrolls sideways on narrow screens (focusable
 * and named by the caption, WCAG 2.1.1), or the empty state when there are no rows. A server
 * component: the cells are rendered where the data is.
 */
export function DataTable<T>({ caption, rows, columns, rowKey, empty }: { caption: string; rows: readonly T[]; columns: readonly TColumn<T>[]; rowKey: (row: T) => string; empty: ReactNode }) {
  if (rows.length === 0) return typeof empty === 'string' ? <Paragraph>{empty}</Paragraph> : <>{empty}</>
  const align = (c: TColumn<T>) => [c.numeric ? 'text-right' : '', c.nowrap ? 'whitespace-nowrap' : ''].filter(Boolean).join(' ') || undefined
  return (
    <ScrollRegion label={caption}>
      <Table zebra className="w-full">
        <caption className="text-left">{caption}</caption>
        <TableHead>
          <TableRow>
            {columns.map((c, i) => (
              <TableHeaderCell key={i} className={c.numeric ? 'text-right' : undefined}>
                {c.header}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)}>
              {columns.map((c, i) => (
                <TableCell key={i} className={align(c)}>
                  {c.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </ScrollRegion>
  )
}
