import 'server-only'
import type { Tx } from '@/server/db/tenant'
import { summariseFunding, type TRecipientFigures } from './summary'

/**
 * Per-recipient figures for several grant years at once, in one query whatever their number:
 * allocations and sums come from the database in one statement with the recipients' names and
 * whether each is an owner in the year's partnership. Runs inside the caller's tenant
 * transaction, on years the caller has already scoped.
 */
export async function figuresForYears(
  tx: Tx,
  years: { id: string; coFinancingBp: number }[],
): Promise<Map<string, TRecipientFigures[]>> {
  const amounts = await amountsPerRecipient(tx, years.map((y) => y.id))
  const names = new Map(amounts.map((a) => [a.recipientId, a.name]))
  const result = new Map<string, TRecipientFigures[]>()
  for (const year of years) {
    const mine = amounts.filter((a) => a.grantYearId === year.id)
    const ownerIds = new Set(mine.filter((a) => a.isOwner).map((a) => a.recipientId))
    const ofKind = (kind: TAmount['kind']) => mine.filter((a) => a.kind === kind).map((a) => ({ recipientId: a.recipientId, amountOre: a.amountOre }))
    result.set(
      year.id,
      summariseFunding({
        coFinancingBp: year.coFinancingBp,
        recipients: [...new Set(mine.map((a) => a.recipientId))].map((id) => ({ id, name: names.get(id) ?? '', isOwner: ownerIds.has(id) })),
        allocations: ofKind('allocation').map((a) => ({ ownerId: a.recipientId, adjustedOre: a.amountOre })),
        awards: ofKind('award'),
        spendings: ofKind('spending'),
        coFinancings: ofKind('coFinancing').map((a) => ({ ownerId: a.recipientId, amountOre: a.amountOre })),
      }),
    )
  }
  return result
}

type TAmount = { kind: 'allocation' | 'award' | 'spending' | 'coFinancing'; grantYearId: string; recipientId: string; name: string; isOwner: boolean; amountOre: bigint }

/**
 * Allocated, awarded, spent and co-financed per year and recipient, with the recipient's name:
 * one statement, the sums grouped by the database (a year has thousands of spending rows; a row
 * per recipient and kind comes back). The years are the caller's scoped ones; row-level security
 * applies to every table here as well.
 */
async function amountsPerRecipient(tx: Tx, yearIds: string[]): Promise<TAmount[]> {
  if (yearIds.length === 0) return []
  return tx.$queryRaw<TAmount[]>`
    WITH amounts AS (
      SELECT 'allocation' AS kind, "grantYearId", "ownerId" AS "recipientId", "adjustedOre" AS "amountOre" FROM "Allocation" WHERE "grantYearId" = ANY(${yearIds}::uuid[])
      UNION ALL
      SELECT 'award', "grantYearId", "recipientId", sum("amountOre")::bigint FROM "Award" WHERE "grantYearId" = ANY(${yearIds}::uuid[]) GROUP BY 2, 3
      UNION ALL
      SELECT 'spending', "grantYearId", "recipientId", sum("amountOre")::bigint FROM "Spending" WHERE "grantYearId" = ANY(${yearIds}::uuid[]) GROUP BY 2, 3
      UNION ALL
      SELECT 'coFinancing', "grantYearId", "ownerId", sum("amountOre")::bigint FROM "CoFinancing" WHERE "grantYearId" = ANY(${yearIds}::uuid[]) GROUP BY 2, 3
    )
    SELECT a.kind, a."grantYearId", a."recipientId", o.name, a."amountOre",
      -- Owners (present or past) of the year's partnership take part in the key and co-finance.
      EXISTS (SELECT 1 FROM "PartnershipOwner" po JOIN "GrantYear" y ON y."partnershipId" = po."partnershipId" WHERE y.id = a."grantYearId" AND po."ownerId" = a."recipientId") AS "isOwner"
    FROM amounts a JOIN "Organisation" o ON o.id = a."recipientId"`
}
