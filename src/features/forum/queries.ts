import 'server-only'
import type { DecisionOutcome, MeetingStatus, Representation, VoteChoice } from '@/generated/prisma/enums'
import { can, requirePermission, type Actor } from '@/server/authz/actor'
import { forumManageScope, forumReadScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { unsafeWithAllTenants } from '@/server/db/tenant'
import { osloDay } from '@/lib/oslo-time'
import { membersOn } from './members-on'
import { isUuid } from '@/lib/uuid'


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

export interface TForumDetail {
  id: string
  name: string
  mandate: string | null
  partnershipName: string
  partnershipSlug: string
  canManage: boolean
  members: { id: string; personName: string; organisationName: string; representation: Representation; isDeputy: boolean; votingRight: boolean; periodStart: Date; periodEnd: Date | null }[]
  meetings: { id: string; title: string; startsAt: Date; place: string | null; status: MeetingStatus; items: number; decisions: number }[]
  /** Organisations a member may represent: the partnership's owners and UH, member organisations, the county governor. */
  organisations: { id: string; name: string }[]
}

/** One forum with its members and meetings, or null when the actor may not see it. */
export async function getForum(db: Db, actor: Actor, forumId: string): Promise<TForumDetail | null> {
  requirePermission(actor, 'read:forum')
  if (!isUuid(forumId)) return null
  return withActorTenants(db, actor, async (tx) => {
    const forum = await tx.forum.findFirst({
      where: { id: forumId, partnership: forumReadScope(actor) },
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
        meetings: {
          orderBy: { startsAt: 'desc' },
          take: 200,
          select: { id: true, title: true, startsAt: true, place: true, status: true, _count: { select: { agendaItems: true } }, agendaItems: { where: { decision: { isNot: null } }, select: { id: true } } },
        },
      },
    })
    if (!forum) return null
    const manageable = await tx.partnership.count({ where: { AND: [{ id: forum.partnershipId }, forumManageScope(actor)] } })
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
      canManage: manageable > 0,
      members: forum.members.map((m) => ({ ...m, organisationName: m.organisation.name })),
      meetings: forum.meetings.map((m) => ({ id: m.id, title: m.title, startsAt: m.startsAt, place: m.place, status: m.status, items: m._count.agendaItems, decisions: m.agendaItems.length })),
      organisations,
    }
  })
}

export interface TMeetingDetail {
  id: string
  title: string
  startsAt: Date
  place: string | null
  videoUrl: string | null
  status: MeetingStatus
  forum: { id: string; name: string }
  canManage: boolean
  /** Approved minutes lock the agenda. */
  locked: boolean
  items: {
    id: string
    position: number
    title: string
    description: string | null
    closed: boolean
    papers: { id: string; fileName: string; sizeBytes: number }[]
    decision: {
      reference: string
      outcome: DecisionOutcome
      proposal: string
      text: string
      exemptFromPublic: boolean
      votes: { personName: string; choice: VoteChoice }[]
    } | null
    conflicts: { personName: string; reason: string }[]
  }[]
  minutes: { id: string; version: number; status: 'DRAFT' | 'APPROVED'; text: string; approvedAt: Date | null }[]
  /** A starting text for the first draft: the meeting's facts, attendance and decisions. */
  draftTemplate: string
  /** Members on the day of the meeting, for the decision form; `present` once attendance is registered. */
  members: { id: string; personName: string; organisationName: string; votingRight: boolean; present: boolean | null }[]
}

/** A meeting with its agenda, decisions, votes and conflicts, or null when the actor may not see it. */
export async function getMeeting(db: Db, actor: Actor, meetingId: string): Promise<TMeetingDetail | null> {
  requirePermission(actor, 'read:forum')
  if (!isUuid(meetingId)) return null
  return withActorTenants(db, actor, async (tx) => {
    const meeting = await tx.meeting.findFirst({
      where: { id: meetingId, partnership: forumReadScope(actor) },
      select: {
        id: true,
        title: true,
        startsAt: true,
        place: true,
        videoUrl: true,
        status: true,
        partnershipId: true,
        forum: { select: { id: true, name: true } },
        agendaItems: {
          orderBy: { position: 'asc' },
          select: {
            id: true,
            position: true,
            title: true,
            description: true,
            closedAt: true,
            papers: { orderBy: { createdAt: 'asc' }, select: { id: true, fileName: true, sizeBytes: true } },
            conflicts: { select: { reason: true, member: { select: { personName: true } } } },
            decision: {
              select: {
                reference: true,
                outcome: true,
                proposal: true,
                text: true,
                exemptFromPublic: true,
                votes: { orderBy: { member: { personName: 'asc' } }, select: { choice: true, member: { select: { personName: true } } } },
              },
            },
          },
        },
      },
    })
    if (!meeting) return null
    const day = osloDay(meeting.startsAt)
    const [manageable, minutes, members] = await Promise.all([
      tx.partnership.count({ where: { AND: [{ id: meeting.partnershipId }, forumManageScope(actor)] } }),
      tx.minutes.findMany({ where: { meetingId: meeting.id }, orderBy: { version: 'desc' }, select: { id: true, version: true, status: true, text: true, approvedAt: true } }),
      tx.forumMember.findMany({
        where: membersOn(meeting.forum.id, day),
        orderBy: { personName: 'asc' },
        select: { id: true, personName: true, votingRight: true, organisation: { select: { name: true } }, attendances: { where: { meetingId: meeting.id }, select: { present: true } } },
      }),
    ])
    const present = members.filter((m) => m.attendances[0]?.present).map((m) => m.personName)
    return {
      id: meeting.id,
      title: meeting.title,
      startsAt: meeting.startsAt,
      place: meeting.place,
      videoUrl: meeting.videoUrl,
      status: meeting.status,
      forum: meeting.forum,
      canManage: manageable > 0,
      locked: minutes.some((m) => m.status === 'APPROVED'),
      minutes,
      draftTemplate: [
        meeting.title,
        '',
        ...(present.length ? [present.join(', '), ''] : []),
        ...meeting.agendaItems.flatMap((i) => [
          `${i.position}. ${i.title}`,
          ...(i.decision ? [`${i.decision.reference}: ${i.decision.text}`] : []),
          ...i.conflicts.map((c) => `${c.member.personName}: ${c.reason}`),
          '',
        ]),
      ].join('\n'),
      items: meeting.agendaItems.map((i) => ({
        id: i.id,
        position: i.position,
        title: i.title,
        description: i.description,
        closed: i.closedAt !== null,
        papers: i.papers,
        decision: i.decision
          ? { ...i.decision, votes: i.decision.votes.map((v) => ({ personName: v.member.personName, choice: v.choice })) }
          : null,
        conflicts: i.conflicts.map((c) => ({ personName: c.member.personName, reason: c.reason })),
      })),
      members: members.map((m) => ({ id: m.id, personName: m.personName, organisationName: m.organisation.name, votingRight: m.votingRight, present: m.attendances[0]?.present ?? null })),
    }
  })
}

export interface TJournalEntry {
  reference: string
  decidedOn: Date
  forumName: string
  outcome: DecisionOutcome
  title: string | null
  text: string
  tally: Record<VoteChoice, number> | null
}

/**
 * The public decision journal of a partnership's forums: every decision not marked exempt, newest
 * first (at most 500). No login: forum decisions are public documents.
 *
 * Note: reads without a tenant context on purpose (there is no actor); the filter on
 * `exemptFromPublic` and the fields selected are what keep it public, so no person's vote or
 * conflict leaves here, only the tally.
 */
export async function getPublicJournal(db: Db, slug: string): Promise<{ partnershipName: string; entries: TJournalEntry[] } | null> {
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) return null
  return unsafeWithAllTenants(db, async (tx) => {
    const partnership = await tx.partnership.findUnique({ where: { slug }, select: { id: true, name: true } })
    if (!partnership) return null
    const decisions = await tx.decision.findMany({
      where: { partnershipId: partnership.id, exemptFromPublic: false },
      orderBy: [{ decidedOn: 'desc' }, { reference: 'desc' }],
      take: 500,
      select: { reference: true, decidedOn: true, outcome: true, text: true, forum: { select: { name: true } }, agendaItem: { select: { title: true } }, votes: { select: { choice: true } } },
    })
    return {
      partnershipName: partnership.name,
      entries: decisions.map((d) => {
        const tally = { FOR: 0, AGAINST: 0, ABSTAIN: 0 }
        for (const v of d.votes) tally[v.choice] += 1
        return { reference: d.reference, decidedOn: d.decidedOn, forumName: d.forum.name, outcome: d.outcome, title: d.agendaItem?.title ?? null, text: d.text, tally: d.outcome === 'VOTE' ? tally : null }
      }),
    }
  })
}

/**
 * An approved version of a meeting's minutes with the meeting's decisions, for the PDF; the newest
 * approved one when `version` is null. Null when the actor may not see the meeting or there is no
 * such approved version (drafts are not exported: only what the forum approved is the record).
 */
export async function getApprovedMinutes(db: Db, actor: Actor, meetingId: string, version: number | null) {
  requirePermission(actor, 'read:forum')
  if (!isUuid(meetingId)) return null
  return withActorTenants(db, actor, async (tx) => {
    const meeting = await tx.meeting.findFirst({
      where: { id: meetingId, partnership: forumReadScope(actor) },
      select: {
        id: true,
        title: true,
        startsAt: true,
        place: true,
        forum: { select: { id: true, name: true } },
        minutes: { where: { status: 'APPROVED', ...(version ? { version } : {}) }, orderBy: { version: 'desc' }, take: 1, select: { version: true, text: true, approvedAt: true } },
        agendaItems: {
          orderBy: { position: 'asc' },
          select: { decision: { select: { reference: true, outcome: true, text: true, votes: { select: { choice: true } } } } },
        },
      },
    })
    const minutes = meeting?.minutes[0]
    if (!meeting || !minutes?.approvedAt) return null
    return {
      forumId: meeting.forum.id,
      forumName: meeting.forum.name,
      meetingTitle: meeting.title,
      startsAt: meeting.startsAt,
      place: meeting.place,
      version: minutes.version,
      approvedAt: minutes.approvedAt,
      text: minutes.text,
      decisions: meeting.agendaItems.flatMap((i) => (i.decision ? [i.decision] : [])),
    }
  })
}

/** One paper's file, or null when the actor may not see its meeting. */
export async function getPaper(db: Db, actor: Actor, paperId: string) {
  requirePermission(actor, 'read:forum')
  if (!isUuid(paperId)) return null
  return withActorTenants(db, actor, (tx) =>
    tx.agendaPaper.findFirst({
      where: { id: paperId, partnership: forumReadScope(actor) },
      select: { fileName: true, contentType: true, content: true, agendaItem: { select: { meetingId: true, meeting: { select: { forumId: true } } } } },
    }),
  )
}
