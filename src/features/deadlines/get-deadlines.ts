import 'server-only'
import type { DeadlineKind } from '@/generated/prisma/enums'
import { osloDay } from '@/lib/oslo-time'
import type { Actor } from '@/server/authz/actor'
import { fundingManageScope, partnershipScope } from '@/server/authz/scopes'
import { readByIds } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { deadlineManageScope, deadlineReadScope } from './deadline-scope'
import { partiesOf, type TParty } from './parties'

export interface TDeadlineView {
  id: string
  countyName: string
  year: number
  kind: DeadlineKind
  dueOn: Date
  /** Who must act and where each stands, in the actor's partnerships (all of the county's for its county governor). */
  parties: TParty[]
  late: number
}

export interface TDeadlines {
  deadlines: TDeadlineView[]
  /** The counties the actor sets deadlines for (county governor staff), for the form. */
  counties: { id: string; name: string }[]
  /** The actor sees who is late in the whole county (county governor staff) rather than in its own partnerships. */
  oversees: boolean
}

/** At most this many deadlines on the page: two years' cycle for a few counties. */
const MAX_DEADLINES = 30

/**
 * The cycle's deadlines of the counties the actor works in, from last year on, soonest first, each
 * with the parties that must act by it. County governor staff see every partnership of their
 * counties (the overview of who is late); others see their own partnerships'.
 */
export async function getDeadlines(db: Db, actor: Actor, now = new Date()): Promise<TDeadlines | null> {
  return readByIds(db, actor, 'read:partnership', [], async (tx) => {
    const fromYear = osloDay(now).getUTCFullYear() - 1
    const [deadlines, counties] = await Promise.all([
      tx.cycleDeadline.findMany({
        where: { year: { gte: fromYear }, county: deadlineReadScope(actor) },
        orderBy: [{ dueOn: 'asc' }, { kind: 'asc' }],
        take: MAX_DEADLINES,
        select: { id: true, countyId: true, year: true, kind: true, dueOn: true, county: { select: { name: true } } },
      }),
      tx.county.findMany({ where: deadlineManageScope(actor), orderBy: { name: 'asc' }, select: { id: true, name: true } }),
    ])
    const managed = new Set(counties.map((c) => c.id))
    const views = await Promise.all(
      deadlines.map(async (d) => {
        // Note: the county governor's own counties whole; elsewhere only the actor's partnerships.
        const within = managed.has(d.countyId) ? fundingManageScope(actor) : partnershipScope(actor)
        const parties = await partiesOf(tx, d, now, within)
        return { id: d.id, countyName: d.county.name, year: d.year, kind: d.kind, dueOn: d.dueOn, parties, late: parties.filter((p) => p.status === 'late').length }
      }),
    )
    return { deadlines: views, counties, oversees: counties.length > 0 }
  })
}
