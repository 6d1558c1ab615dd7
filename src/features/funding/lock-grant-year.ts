import type { GrantYearStatus } from '@/generated/prisma/enums'
import type { Tx } from '@/server/db/tenant'

/**
 * Locks a grant year's row for the rest of the transaction and returns its status and state amount
 * as they are now (read under the lock, so a closing or a change committed meanwhile is seen).
 * Awards, spending and closing take it FOR UPDATE, so their sums are read one at a time; entries
 * that only need the year to stay open take it FOR SHARE, so they do not wait for each other but
 * do wait for a closing.
 */
export async function lockGrantYear(tx: Tx, grantYearId: string, mode: 'update' | 'share'): Promise<{ status: GrantYearStatus; stateAmountOre: bigint }> {
  type TRow = { status: GrantYearStatus; stateAmountOre: bigint }
  const [row] =
    mode === 'update'
      ? await tx.$queryRaw<TRow[]>`SELECT "status"::text AS "status", "stateAmountOre" FROM "GrantYear" WHERE "id" = ${grantYearId}::uuid FOR UPDATE`
      : await tx.$queryRaw<TRow[]>`SELECT "status"::text AS "status", "stateAmountOre" FROM "GrantYear" WHERE "id" = ${grantYearId}::uuid FOR SHARE`
  if (!row) throw new Error(`grant year ${grantYearId} vanished inside its own transaction`)
  return row
}
