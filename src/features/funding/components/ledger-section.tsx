import type { ReactNode } from 'react'
import { DataTable } from '@/components/ui/data-table'
import { Section } from '@/components/ui/section'

type TLedgerRow = { key: string; cells: ReactNode[] }

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
  rows: TLedgerRow[]
  form: { summary: string; node: ReactNode } | null
}) {
  return (
    <Section id={id} heading={heading} form={form && { ...form, initiallyOpen: rows.length === 0 }}>
      <DataTable
        caption={caption}
        rows={rows}
        rowKey={(r) => r.key}
        empty={empty}
        columns={columns.map((c, i) => ({ header: c.srOnly ? <span className="sr-only">{c.label}</span> : c.label, numeric: c.numeric, nowrap: c.numeric, cell: (r: TLedgerRow) => r.cells[i] }))}
      />
    </Section>
  )
}
