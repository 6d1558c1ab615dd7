import type { z } from 'zod'
import { osloDay } from '@/lib/oslo-time'
import { lockRow } from '@/server/db/lock-row'
import { refuseUniqueRace } from '@/server/usecase/database-fallback'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { membersOn } from './members-on'
import { MEETING_PAGE, ZRecordDecision, type TForumResult } from './schemas'
import { managedRow } from './forum-access'
import { isHeld } from './meeting-held'

type TDecisionInput = z.output<typeof ZRecordDecision>
type TMember = { id: string; votingRight: boolean; personName: string }

/**
 * The voting rules, checked before anything is written (the database checks them again): only
 * members of the day vote or declare a conflict, only those with a voting right vote, nobody with
 * a conflict votes, and a decision by vote has votes.
 */
function voteProblem(d: TDecisionInput, members: TMember[]): Extract<TForumResult, { ok: false }> | null {
  const byId = new Map(members.map((m) => [m.id, m]))
  const conflicted = Object.keys(d.conflicts)
  const voters = Object.keys(d.votes)
  const outsider = [...conflicted, ...voters].find((id) => !byId.has(id))
  if (outsider) return { ok: false, error: 'notMember', fields: [voters.includes(outsider) ? 'votes' : 'conflicts'] }
  const withoutRight = voters.find((id) => !byId.get(id)!.votingRight)
  if (withoutRight) return { ok: false, error: 'noVotingRight', fields: ['votes'], values: { name: byId.get(withoutRight)!.personName } }
  const conflictVoter = voters.find((id) => conflicted.includes(id))
  if (conflictVoter) return { ok: false, error: 'conflictVote', fields: ['votes'], values: { name: byId.get(conflictVoter)!.personName } }
  if (d.outcome === 'VOTE' && voters.length === 0) return { ok: false, error: 'noVotes', fields: ['votes'] }
  return null
}

/**
 * Records how an agenda item ended: the proposal, consensus or a vote with each voting member's
 * vote, the conflicts of interest declared (those members leave the item and do not vote), and
 * the decision text. All in one transaction with the audit row; the item is closed after, so no
 * vote or decision can be added to it later. The database checks the voting rules again. Only a
 * held meeting decides (issue 19, meeting-held.ts); without a meeting, by circulation.
 */
const recordDecisionOnce = defineUseCase(
  { name: 'forum.record-decision', permission: 'manage:forum', input: ZRecordDecision, audit: 'decision.record', revalidate: () => [MEETING_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TForumResult> => {
    const item = await tx.agendaItem.findFirst({
      where: managedRow(actor, d.agendaItemId),
      select: { id: true, partnershipId: true, meeting: { select: { id: true, forumId: true, startsAt: true, status: true } } },
    })
    if (!item) return { ok: false, error: 'notFound' }
    if (!isHeld(item.meeting)) return { ok: false, error: 'notHeld' }
    // Note: the lock that keeps two decisions (or a late vote) off one item.
    const locked = await lockRow<{ closedAt: Date | null }>(tx, 'AgendaItem', item.id, { columns: ['closedAt'] })
    if (locked!.closedAt) return { ok: false, error: 'closed' }

    // Members are those whose period covers the meeting's day.
    const day = osloDay(item.meeting.startsAt)
    const members = await tx.forumMember.findMany({ where: membersOn(item.meeting.forumId, day), select: { id: true, votingRight: true, personName: true } })
    const problem = voteProblem(d, members)
    if (problem) return problem
    if (await tx.decision.count({ where: { forumId: item.meeting.forumId, reference: d.reference } })) return { ok: false, error: 'duplicateReference', fields: ['reference'] }

    const base = { partnershipId: item.partnershipId }
    const conflicted = Object.keys(d.conflicts)
    await tx.conflictOfInterest.createMany({ data: conflicted.map((memberId) => ({ ...base, agendaItemId: item.id, memberId, reason: d.conflicts[memberId]! })) })
    const decision = await tx.decision.create({
      data: { ...base, forumId: item.meeting.forumId, agendaItemId: item.id, reference: d.reference, decidedOn: day, proposal: d.proposal, outcome: d.outcome, text: d.text, exemptFromPublic: d.exemptFromPublic },
    })
    await tx.decisionVote.createMany({ data: Object.entries(d.votes).map(([memberId, choice]) => ({ ...base, decisionId: decision.id, memberId, choice })) })
    await tx.agendaItem.update({ where: { id: item.id }, data: { closedAt: new Date() } })
    const tally = { FOR: 0, AGAINST: 0, ABSTAIN: 0 }
    for (const choice of Object.values(d.votes)) tally[choice] += 1
    await audit({
      entity: 'Decision',
      entityId: decision.id,
      partnershipId: item.partnershipId,
      data: { agendaItemId: item.id, reference: d.reference, outcome: d.outcome, votes: d.votes, tally, conflicts: conflicted, exemptFromPublic: d.exemptFromPublic },
    })
    return { ok: true, done: 'decided', id: item.meeting.id }
  },
)

/**
 * The declared use case, with one answer more: two decisions racing for one reference are settled
 * by the unique index, which fails the whole transaction, so it is caught outside it.
 */
export const recordDecision = refuseUniqueRace(recordDecisionOnce, () => ({ ok: false, error: 'duplicateReference' as const, fields: ['reference'] }))
