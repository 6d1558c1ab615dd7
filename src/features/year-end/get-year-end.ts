import 'server-only'
import type { GrantYearStatus, UnusedMoney, YearEndEventKind } from '@/generated/prisma/enums'
import type { Actor } from '@/server/authz/actor'
import { fundingManageScope, fundingReadScope } from '@/server/authz/scopes'
import { readByIds } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { awardRecipients } from '@/features/funding/award-recipients'
import { readSettlement, settlementTotals, type TSettlementLine } from './settlement'

export interface TYearEnd {
  id: string
  year: number
  status: GrantYearStatus
  unusedMoney: UnusedMoney
  partnershipName: string
  /** County governor staff of the year's county: they set, move, close and reopen. */
  canManage: boolean
  lines: TSettlementLine[]
  totals: ReturnType<typeof settlementTotals>
  /** Who may receive a move (the partnership's owners and UH partners), for those who manage. */
  recipients: { id: string; name: string }[]
  moves: { id: string; fromName: string; toName: string; amountOre: bigint; reason: string; at: Date }[]
  events: { id: string; kind: YearEndEventKind; unusedMoney: UnusedMoney; unusedOre: bigint; reason: string | null; at: Date }[]
}

/**
 * A grant year's end: per recipient what it was awarded, what was moved, what it spent and what is
 * unused; the moves and the history of closing and reopening. Null when the actor may not read the
 * year. Everyone who reads the year's money reads this; only county governor staff change it.
 */
export async function getYearEnd(db: Db, actor: Actor, grantYearId: string): Promise<TYearEnd | null> {
  return readByIds(db, actor, 'read:funding', [grantYearId], async (tx) => {
    const year = await tx.grantYear.findFirst({
      where: { id: grantYearId, partnership: fundingReadScope(actor) },
      select: { id: true, year: true, status: true, unusedMoney: true, partnershipId: true, partnership: { select: { name: true } } },
    })
    if (!year) return null
    const [lines, manageable, recipients, moves, events] = await Promise.all([
      readSettlement(tx, year.id),
      tx.partnership.count({ where: { AND: [{ id: year.partnershipId }, fundingManageScope(actor)] } }),
      tx.organisation.findMany({ where: awardRecipients(year.partnershipId), orderBy: { name: 'asc' }, select: { id: true, name: true } }),
      tx.reallocation.findMany({
        where: { grantYearId: year.id },
        orderBy: { createdAt: 'asc' },
        take: 500,
        select: { id: true, amountOre: true, reason: true, createdAt: true, fromRecipient: { select: { name: true } }, toRecipient: { select: { name: true } } },
      }),
      tx.yearEndEvent.findMany({ where: { grantYearId: year.id }, orderBy: { at: 'asc' }, take: 200, select: { id: true, kind: true, unusedMoney: true, unusedOre: true, reason: true, at: true } }),
    ])
    const canManage = manageable > 0
    return {
      id: year.id,
      year: year.year,
      status: year.status,
      unusedMoney: year.unusedMoney,
      partnershipName: year.partnership.name,
      canManage,
      lines,
      totals: settlementTotals(lines),
      recipients: canManage ? recipients : [],
      moves: moves.map((m) => ({ id: m.id, fromName: m.fromRecipient.name, toName: m.toRecipient.name, amountOre: m.amountOre, reason: m.reason, at: m.createdAt })),
      events,
    }
  })
}
