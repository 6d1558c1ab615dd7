import type { GrantYearStatus } from '@/generated/prisma/enums'
import { lockRow } from '@/server/db/lock-row'
import type { Tx } from '@/server/db/tenant'

/**
 * Locks a grant year's row for the rest of the transaction and returns its status and state amount
 * as they are now (read under the lock, so a closing or a change committed meanwhile is seen).
 * Awards, spending and closing take it FOR UPDATE, so their sums are read one at a time; entries
 * that only need the year to stay open take it FOR SHARE, so they do not wait for each other but
 * do wait for a closing.
 */
export async function lockGrantYear(tx: Tx, grantYearId: string, mode: 'update' | 'share'): Promise<{ status: GrantYearStatus; stateAmountOre: bigint }> {
  const row = await lockRow<{ status: GrantYearStatus; stateAmountOre: bigint }>(tx, 'GrantYear', grantYearId, { columns: ['status::text', 'stateAmountOre'], mode })
  if (!row) throw new Error(`grant year ${grantYearId} vanished inside its own transaction`)
  return row
}
