import 'server-only'
import type { Prisma } from '@/generated/prisma/client'
import type { DecisionOutcome, MeetingStatus, VoteChoice } from '@/generated/prisma/enums'
import { osloDay } from '@/lib/oslo-time'
import type { Actor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'
import { managesPartnership, readForumRow } from './forum-access'
import { membersOn } from './members-on'
import { DECISION_VERSIONS, decisionInForce, type TDecisionVersions } from './decision-versions'
import { isHeld } from './meeting-held'

export interface TMeetingDetail {
  id: string
  title: string
  startsAt: Date
  place: string | null
  videoUrl: string | null
  status: MeetingStatus
  /** Held (marked, or its time has passed): decisions may be recorded (issue 19). */
  held: boolean
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
    decision: (TDecisionVersions & {
      id: string
      reference: string
      outcome: DecisionOutcome
      proposal: string
      exemptFromPublic: boolean
      votes: { personName: string; choice: VoteChoice }[]
    }) | null
    conflicts: { personName: string; reason: string }[]
  }[]
  minutes: { id: string; version: number; status: 'DRAFT' | 'APPROVED'; text: string; approvedAt: Date | null }[]
  /** A starting text for the first draft: the meeting's facts, attendance and decisions. */
  draftTemplate: string
  /** Members on the day of the meeting, for the decision form; `present` once attendance is registered. */
  members: { id: string; personName: string; organisationName: string; votingRight: boolean; present: boolean | null }[]
}

const MEETING_SELECT = {
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
          id: true,
          reference: true,
          outcome: true,
          proposal: true,
          exemptFromPublic: true,
          ...DECISION_VERSIONS,
          votes: { orderBy: { member: { personName: 'asc' } }, select: { choice: true, member: { select: { personName: true } } } },
        },
      },
    },
  },
} satisfies Prisma.MeetingSelect

type TMeetingRow = Prisma.MeetingGetPayload<{ select: typeof MEETING_SELECT }>

/** A meeting with its agenda, decisions, votes and conflicts, or null when the actor may not see it. */
export async function getMeeting(db: Db, actor: Actor, meetingId: string): Promise<TMeetingDetail | null> {
  return readForumRow(db, actor, meetingId, async (tx, row) => {
    const meeting = await tx.meeting.findFirst({ where: row, select: MEETING_SELECT })
    if (!meeting) return null
    const [canManage, minutes, members] = await Promise.all([
      managesPartnership(tx, actor, meeting.partnershipId),
      tx.minutes.findMany({ where: { meetingId: meeting.id }, orderBy: { version: 'desc' }, select: { id: true, version: true, status: true, text: true, approvedAt: true } }),
      tx.forumMember.findMany({
        where: membersOn(meeting.forum.id, osloDay(meeting.startsAt)),
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
      held: isHeld(meeting),
      forum: meeting.forum,
      canManage,
      locked: minutes.some((m) => m.status === 'APPROVED'),
      minutes,
      draftTemplate: draftTemplate(meeting, present),
      items: meeting.agendaItems.map(agendaItem),
      members: members.map((m) => ({ id: m.id, personName: m.personName, organisationName: m.organisation.name, votingRight: m.votingRight, present: m.attendances[0]?.present ?? null })),
    }
  })
}

/** The first draft's text: the title, who was present, and each item with its decision and the conflicts declared. */
function draftTemplate(meeting: TMeetingRow, present: string[]): string {
  return [
    meeting.title,
    '',
    ...(present.length ? [present.join(', '), ''] : []),
    ...meeting.agendaItems.flatMap((i) => [
      `${i.position}. ${i.title}`,
      ...(i.decision ? [`${i.decision.reference}: ${decisionInForce(i.decision).text}`] : []),
      ...i.conflicts.map((c) => `${c.member.personName}: ${c.reason}`),
      '',
    ]),
  ].join('\n')
}

function agendaItem(i: TMeetingRow['agendaItems'][number]): TMeetingDetail['items'][number] {
  return {
    id: i.id,
    position: i.position,
    title: i.title,
    description: i.description,
    closed: i.closedAt !== null,
    papers: i.papers,
    decision: i.decision ? { ...i.decision, ...decisionInForce(i.decision), votes: i.decision.votes.map((v) => ({ personName: v.member.personName, choice: v.choice })) } : null,
    conflicts: i.conflicts.map((c) => ({ personName: c.member.personName, reason: c.reason })),
  }
}
