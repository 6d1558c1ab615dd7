import 'server-only'
import type { MeetingStatus, Representation } from '@/generated/prisma/enums'
import type { Actor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'
import { managesPartnership, readForumRow } from './forum-access'
import { pageWindow, type TPaging } from '@/lib/paging'

/** Ten years of a forum hold about sixty meetings: the page shows twelve at a time, newest first (issue 14). */
export const MEETINGS_PER_PAGE = 12

export interface TForumDetail {
  id: string
  name: string
  mandate: string | null
  partnershipName: string
  partnershipSlug: string
  canManage: boolean
  members: { id: string; personName: string; organisationName: string; representation: Representation; isDeputy: boolean; votingRight: boolean; periodStart: Date; periodEnd: Date | null }[]
  /** One page of the meetings, newest first. */
  meetings: { id: string; title: string; startsAt: Date; place: string | null; status: MeetingStatus; items: number; decisions: number }[]
  /** Meetings in all. */
  meetingCount: number
  /** Organisations a member may represent: the partnership's owners and UH, member organisations, the county governor. */
  organisations: { id: string; name: string }[]
}

/** One forum with its members and meetings, or null when the actor may not see it. */
export async function getForum(db: Db, actor: Actor, forumId: string, paging: TPaging = { page: 1, pageSize: MEETINGS_PER_PAGE }): Promise<TForumDetail | null> {
  return readForumRow(db, actor, forumId, async (tx, row) => {
    const forum = await tx.forum.findFirst({
      where: row,
      select: {
        id: true,
        name: true,
        mandate: true,
        partnershipId: true,
        partnership: { select: { name: true, slug: true, governorOfficeId: true } },
        members: {
          orderBy: [{ periodEnd: { sort: 'desc', nulls: 'first' } }, { personName: 'asc' }],
          take: 500,
          select: { id: true, personName: true, representation: true, isDeputy: true, votingRight: true, periodStart: true, periodEnd: true, organisation: { select: { name: true } } },
        },
        _count: { select: { meetings: true } },
        meetings: {
          orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
          ...pageWindow(paging),
          select: { id: true, title: true, startsAt: true, place: true, status: true, _count: { select: { agendaItems: true } }, agendaItems: { where: { decision: { isNot: null } }, select: { id: true } } },
        },
      },
    })
    if (!forum) return null
    const manageable = await managesPartnership(tx, actor, forum.partnershipId)
    const organisations = manageable
      ? await tx.organisation.findMany({
          where: {
            OR: [
              { partnershipOwners: { some: { partnershipId: forum.partnershipId, leftOn: null } } },
              { partnershipUniversities: { some: { partnershipId: forum.partnershipId } } },
              { kind: 'MEMBER_ORGANISATION' },
              { governorOfficeId: forum.partnership.governorOfficeId },
            ],
          },
          orderBy: { name: 'asc' },
          take: 500,
          select: { id: true, name: true },
        })
      : []
    return {
      id: forum.id,
      name: forum.name,
      mandate: forum.mandate,
      partnershipName: forum.partnership.name,
      partnershipSlug: forum.partnership.slug,
      canManage: manageable,
      members: forum.members.map((m) => ({ ...m, organisationName: m.organisation.name })),
      meetings: forum.meetings.map((m) => ({ id: m.id, title: m.title, startsAt: m.startsAt, place: m.place, status: m.status, items: m._count.agendaItems, decisions: m.agendaItems.length })),
      meetingCount: forum._count.meetings,
      organisations,
    }
  })
}
