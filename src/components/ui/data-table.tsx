import type { ReactNode } from 'react'
import Link from 'next/link'
import { Paragraph, Table, TableBody, TableCell, TableFoot, TableHead, TableHeaderCell, TableRow } from '@/components/ui/ds-static'
import { ScrollRegion } from './scroll-region'

export interface TColumn<T> {
  header: ReactNode
  cell: (row: T) => ReactNode
  /** Figures line up on the right. */
  numeric?: boolean
  /** Dates and periods stay on one line. */
  nowrap?: boolean
  /** The row's name (a header cell with scope="row"), as the first column of a table of figures. */
  rowHeader?: boolean
  /** The cell links to this address (most lists link their first column to the row's own page). */
  href?: (row: T) => string
  /** More classes for the column's cells (say, whitespace-pre-line for a text that keeps its line breaks). */
  className?: string
}

/** Rows with an `id` are keyed by it unless told otherwise; other rows say their key. */
type TRowKey<T> = T extends { id: string } ? { rowKey?: (row: T, index: number) => string } : { rowKey: (row: T, index: number) => string }

export type TDataTableProps<T> = TRowKey<T> & {
  caption: string
  rows: readonly T[]
  columns: readonly TColumn<T>[]
  empty: ReactNode
  /** The table's own classes (its width); `w-full` when not given. */
  className?: string
  size?: 'sm'
  /** The scrolling frame's name where it is not the caption's text. */
  label?: string
  /** Rows under the body: the sums. */
  foot?: ReactNode
}

/**
 * A table of rows with its caption, in a frame that scrolls sideways on narrow screens (focusable
 * and named by the caption, WCAG 2.1.1), or the empty state when there are no rows. Every table
 * has the frame: one that fits a laptop rarely fits a 320 px phone (issue 21). A server
 * component: the cells are rendered where the data is.
 */
export function DataTable<T>({ caption, rows, columns, rowKey, empty, className = 'w-full', size, label, foot }: TDataTableProps<T>) {
  const keyOf = rowKey ?? ((row: T) => (row as { id: string }).id)
  if (rows.length === 0) return typeof empty === 'string' ? <Paragraph>{empty}</Paragraph> : <>{empty}</>
  const content = (c: TColumn<T>, row: T) =>
    c.href ? (
      <Link href={c.href(row)} className="ds-link">
        {c.cell(row)}
      </Link>
    ) : (
      c.cell(row)
    )
  const align = (c: TColumn<T>) => [c.numeric ? 'text-right' : '', c.nowrap ? 'whitespace-nowrap' : '', c.className ?? ''].filter(Boolean).join(' ') || undefined
  const table = (
    <Table zebra className={className} data-size={size}>
      {/* No wider than the screen (less the page's margins): on a phone the caption wraps where it
          can be read, instead of running on into the part of the table scrolled away. */}
      <caption className="max-w-[calc(100vw-2rem)] text-left">{caption}</caption>
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
        {rows.map((row, index) => (
          <TableRow key={keyOf(row, index)}>
            {columns.map((c, i) =>
              c.rowHeader ? (
                <TableHeaderCell key={i} scope="row" className={align(c)}>
                  {content(c, row)}
                </TableHeaderCell>
              ) : (
                <TableCell key={i} className={align(c)}>
                  {content(c, row)}
                </TableCell>
              ),
            )}
          </TableRow>
        ))}
      </TableBody>
      {foot && <TableFoot>{foot}</TableFoot>}
    </Table>
  )
  return <ScrollRegion label={label ?? caption}>{table}</ScrollRegion>
}
