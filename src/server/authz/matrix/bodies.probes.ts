import { correctDecisionAction, createBodyAction, markMeetingHeldAction, recordCirculationDecisionAction } from '@/features/forum/actions'
import { callAction } from './adapters'
import { entry } from './probe-builders'
import type { TMatrixContext, TProbes, TTenant } from './types'

/** The bodies beside the forum (issue 20) and the decision rules that apply to every body (issue 19). */
export function bodiesProbes({ prisma, ids }: TMatrixContext): TProbes {
  const forumOf = (tenant: TTenant) => prisma.forum.findFirstOrThrow({ where: { kind: 'COLLABORATION_FORUM', partnershipId: ids[tenant] } })
  let reference = 1

  return {
    createBodyAction: entry('manage:forum', 'runsForum', async (actor, tenant) => {
      const name = `Styringsgruppe ${crypto.randomUUID()}`
      await callAction(actor, createBodyAction, { partnershipId: ids[tenant], kind: 'STEERING_GROUP', name, mandate: '', periodStart: '2026-01-01', periodEnd: '', compositionRule: 'NONE' })
      return (await prisma.forum.count({ where: { name, partnershipId: ids[tenant] } })) > 0
    }),
    markMeetingHeldAction: entry('manage:forum', 'runsForum', async (actor, tenant) => {
      const forum = await forumOf(tenant)
      const meeting = await prisma.meeting.create({ data: { partnershipId: ids[tenant], forumId: forum.id, title: `Matrise ${crypto.randomUUID()}`, startsAt: new Date(Date.now() + 7 * 86_400_000) } })
      await callAction(actor, markMeetingHeldAction, { meetingId: meeting.id })
      return (await prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status === 'HELD'
    }),
    recordCirculationDecisionAction: entry('manage:forum', 'runsForum', async (actor, tenant) => {
      const forum = await forumOf(tenant)
      const ref = `2098/${reference++}`
      await callAction(actor, recordCirculationDecisionAction, { forumId: forum.id, reference: ref, decidedOn: '2026-11-02', proposal: 'Forslag', text: 'Vedtatt ved sirkulasjon' })
      return (await prisma.decision.count({ where: { forumId: forum.id, reference: ref, byCirculation: true } })) > 0
    }),
    correctDecisionAction: entry('manage:forum', 'runsForum', async (actor, tenant) => {
      const forum = await forumOf(tenant)
      const decision = await prisma.decision.create({
        data: { partnershipId: ids[tenant], forumId: forum.id, byCirculation: true, reference: `2097/${reference++}`, decidedOn: new Date('2026-11-02'), proposal: 'Forslag', outcome: 'CONSENSUS', text: 'Opprinnelig' },
      })
      await callAction(actor, correctDecisionAction, { decisionId: decision.id, text: 'Rettet tekst', reason: 'Skrivefeil i vedtaket' })
      return (await prisma.decisionCorrection.count({ where: { decisionId: decision.id } })) > 0
    }),
  }
}
