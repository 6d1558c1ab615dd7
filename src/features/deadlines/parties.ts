import type { Prisma } from '@/generated/prisma/client'
import type { DeadlineKind } from '@/generated/prisma/enums'
import { osloDay } from '@/lib/oslo-time'
import type { Tx } from '@/server/db/tenant'

/** Where one party stands against a deadline: done (on time or late), still to do, or late. */
export type TPartyStatus = 'done' | 'doneLate' | 'pending' | 'late'

/** One party that must act by a deadline: an owner in a partnership (needs reports) or a forum (recommendation). */
export interface TParty {
  /** `owner:<partnershipId>:<organisationId>` or `forum:<forumId>`: the reminders' key. */
  party: string
  partnershipId: string
  partnershipName: string
  name: string
  doneAt: Date | null
  status: TPartyStatus
}

/**
 * The status by the Oslo calendar day: done by the end of the deadline's day is on time; not done
 * once that day has passed is late.
 */
export function partyStatus(dueOn: Date, doneAt: Date | null, now: Date): TPartyStatus {
  if (doneAt) return osloDay(doneAt) <= dueOn ? 'done' : 'doneLate'
  return osloDay(now) > dueOn ? 'late' : 'pending'
}

type TDeadline = { countyId: string; year: number; kind: DeadlineKind; dueOn: Date }

/**
 * Every party that must act by the deadline among the county's partnerships in `within` (the
 * actor's scope; nothing more for the reminder job, which sees every tenant), with when it acted.
 * At most two queries, whatever the number of partnerships.
 */
export async function partiesOf(tx: Tx, deadline: TDeadline, now: Date, within: Prisma.PartnershipWhereInput = {}): Promise<TParty[]> {
  const partnerships: Prisma.PartnershipWhereInput = { AND: [{ countyId: deadline.countyId }, within] }
  if (deadline.kind === 'NEEDS_REPORTS') {
    const [owners, reports] = await Promise.all([
      tx.partnershipOwner.findMany({
        where: { partnership: partnerships, leftOn: null },
        select: { partnershipId: true, ownerId: true, owner: { select: { name: true } }, partnership: { select: { name: true } } },
      }),
      tx.needsReportOwner.findMany({
        where: { report: { year: deadline.year, status: 'SUBMITTED', partnership: partnerships } },
        select: { ownerId: true, partnershipId: true, report: { select: { submittedAt: true } } },
      }),
    ])
    const first = new Map<string, Date>()
    for (const r of reports) {
      const key = `${r.partnershipId}:${r.ownerId}`
      const at = r.report.submittedAt
      if (at && (!first.has(key) || at < first.get(key)!)) first.set(key, at)
    }
    return owners
      .map((o) => {
        const doneAt = first.get(`${o.partnershipId}:${o.ownerId}`) ?? null
        return { party: `owner:${o.partnershipId}:${o.ownerId}`, partnershipId: o.partnershipId, partnershipName: o.partnership.name, name: o.owner.name, doneAt, status: partyStatus(deadline.dueOn, doneAt, now) }
      })
      .sort(byPlace)
  }
  // Only the collaboration forum sends a recommendation; a steering or working group has none (ADR 038).
  const forums = await tx.forum.findMany({
    where: { partnership: partnerships, kind: 'COLLABORATION_FORUM' },
    select: {
      id: true,
      name: true,
      partnershipId: true,
      partnership: { select: { name: true } },
      // The first version sent counts, whether it was later decided or returned.
      recommendations: { where: { year: deadline.year, sentAt: { not: null } }, orderBy: { sentAt: 'asc' }, take: 1, select: { sentAt: true } },
    },
  })
  return forums
    .map((f) => {
      const doneAt = f.recommendations[0]?.sentAt ?? null
      return { party: `forum:${f.id}`, partnershipId: f.partnershipId, partnershipName: f.partnership.name, name: f.name, doneAt, status: partyStatus(deadline.dueOn, doneAt, now) }
    })
    .sort(byPlace)
}

const byPlace = (a: TParty, b: TParty) => a.partnershipName.localeCompare(b.partnershipName, 'nb') || a.name.localeCompare(b.name, 'nb')
