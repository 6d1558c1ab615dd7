import type { Tx } from '@/server/db/tenant'

/** One recipient's money in a grant year at its end, all in øre. */
export interface TSettlementLine {
  recipientId: string
  name: string
  awardedOre: bigint
  /** Moved to this recipient from others (omdisponert inn). */
  movedInOre: bigint
  /** Moved from this recipient to others. */
  movedOutOre: bigint
  spentOre: bigint
  /** Awarded + in − out − spent: what the year's end repays or reallocates. */
  unusedOre: bigint
}

type TSums = Map<string, bigint>

/** The lines from the four sums per recipient; a recipient with any money appears, sorted by name. */
export function settlementLines(names: Map<string, string>, s: { awarded: TSums; movedIn: TSums; movedOut: TSums; spent: TSums }): TSettlementLine[] {
  const ids = new Set([...s.awarded.keys(), ...s.movedIn.keys(), ...s.movedOut.keys(), ...s.spent.keys()])
  return [...ids]
    .map((recipientId) => {
      const get = (m: TSums) => m.get(recipientId) ?? 0n
      const line = { recipientId, name: names.get(recipientId) ?? '', awardedOre: get(s.awarded), movedInOre: get(s.movedIn), movedOutOre: get(s.movedOut), spentOre: get(s.spent) }
      return { ...line, unusedOre: line.awardedOre + line.movedInOre - line.movedOutOre - line.spentOre }
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
}

/** The totals of the lines: what the year awarded, spent and leaves unused (moves cancel out). */
export function settlementTotals(lines: TSettlementLine[]) {
  const sum = (pick: (l: TSettlementLine) => bigint) => lines.reduce((acc, l) => acc + pick(l), 0n)
  return { awardedOre: sum((l) => l.awardedOre), movedOre: sum((l) => l.movedInOre), spentOre: sum((l) => l.spentOre), unusedOre: sum((l) => l.unusedOre) }
}

const toMap = (rows: { key: string; sum: bigint | null }[]): TSums => new Map(rows.map((r) => [r.key, r.sum ?? 0n]))

/**
 * The settlement of a grant year as the database holds it now. Inside a transaction that has
 * locked the year's row (closing), no award, spending or move can change it meanwhile.
 */
export async function readSettlement(tx: Tx, grantYearId: string): Promise<TSettlementLine[]> {
  const where = { grantYearId }
  const [awarded, spent, movedIn, movedOut] = await Promise.all([
    tx.award.groupBy({ by: ['recipientId'], where, _sum: { amountOre: true } }),
    tx.spending.groupBy({ by: ['recipientId'], where, _sum: { amountOre: true } }),
    tx.reallocation.groupBy({ by: ['toRecipientId'], where, _sum: { amountOre: true } }),
    tx.reallocation.groupBy({ by: ['fromRecipientId'], where, _sum: { amountOre: true } }),
  ])
  const sums = {
    awarded: toMap(awarded.map((r) => ({ key: r.recipientId, sum: r._sum.amountOre }))),
    spent: toMap(spent.map((r) => ({ key: r.recipientId, sum: r._sum.amountOre }))),
    movedIn: toMap(movedIn.map((r) => ({ key: r.toRecipientId, sum: r._sum.amountOre }))),
    movedOut: toMap(movedOut.map((r) => ({ key: r.fromRecipientId, sum: r._sum.amountOre }))),
  }
  const ids = [...new Set([...sums.awarded.keys(), ...sums.spent.keys(), ...sums.movedIn.keys(), ...sums.movedOut.keys()])]
  const orgs = ids.length ? await tx.organisation.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } }) : []
  return settlementLines(new Map(orgs.map((o) => [o.id, o.name])), sums)
}

/**
 * What one recipient has left to spend or move in the year: the same sum as the database's
 * `recipient_funds` (awards + moved in − moved out − spent), which the triggers check again.
 */
export async function recipientFunds(tx: Tx, grantYearId: string, recipientId: string): Promise<bigint> {
  const [awarded, spent, movedIn, movedOut] = await Promise.all([
    tx.award.aggregate({ where: { grantYearId, recipientId }, _sum: { amountOre: true } }),
    tx.spending.aggregate({ where: { grantYearId, recipientId }, _sum: { amountOre: true } }),
    tx.reallocation.aggregate({ where: { grantYearId, toRecipientId: recipientId }, _sum: { amountOre: true } }),
    tx.reallocation.aggregate({ where: { grantYearId, fromRecipientId: recipientId }, _sum: { amountOre: true } }),
  ])
  const n = (v: bigint | null) => v ?? 0n
  return n(awarded._sum.amountOre) + n(movedIn._sum.amountOre) - n(movedOut._sum.amountOre) - n(spent._sum.amountOre)
}
