import 'server-only'
import type { BodyKind } from '@/generated/prisma/enums'
import { can, requirePermission, type Actor } from '@/server/authz/actor'
import { forumManageScope, forumReadScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'

export interface TForumRow {
  id: string
  name: string
  kind: BodyKind
  partnershipName: string
  partnershipSlug: string
  nextMeeting: { id: string; title: string; startsAt: Date; papers: number } | null
  openItems: number
  /** For the forum's secretariat only (empty for readers): the work left after held meetings. */
  toWrite: { meetingId: string; meetingTitle: string; decisions: number; minutes: boolean }[]
}

/**
 * The forums the actor may follow, with the next meeting (and its papers to read) and the items
 * still without a decision; for the secretariat also what is left to write after held meetings
 * (items without a decision, minutes not yet approved). One query for a reader, two for a
 * secretariat: the meetings, items and papers come counted with the forums (relation joins).
 * `take`: the dashboard shows the first ten (its heading links to the full list at /forum).
 */
export async function getForums(db: Db, actor: Actor, options: { take?: number } = {}): Promise<TForumRow[]> {
  requirePermission(actor, 'read:forum')
  return withActorTenants(db, actor, (tx) => forumRows(tx, actor, options))
}

/** getForums inside a tenant transaction the caller opened (the /forum page reads more in the same one). */
export async function forumRows(tx: Tx, actor: Actor, options: { take?: number } = {}): Promise<TForumRow[]> {
  const now = new Date()
  const forums = await tx.forum.findMany({
    where: { partnership: forumReadScope(actor) },
    // The collaboration forum first, then the other bodies (issue 20); the enum's order is the kinds'.
    orderBy: [{ kind: 'asc' }, { name: 'asc' }],
    take: options.take ?? 100,
    select: {
      id: true,
      name: true,
      kind: true,
      partnership: { select: { name: true, slug: true } },
      meetings: {
        where: { startsAt: { gte: now }, status: 'PLANNED' },
        orderBy: { startsAt: 'asc' },
        take: 1,
        select: { id: true, title: true, startsAt: true },
      },
    },
  })
  const ids = forums.map((f) => f.id)
  const nextIds = forums.flatMap((f) => f.meetings.map((m) => m.id))
  const [counts, held] = await Promise.all([forumCounts(tx, ids, nextIds), can(actor, 'manage:forum') ? heldMeetingsToWrite(tx, actor, ids, now) : []])
  return forums.map((f) => {
    const next = f.meetings[0]
    return {
      id: f.id,
      name: f.name,
      kind: f.kind,
      partnershipName: f.partnership.name,
      partnershipSlug: f.partnership.slug,
      nextMeeting: next ? { id: next.id, title: next.title, startsAt: next.startsAt, papers: counts.papers.get(next.id) ?? 0 } : null,
      openItems: counts.open.get(f.id) ?? 0,
      toWrite: held
        .filter((m) => m.forumId === f.id)
        .map((m) => ({ meetingId: m.id, meetingTitle: m.title, decisions: m._count.agendaItems, minutes: m.minutes.length === 0 })),
    }
  })
}

/**
 * Items without a decision per forum, and papers per upcoming meeting, counted by the database in
 * one statement (a forum of ten years has hundreds of items; only the counts come back). The
 * forums and meetings are the scoped ones the caller read, in the same tenant transaction.
 *
 * Note: the papers are not counted inside the forums query: Prisma's relation joins build a
 * JSON object per agenda item for a nested _count, 1 s for the country's forums against 10 ms here.
 */
async function forumCounts(tx: Tx, forumIds: string[], meetingIds: string[]) {
  const counts = { open: new Map<string, number>(), papers: new Map<string, number>() }
  if (forumIds.length === 0) return counts
  const rows = await tx.$queryRaw<{ kind: 'open' | 'papers'; id: string; n: bigint }[]>`
    SELECT 'open' AS kind, m."forumId" AS id, count(*) AS n
    FROM "AgendaItem" a JOIN "Meeting" m ON m.id = a."meetingId"
    WHERE a."closedAt" IS NULL AND m.status <> 'CANCELLED' AND m."forumId" = ANY(${forumIds}::uuid[])
    GROUP BY m."forumId"
    UNION ALL
    SELECT 'papers', a."meetingId", count(*)
    FROM "AgendaPaper" p JOIN "AgendaItem" a ON a.id = p."agendaItemId"
    WHERE a."meetingId" = ANY(${meetingIds}::uuid[])
    GROUP BY a."meetingId"`
  for (const r of rows) counts[r.kind].set(r.id, Number(r.n))
  return counts
}

/** Held meetings (started, not cancelled) of the forums the actor runs that still lack a decision on an item or approved minutes. */
async function heldMeetingsToWrite(tx: Tx, actor: Actor, forumIds: string[], now: Date) {
  return tx.meeting.findMany({
    where: {
      forumId: { in: forumIds },
      forum: { partnership: forumManageScope(actor) },
      startsAt: { lt: now },
      status: { not: 'CANCELLED' },
      OR: [{ agendaItems: { some: { closedAt: null } } }, { minutes: { none: { status: 'APPROVED' } } }],
    },
    orderBy: { startsAt: 'asc' },
    take: 50,
    select: { id: true, forumId: true, title: true, _count: { select: { agendaItems: { where: { closedAt: null } } } }, minutes: { where: { status: 'APPROVED' }, select: { id: true }, take: 1 } },
  })
}
