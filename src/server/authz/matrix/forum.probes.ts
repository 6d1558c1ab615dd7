import { addAgendaItem } from '@/features/forum/add-agenda-item'
import { addForumMember } from '@/features/forum/add-forum-member'
import { endForumMember } from '@/features/forum/end-forum-member'
import { planMeeting } from '@/features/forum/plan-meeting'
import { addPaper } from '@/features/forum/add-paper'
import { approveMinutes } from '@/features/forum/approve-minutes'
import { draftMinutes } from '@/features/forum/draft-minutes'
import { getApprovedMinutes, getForum, getForums, getMeeting, getPaper } from '@/features/forum/queries'
import { recordDecision } from '@/features/forum/record-decision'
import { getRecommendation } from '@/features/forum/recommendation'
import { registerAttendance } from '@/features/forum/register-attendance'
import type { Actor } from '../actor'
import type { TMatrixContext, TProbes, TTenant } from './types'

/** The forum: members, meetings, agenda, papers, decisions, minutes and the recommendation. */
export function forumProbes({ prisma, ids }: TMatrixContext): TProbes {
  /** The tenant's forum, and a meeting with one open agenda item in it, written directly. */
  async function forumTarget(tenant: TTenant) {
    const forum = await prisma.forum.findFirstOrThrow({ where: { partnershipId: ids[tenant] } })
    const meeting = await prisma.meeting.create({ data: { partnershipId: ids[tenant], forumId: forum.id, title: `Matrisemøte ${crypto.randomUUID()}`, startsAt: new Date('2026-12-03T09:00:00Z') } })
    const item = await prisma.agendaItem.create({ data: { partnershipId: ids[tenant], meetingId: meeting.id, position: 1, title: 'Matrisesak' } })
    return { forum, meeting, item }
  }
  let forumReference = 1

  /** A measure decided by the tenant's forum for a year of its own, written directly: does the recommendation show it? */
  async function recommendationReached(actor: Actor, tenant: TTenant) {
    const { forum, item } = await forumTarget(tenant)
    const year = recommendationYearFor++
    const decision = await prisma.decision.create({
      data: { partnershipId: ids[tenant], forumId: forum.id, agendaItemId: item.id, reference: `${year}/1`, decidedOn: new Date(`${year}-10-01`), proposal: 'Forslag', outcome: 'CONSENSUS', text: 'Prioritert' },
    })
    await prisma.measure.create({ data: { partnershipId: ids[tenant], decisionId: decision.id, priority: 1, title: 'Matrisetiltak', level: 'UNIT', budgetOre: 100_000n } })
    const recommendation = await getRecommendation(prisma, actor, forum.id, year).catch(() => null)
    return recommendation !== null && recommendation.measures.some((m) => m.title === 'Matrisetiltak')
  }
  let recommendationYearFor = 2040

  return {
    '/forum': {
      permission: 'read:forum',
      kind: 'readsForum',
      probe: async (actor, tenant) => {
        const forums = await getForums(prisma, actor).catch(() => [])
        return forums.some((f) => f.partnershipSlug === (tenant === 'salten' ? 'salten-kan' : 'nordre-sunnmore'))
      },
    },
    '/forum/[forumId]': {
      permission: 'read:forum',
      kind: 'readsForum',
      probe: async (actor, tenant) => {
        const forum = await prisma.forum.findFirstOrThrow({ where: { partnershipId: ids[tenant] } })
        return (await getForum(prisma, actor, forum.id).catch(() => null)) !== null
      },
    },
    '/forum/[forumId]/moter/[meetingId]': {
      permission: 'read:forum',
      kind: 'readsForum',
      probe: async (actor, tenant) => {
        const { meeting } = await forumTarget(tenant)
        return (await getMeeting(prisma, actor, meeting.id).catch(() => null)) !== null
      },
    },
    addForumMemberAction: {
      permission: 'manage:forum',
      kind: 'runsForum',
      probe: async (actor, tenant) => {
        const forum = await prisma.forum.findFirstOrThrow({ where: { partnershipId: ids[tenant] } })
        const owner = await prisma.partnershipOwner.findFirstOrThrow({ where: { partnershipId: ids[tenant] } })
        const personName = `Matrise ${crypto.randomUUID()}`
        await addForumMember(prisma, actor, { forumId: forum.id, personName, organisationId: owner.ownerId, representation: 'SCHOOL_OWNER', periodStart: '2026-01-01' })
        return (await prisma.forumMember.count({ where: { personName } })) > 0
      },
    },
    endForumMemberAction: {
      permission: 'manage:forum',
      kind: 'runsForum',
      probe: async (actor, tenant) => {
        const forum = await prisma.forum.findFirstOrThrow({ where: { partnershipId: ids[tenant] } })
        const owner = await prisma.partnershipOwner.findFirstOrThrow({ where: { partnershipId: ids[tenant] } })
        const member = await prisma.forumMember.create({
          data: { partnershipId: ids[tenant], forumId: forum.id, organisationId: owner.ownerId, personName: 'Mål Medlem', representation: 'SCHOOL_OWNER', periodStart: new Date('2026-01-01') },
        })
        await endForumMember(prisma, actor, { memberId: member.id, periodEnd: '2026-06-30' })
        return (await prisma.forumMember.findUniqueOrThrow({ where: { id: member.id } })).periodEnd !== null
      },
    },
    planMeetingAction: {
      permission: 'manage:forum',
      kind: 'runsForum',
      probe: async (actor, tenant) => {
        const forum = await prisma.forum.findFirstOrThrow({ where: { partnershipId: ids[tenant] } })
        const title = `Matrise ${crypto.randomUUID()}`
        await planMeeting(prisma, actor, { forumId: forum.id, title, startsAt: '2026-12-03T10:00' })
        return (await prisma.meeting.count({ where: { title } })) > 0
      },
    },
    addAgendaItemAction: {
      permission: 'manage:forum',
      kind: 'runsForum',
      probe: async (actor, tenant) => {
        const { meeting } = await forumTarget(tenant)
        await addAgendaItem(prisma, actor, { meetingId: meeting.id, title: 'Ny matrisesak' })
        return (await prisma.agendaItem.count({ where: { meetingId: meeting.id } })) > 1
      },
    },
    recordDecisionAction: {
      permission: 'manage:forum',
      kind: 'runsForum',
      probe: async (actor, tenant) => {
        const { item } = await forumTarget(tenant)
        await recordDecision(prisma, actor, { agendaItemId: item.id, reference: `2099/${forumReference++}`, proposal: 'Forslag', outcome: 'CONSENSUS', text: 'Vedtatt' })
        return (await prisma.decision.count({ where: { agendaItemId: item.id } })) > 0
      },
    },
    draftMinutesAction: {
      permission: 'manage:forum',
      kind: 'runsForum',
      probe: async (actor, tenant) => {
        const { meeting } = await forumTarget(tenant)
        await draftMinutes(prisma, actor, { meetingId: meeting.id, text: 'Referat fra matrisemøtet.' })
        return (await prisma.minutes.count({ where: { meetingId: meeting.id } })) > 0
      },
    },
    approveMinutesAction: {
      permission: 'manage:forum',
      kind: 'runsForum',
      probe: async (actor, tenant) => {
        const { meeting } = await forumTarget(tenant)
        const draft = await prisma.minutes.create({ data: { partnershipId: ids[tenant], meetingId: meeting.id, version: 1, text: 'Utkast' } })
        await approveMinutes(prisma, actor, { minutesId: draft.id })
        return (await prisma.minutes.findUniqueOrThrow({ where: { id: draft.id } })).status === 'APPROVED'
      },
    },
    '/forum/[forumId]/moter/[meetingId]/referat.pdf': {
      permission: 'read:forum',
      kind: 'readsForum',
      probe: async (actor, tenant) => {
        const { meeting } = await forumTarget(tenant)
        await prisma.minutes.create({ data: { partnershipId: ids[tenant], meetingId: meeting.id, version: 1, text: 'Godkjent', status: 'APPROVED', approvedAt: new Date() } })
        return (await getApprovedMinutes(prisma, actor, meeting.id, null).catch(() => null)) !== null
      },
    },
    addPaperAction: {
      permission: 'manage:forum',
      kind: 'runsForum',
      probe: async (actor, tenant) => {
        const { item } = await forumTarget(tenant)
        await addPaper(prisma, actor, { agendaItemId: item.id, file: new File([new TextEncoder().encode('%PDF-1.4 matrise')], 'sak.pdf') })
        return (await prisma.agendaPaper.count({ where: { agendaItemId: item.id } })) > 0
      },
    },
    '/forum/[forumId]/moter/[meetingId]/papir/[paperId]': {
      permission: 'read:forum',
      kind: 'readsForum',
      probe: async (actor, tenant) => {
        const { item } = await forumTarget(tenant)
        const bytes = new TextEncoder().encode('%PDF-1.4 matrise')
        const paper = await prisma.agendaPaper.create({
          data: { partnershipId: ids[tenant], agendaItemId: item.id, fileName: 'sak.pdf', contentType: 'application/pdf', sizeBytes: bytes.length, sha256: '0'.repeat(64), content: bytes },
        })
        return (await getPaper(prisma, actor, paper.id).catch(() => null)) !== null
      },
    },
    registerAttendanceAction: {
      permission: 'manage:forum',
      kind: 'runsForum',
      probe: async (actor, tenant) => {
        const { meeting } = await forumTarget(tenant)
        await registerAttendance(prisma, actor, { meetingId: meeting.id, present: [] })
        return (await prisma.meetingAttendance.count({ where: { meetingId: meeting.id } })) > 0
      },
    },
    '/forum/[forumId]/innstilling.pdf': {
      permission: 'read:forum',
      kind: 'readsForum',
      probe: (actor, tenant) => recommendationReached(actor, tenant),
    },
    '/forum/[forumId]/innstilling.xlsx': {
      permission: 'read:forum',
      kind: 'readsForum',
      // The same query as the PDF: both routes go through recommendationResponse.
      probe: (actor, tenant) => recommendationReached(actor, tenant),
    },
  }
}
