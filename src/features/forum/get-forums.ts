import 'server-only'
import { can, requirePermission, type Actor } from '@/server/authz/actor'
import { forumManageScope, forumReadScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'

export interface TForumRow {
  id: string
  name: string
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
 * (items without a decision, minutes not yet approved). Two more queries for a secretariat than for a reader.
 */
export async function getForums(db: Db, actor: Actor): Promise<TForumRow[]> {
  requirePermission(actor, 'read:forum')
  return withActorTenants(db, actor, async (tx) => {
    const forums = await tx.forum.findMany({
      where: { partnership: forumReadScope(actor) },
      orderBy: { name: 'asc' },
      take: 100,
      select: { id: true, name: true, partnershipId: true, partnership: { select: { name: true, slug: true } } },
    })
    const ids = forums.map((f) => f.id)
    const now = new Date()
    const [upcoming, open, managed] = await Promise.all([
      tx.meeting.findMany({
        where: { forumId: { in: ids }, startsAt: { gte: now }, status: 'PLANNED' },
        orderBy: { startsAt: 'asc' },
        distinct: ['forumId'],
        select: { id: true, forumId: true, title: true, startsAt: true },
      }),
      tx.agendaItem.findMany({ where: { closedAt: null, meeting: { forumId: { in: ids }, status: { not: 'CANCELLED' } } }, select: { meeting: { select: { forumId: true } } } }),
      // Readers who run no forum are spared the query.
      can(actor, 'manage:forum') ? tx.partnership.findMany({ where: { AND: [{ id: { in: forums.map((f) => f.partnershipId) } }, forumManageScope(actor)] }, select: { id: true } }) : [],
    ])
    const managedIds = new Set(managed.map((p) => p.id))
    const [papers, held] = await Promise.all([
      tx.agendaPaper.findMany({ where: { agendaItem: { meetingId: { in: upcoming.map((m) => m.id) } } }, select: { agendaItem: { select: { meetingId: true } } } }),
      // Held meetings (started, not cancelled) that still lack a decision on an item or approved minutes.
      managedIds.size === 0
        ? Promise.resolve([])
        : tx.meeting.findMany({
            where: {
              forumId: { in: forums.filter((f) => managedIds.has(f.partnershipId)).map((f) => f.id) },
              startsAt: { lt: now },
              status: { not: 'CANCELLED' },
              OR: [{ agendaItems: { some: { closedAt: null } } }, { minutes: { none: { status: 'APPROVED' } } }],
            },
            orderBy: { startsAt: 'asc' },
            take: 50,
            select: { id: true, forumId: true, title: true, agendaItems: { where: { closedAt: null }, select: { id: true } }, minutes: { where: { status: 'APPROVED' }, select: { id: true }, take: 1 } },
          }),
    ])
    return forums.map((f) => {
      const next = upcoming.find((m) => m.forumId === f.id)
      return {
        id: f.id,
        name: f.name,
        partnershipName: f.partnership.name,
        partnershipSlug: f.partnership.slug,
        nextMeeting: next ? { id: next.id, title: next.title, startsAt: next.startsAt, papers: papers.filter((p) => p.agendaItem.meetingId === next.id).length } : null,
        openItems: open.filter((i) => i.meeting.forumId === f.id).length,
        toWrite: held
          .filter((m) => m.forumId === f.id)
          .map((m) => ({ meetingId: m.id, meetingTitle: m.title, decisions: m.agendaItems.length, minutes: m.minutes.length === 0 })),
      }
    })
  })
}
