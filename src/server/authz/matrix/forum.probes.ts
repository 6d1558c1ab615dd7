import { GET as recommendationPdf } from '@/app/forum/[forumId]/innstilling.pdf/route'
import { GET as recommendationXlsx } from '@/app/forum/[forumId]/innstilling.xlsx/route'
import { GET as paperFile } from '@/app/forum/[forumId]/moter/[meetingId]/papir/[paperId]/route'
import { GET as minutesPdf } from '@/app/forum/[forumId]/moter/[meetingId]/referat.pdf/route'
import {
  addAgendaItemAction,
  addForumMemberAction,
  addPaperAction,
  approveMinutesAction,
  draftMinutesAction,
  endForumMemberAction,
  planMeetingAction,
  recordDecisionAction,
  registerAttendanceAction,
} from '@/features/forum/actions'
import { getForum } from '@/features/forum/get-forum'
import { getForums } from '@/features/forum/get-forums'
import { getMeeting } from '@/features/forum/get-meeting'
import { membersOn } from '@/features/forum/members-on'
import { osloDay } from '@/lib/oslo-time'
import type { Actor } from '../actor'
import { callAction, callRoute } from './adapters'
import { entry } from './probe-builders'
import type { TMatrixContext, TProbes, TTenant } from './types'

/** The forum: members, meetings, agenda, papers, decisions, minutes and the recommendation. */
export function forumProbes({ prisma, ids }: TMatrixContext): TProbes {
  /** The tenant's forum, and a meeting with one open agenda item in it, written directly. */
  async function forumTarget(tenant: TTenant) {
    const forum = await prisma.forum.findFirstOrThrow({ where: { kind: 'COLLABORATION_FORUM', partnershipId: ids[tenant] } })
    const meeting = await prisma.meeting.create({ data: { partnershipId: ids[tenant], forumId: forum.id, title: `Matrisemøte ${crypto.randomUUID()}`, startsAt: new Date('2026-12-03T09:00:00Z') } })
    const item = await prisma.agendaItem.create({ data: { partnershipId: ids[tenant], meetingId: meeting.id, position: 1, title: 'Matrisesak' } })
    return { forum, meeting, item }
  }
  let forumReference = 1

  /** A member of the forum on the meeting's day, as the decision and attendance forms list them. */
  function memberOfTheDay(meeting: { forumId: string; startsAt: Date }) {
    return prisma.forumMember.findFirstOrThrow({ where: membersOn(meeting.forumId, osloDay(meeting.startsAt)) })
  }

  /** A measure decided by the tenant's forum for a year of its own, written directly: does the download answer with it? */
  async function recommendationReached(actor: Actor, tenant: TTenant, route: typeof recommendationPdf) {
    const { forum, item } = await forumTarget(tenant)
    const year = recommendationYearFor++
    const decision = await prisma.decision.create({
      data: { partnershipId: ids[tenant], forumId: forum.id, agendaItemId: item.id, reference: `${year}/1`, decidedOn: new Date(`${year}-10-01`), proposal: 'Forslag', outcome: 'CONSENSUS', text: 'Prioritert' },
    })
    await prisma.measure.create({ data: { partnershipId: ids[tenant], decisionId: decision.id, priority: 1, title: 'Matrisetiltak', level: 'UNIT', budgetOre: 100_000n } })
    return callRoute(actor, route, { forumId: forum.id }, `?ar=${year}`)
  }
  let recommendationYearFor = 2040

  return {
    '/forum': entry('read:forum', 'readsForum', async (actor, tenant) => {
      const forums = await getForums(prisma, actor).catch(() => [])
      return forums.some((f) => f.partnershipSlug === (tenant === 'salten' ? 'salten-kan' : 'nordre-sunnmore'))
    }),
    '/forum/[forumId]': entry('read:forum', 'readsForum', async (actor, tenant) => {
      const forum = await prisma.forum.findFirstOrThrow({ where: { kind: 'COLLABORATION_FORUM', partnershipId: ids[tenant] } })
      return (await getForum(prisma, actor, forum.id).catch(() => null)) !== null
    }),
    '/forum/[forumId]/moter/[meetingId]': entry('read:forum', 'readsForum', async (actor, tenant) => {
      const { meeting } = await forumTarget(tenant)
      return (await getMeeting(prisma, actor, meeting.id).catch(() => null)) !== null
    }),
    addForumMemberAction: entry('manage:forum', 'runsForum', async (actor, tenant) => {
      const forum = await prisma.forum.findFirstOrThrow({ where: { kind: 'COLLABORATION_FORUM', partnershipId: ids[tenant] } })
      const owner = await prisma.partnershipOwner.findFirstOrThrow({ where: { partnershipId: ids[tenant] } })
      const personName = `Matrise ${crypto.randomUUID()}`
      await callAction(actor, addForumMemberAction, { forumId: forum.id, personName, email: '', organisationId: owner.ownerId, representation: 'SCHOOL_OWNER', votingRight: 'on', periodStart: '2026-01-01', periodEnd: '' })
      return (await prisma.forumMember.count({ where: { personName } })) > 0
    }),
    endForumMemberAction: entry('manage:forum', 'runsForum', async (actor, tenant) => {
      const forum = await prisma.forum.findFirstOrThrow({ where: { kind: 'COLLABORATION_FORUM', partnershipId: ids[tenant] } })
      const owner = await prisma.partnershipOwner.findFirstOrThrow({ where: { partnershipId: ids[tenant] } })
      const member = await prisma.forumMember.create({
        data: { partnershipId: ids[tenant], forumId: forum.id, organisationId: owner.ownerId, personName: 'Mål Medlem', representation: 'SCHOOL_OWNER', periodStart: new Date('2026-01-01') },
      })
      await callAction(actor, endForumMemberAction, { memberId: member.id, periodEnd: '2026-06-30' })
      return (await prisma.forumMember.findUniqueOrThrow({ where: { id: member.id } })).periodEnd !== null
    }),
    planMeetingAction: entry('manage:forum', 'runsForum', async (actor, tenant) => {
      const forum = await prisma.forum.findFirstOrThrow({ where: { kind: 'COLLABORATION_FORUM', partnershipId: ids[tenant] } })
      const title = `Matrise ${crypto.randomUUID()}`
      await callAction(actor, planMeetingAction, { forumId: forum.id, title, startsAt: '2026-12-03T10:00', place: '', videoUrl: '' })
      return (await prisma.meeting.count({ where: { title } })) > 0
    }),
    addAgendaItemAction: entry('manage:forum', 'runsForum', async (actor, tenant) => {
      const { meeting } = await forumTarget(tenant)
      await callAction(actor, addAgendaItemAction, { meetingId: meeting.id, title: 'Ny matrisesak', description: '' })
      return (await prisma.agendaItem.count({ where: { meetingId: meeting.id } })) > 1
    }),
    recordDecisionAction: entry('manage:forum', 'runsForum', async (actor, tenant) => {
      const { meeting, item } = await forumTarget(tenant)
      // The form posts a conflict field per member of the day; left empty, it declares nothing.
      const member = await memberOfTheDay(meeting)
      await callAction(actor, recordDecisionAction, { agendaItemId: item.id, reference: `2099/${forumReference++}`, proposal: 'Forslag', outcome: 'CONSENSUS', [`conflict.${member.id}`]: '', text: 'Vedtatt' })
      return (await prisma.decision.count({ where: { agendaItemId: item.id } })) > 0
    }),
    draftMinutesAction: entry('manage:forum', 'runsForum', async (actor, tenant) => {
      const { meeting } = await forumTarget(tenant)
      await callAction(actor, draftMinutesAction, { meetingId: meeting.id, text: 'Referat fra matrisemøtet.' })
      return (await prisma.minutes.count({ where: { meetingId: meeting.id } })) > 0
    }),
    approveMinutesAction: entry('manage:forum', 'runsForum', async (actor, tenant) => {
      const { meeting } = await forumTarget(tenant)
      const draft = await prisma.minutes.create({ data: { partnershipId: ids[tenant], meetingId: meeting.id, version: 1, text: 'Utkast' } })
      await callAction(actor, approveMinutesAction, { minutesId: draft.id })
      return (await prisma.minutes.findUniqueOrThrow({ where: { id: draft.id } })).status === 'APPROVED'
    }),
    '/forum/[forumId]/moter/[meetingId]/referat.pdf': entry('read:forum', 'readsForum', async (actor, tenant) => {
      const { meeting } = await forumTarget(tenant)
      await prisma.minutes.create({ data: { partnershipId: ids[tenant], meetingId: meeting.id, version: 1, text: 'Godkjent', status: 'APPROVED', approvedAt: new Date() } })
      return callRoute(actor, minutesPdf, { forumId: meeting.forumId, meetingId: meeting.id }, '?versjon=1')
    }),
    addPaperAction: entry('manage:forum', 'runsForum', async (actor, tenant) => {
      const { item } = await forumTarget(tenant)
      await callAction(actor, addPaperAction, { agendaItemId: item.id, file: new File([new TextEncoder().encode('%PDF-1.4 matrise')], 'sak.pdf', { type: 'application/pdf' }) })
      return (await prisma.agendaPaper.count({ where: { agendaItemId: item.id } })) > 0
    }),
    '/forum/[forumId]/moter/[meetingId]/papir/[paperId]': entry('read:forum', 'readsForum', async (actor, tenant) => {
      const { meeting, item } = await forumTarget(tenant)
      const bytes = new TextEncoder().encode('%PDF-1.4 matrise')
      const paper = await prisma.agendaPaper.create({
        data: { partnershipId: ids[tenant], agendaItemId: item.id, fileName: 'sak.pdf', contentType: 'application/pdf', sizeBytes: bytes.length, sha256: '0'.repeat(64), content: bytes },
      })
      return callRoute(actor, paperFile, { forumId: meeting.forumId, meetingId: meeting.id, paperId: paper.id })
    }),
    registerAttendanceAction: entry('manage:forum', 'runsForum', async (actor, tenant) => {
      const { meeting } = await forumTarget(tenant)
      const member = await memberOfTheDay(meeting)
      await callAction(actor, registerAttendanceAction, { meetingId: meeting.id, present: [member.id] })
      return (await prisma.meetingAttendance.count({ where: { meetingId: meeting.id } })) > 0
    }),
    '/forum/[forumId]/innstilling.pdf': entry('read:forum', 'readsForum', (actor, tenant) => recommendationReached(actor, tenant, recommendationPdf)),
    '/forum/[forumId]/innstilling.xlsx': entry('read:forum', 'readsForum', (actor, tenant) => recommendationReached(actor, tenant, recommendationXlsx)),
  }
}
