import 'server-only'
import type { BodyKind, CompositionRule, MeetingStatus, Representation } from '@/generated/prisma/enums'
import { osloDay } from '@/lib/oslo-time'
import type { Actor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'
import { managesPartnership, readForumRow } from './forum-access'
import { bodyOrganisations } from './body-organisations'
import { missingOwners } from './composition'
import { DECISION_VERSIONS, decisionInForce, type TDecisionVersions } from './decision-versions'
import { pageWindow, type TPaging } from '@/lib/paging'

/** Ten years of a forum hold about sixty meetings: the page shows twelve at a time, newest first (issue 14). */
export const MEETINGS_PER_PAGE = 12

export interface TForumDetail {
  id: string
  name: string
  mandate: string | null
  kind: BodyKind
  periodStart: Date | null
  periodEnd: Date | null
  compositionRule: CompositionRule
  /** The member municipalities without their principal member today, under the composition rule. */
  missingOwners: { id: string; name: string }[]
  /** Decisions by circulation (no meeting), newest first, with their corrections. */
  circulationDecisions: (TDecisionVersions & { id: string; reference: string; decidedOn: Date; proposal: string; exemptFromPublic: boolean })[]
  partnershipName: string
  partnershipSlug: string
  canManage: boolean
  members: { id: string; personName: string; organisationName: string; representation: Representation; isDeputy: boolean; isChair: boolean; votingRight: boolean; periodStart: Date; periodEnd: Date | null }[]
  /** One page of the meetings, newest first. */
  meetings: { id: string; title: string; startsAt: Date; place: string | null; status: MeetingStatus; items: number; decisions: number }[]
  /** Meetings in all. */
  meetingCount: number
  /** Organisations a member may represent: the partnership's owners and UH, member organisations, the county governor. */
  organisations: { id: string; name: string }[]
}

/** One body (the forum or another, issue 20) with its members and meetings, or null when the actor may not see it. */
export async function getForum(db: Db, actor: Actor, forumId: string, paging: TPaging = { page: 1, pageSize: MEETINGS_PER_PAGE }): Promise<TForumDetail | null> {
  return readForumRow(db, actor, forumId, async (tx, row) => {
    const forum = await tx.forum.findFirst({
      where: row,
      select: {
        id: true,
        name: true,
        mandate: true,
        kind: true,
        establishedOn: true,
        periodEnd: true,
        compositionRule: true,
        partnershipId: true,
        partnership: { select: { name: true, slug: true, governorOfficeId: true, countyId: true } },
        members: {
          orderBy: [{ periodEnd: { sort: 'desc', nulls: 'first' } }, { personName: 'asc' }],
          take: 500,
          select: { id: true, personName: true, representation: true, isDeputy: true, isChair: true, votingRight: true, periodStart: true, periodEnd: true, organisation: { select: { name: true } } },
        },
        _count: { select: { meetings: true } },
        decisions: { where: { byCirculation: true }, orderBy: [{ decidedOn: 'desc' }, { reference: 'desc' }], take: 100, select: { id: true, reference: true, decidedOn: true, proposal: true, exemptFromPublic: true, ...DECISION_VERSIONS } },
        meetings: {
          orderBy: [{ startsAt: 'desc' }, { id: 'asc' }],
          ...pageWindow(paging),
          select: { id: true, title: true, startsAt: true, place: true, status: true, _count: { select: { agendaItems: true } }, agendaItems: { where: { decision: { isNot: null } }, select: { id: true } } },
        },
      },
    })
    if (!forum) return null
    const manageable = await managesPartnership(tx, actor, forum.partnershipId)
    const [organisations, missing] = await Promise.all([
      manageable ? tx.organisation.findMany({ where: bodyOrganisations({ id: forum.partnershipId, ...forum.partnership }), orderBy: { name: 'asc' }, take: 500, select: { id: true, name: true } }) : [],
      missingOwners(tx, { id: forum.id, partnershipId: forum.partnershipId, compositionRule: forum.compositionRule }, osloDay(new Date())),
    ])
    return {
      id: forum.id,
      name: forum.name,
      mandate: forum.mandate,
      kind: forum.kind,
      periodStart: forum.establishedOn,
      periodEnd: forum.periodEnd,
      compositionRule: forum.compositionRule,
      missingOwners: missing,
      circulationDecisions: forum.decisions.map(({ corrections, text, ...d }) => ({ ...d, ...decisionInForce({ text, corrections }) })),
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
