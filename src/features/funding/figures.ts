import 'server-only'
import type { Tx } from '@/server/db/tenant'
import { summariseFunding, type TRecipientFigures } from './summary'

/**
 * Per-recipient figures for several grant years at once, in four queries whatever their number:
 * sums are grouped in the database, and only names and owner links come back as rows. Runs inside
 * the caller's tenant transaction, on years the caller has already scoped.
 */
export async function figuresForYears(
  tx: Tx,
  years: { id: string; partnershipId: string; coFinancingBp: number }[],
): Promise<Map<string, TRecipientFigures[]>> {
  const yearIds = years.map((y) => y.id)
  const partnershipIds = [...new Set(years.map((y) => y.partnershipId))]
  const byYear = { grantYearId: { in: yearIds } }
  const [allocations, sums, owners] = await Promise.all([
    tx.allocation.findMany({ where: byYear, select: { grantYearId: true, ownerId: true, adjustedOre: true } }),
    sumsPerRecipient(tx, yearIds),
    tx.partnershipOwner.findMany({ where: { partnershipId: { in: partnershipIds } }, select: { partnershipId: true, ownerId: true } }),
  ])
  const ofKind = (kind: TSum['kind']) => sums.filter((s) => s.kind === kind).map((s) => ({ grantYearId: s.grantYearId, recipientId: s.recipientId, _sum: { amountOre: s.amountOre } }))
  const [awards, spendings] = [ofKind('award'), ofKind('spending')]
  const coFinancings = ofKind('coFinancing').map((c) => ({ grantYearId: c.grantYearId, ownerId: c.recipientId, _sum: c._sum }))
  const ids = new Set([...allocations.map((a) => a.ownerId), ...awards.map((a) => a.recipientId), ...spendings.map((s) => s.recipientId), ...coFinancings.map((c) => c.ownerId)])
  const names = new Map((await tx.organisation.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]))

  const result = new Map<string, TRecipientFigures[]>()
  for (const year of years) {
    const mine = <T extends { grantYearId: string }>(rows: T[]) => rows.filter((r) => r.grantYearId === year.id)
    const ownerIds = new Set(owners.filter((o) => o.partnershipId === year.partnershipId).map((o) => o.ownerId))
    const yearAwards = mine(awards).map((a) => ({ recipientId: a.recipientId, amountOre: a._sum.amountOre ?? 0n }))
    const yearSpendings = mine(spendings).map((s) => ({ recipientId: s.recipientId, amountOre: s._sum.amountOre ?? 0n }))
    const yearCoFinancings = mine(coFinancings).map((c) => ({ ownerId: c.ownerId, amountOre: c._sum.amountOre ?? 0n }))
    const yearAllocations = mine(allocations)
    const recipientIds = new Set([...yearAllocations.map((a) => a.ownerId), ...yearAwards.map((a) => a.recipientId), ...yearSpendings.map((s) => s.recipientId), ...yearCoFinancings.map((c) => c.ownerId)])
    result.set(
      year.id,
      summariseFunding({
        coFinancingBp: year.coFinancingBp,
        recipients: [...recipientIds].map((id) => ({ id, name: names.get(id) ?? '', isOwner: ownerIds.has(id) })),
        allocations: yearAllocations,
        awards: yearAwards,
        spendings: yearSpendings,
        coFinancings: yearCoFinancings,
      }),
    )
  }
  return result
}

type TSum = { kind: 'award' | 'spending' | 'coFinancing'; grantYearId: string; recipientId: string; amountOre: bigint }

/**
 * Awarded, spent and co-financed per year and recipient, summed by the database in one statement
 * (three GROUP BYs side by side). The years are the caller's scoped ones; row-level security
 * applies to all three tables as well.
 */
async function sumsPerRecipient(tx: Tx, yearIds: string[]): Promise<TSum[]> {
  if (yearIds.length === 0) return []
  return tx.$queryRaw<TSum[]>`
    SELECT 'award' AS kind, "grantYearId", "recipientId", sum("amountOre")::bigint AS "amountOre" FROM "Award" WHERE "grantYearId" = ANY(${yearIds}::uuid[]) GROUP BY 2, 3
    UNION ALL
    SELECT 'spending', "grantYearId", "recipientId", sum("amountOre")::bigint FROM "Spending" WHERE "grantYearId" = ANY(${yearIds}::uuid[]) GROUP BY 2, 3
    UNION ALL
    SELECT 'coFinancing', "grantYearId", "ownerId", sum("amountOre")::bigint FROM "CoFinancing" WHERE "grantYearId" = ANY(${yearIds}::uuid[]) GROUP BY 2, 3`
}
