import { Prisma } from '@/generated/prisma/client'
import type { Tx } from './tenant'

/** The tables whose rows a use case locks to serialise changes to what hangs under them. */
export type TLockable = 'GrantYear' | 'Gathering' | 'StatementSet' | 'SelfAssessment' | 'AgendaItem' | 'Meeting' | 'NeedsReport' | 'Recommendation' | 'Unit' | 'Decision' | 'AwardLetter' | 'OwnerReport'

/**
 * Locks one row until the transaction ends (`SELECT … FOR UPDATE`) and returns the asked
 * columns of it, or null when the row is not there (or not visible under row-level security).
 * A second transaction asking for the same row waits, then reads the row as the first left it,
 * so checks made after the lock (seats left, sums below a grant, a closed item) hold at commit.
 */
export async function lockRow<T extends Record<string, unknown> = Record<string, never>>(
  tx: Tx,
  table: TLockable,
  id: string,
  options: { columns?: readonly string[]; mode?: 'update' | 'share' } = {},
): Promise<T | null> {
  // Note: table and column names come from the TLockable union and the caller's code, never from
  // input; the id is a bound parameter. A column written `status::text` is read as text (the
  // driver adapter does not decode enum values) under its own name.
  const columns = options.columns ?? []
  const select = columns.length === 0 ? '1 AS "locked"' : columns.map(columnSql).join(', ')
  const lock = options.mode === 'share' ? 'FOR SHARE' : 'FOR UPDATE'
  const rows = await tx.$queryRaw<T[]>`SELECT ${Prisma.raw(select)} FROM ${Prisma.raw(`"${table}"`)} WHERE "id" = ${id}::uuid ${Prisma.raw(lock)}`
  return rows[0] ?? null
}

function columnSql(column: string): string {
  if (!/^[A-Za-z]+(::text)?$/.test(column)) throw new Error(`lockRow: not a column: ${column}`)
  const [name, cast] = column.split('::')
  return cast ? `"${name}"::${cast} AS "${name}"` : `"${name}"`
}
