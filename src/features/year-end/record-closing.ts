import type { Prisma } from '@/generated/prisma/client'
import type { Actor } from '@/server/authz/actor'
import type { Tx } from '@/server/db/tenant'
import { readSettlement, settlementTotals } from './settlement'

/**
 * The year-end side of closing a grant year (called by funding's closeGrantYear, inside its
 * transaction, after the year's row is locked): the settlement per recipient as it is now, written
 * to the year-end history, and returned for the audit row, so the audit keeps who repays or
 * reallocates what, as confirmed.
 */
export async function recordClosing(tx: Tx, actor: Actor, year: { id: string; partnershipId: string }): Promise<Prisma.InputJsonObject> {
  const lines = await readSettlement(tx, year.id)
  const totals = settlementTotals(lines)
  const { unusedMoney } = await tx.grantYear.findUniqueOrThrow({ where: { id: year.id }, select: { unusedMoney: true } })
  await tx.yearEndEvent.create({ data: { partnershipId: year.partnershipId, grantYearId: year.id, kind: 'CLOSED', unusedMoney, unusedOre: totals.unusedOre, actorId: actor.userId } })
  return {
    unusedMoney,
    awardedOre: totals.awardedOre.toString(),
    spentOre: totals.spentOre.toString(),
    unusedOre: totals.unusedOre.toString(),
    recipients: lines.map((l) => ({ recipientId: l.recipientId, awardedOre: l.awardedOre.toString(), movedInOre: l.movedInOre.toString(), movedOutOre: l.movedOutOre.toString(), spentOre: l.spentOre.toString(), unusedOre: l.unusedOre.toString() })),
  }
}
