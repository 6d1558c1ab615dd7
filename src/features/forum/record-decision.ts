import { can, type Actor } from '@/server/authz/actor'
import { forumManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { isDatabaseError } from '@/server/db/errors'
import { osloDay } from '@/lib/oslo-time'
import { invalidFields, ZRecordDecision, type TForumResult } from './schemas'
import { membersOn } from './members-on'

/**
 * Records how an agenda item ended: the proposal, consensus or a vote with each voting member's
 * vote, the conflicts of interest declared (those members leave the item and do not vote), and
 * the decision text. All in one transaction with the audit row; the item is closed after, so no
 * vote or decision can be added to it later. The database checks the voting rules again.
 */
export async function recordDecision(db: Db, actor: Actor, input: unknown): Promise<TForumResult> {
  if (!can(actor, 'manage:forum')) return { ok: false, error: 'forbidden' }
  const parsed = ZRecordDecision.safeParse(input)
  if (!parsed.success) return { ok: false, error: 'invalid', fields: invalidFields(parsed.error) }
  const d = parsed.data

  try {
    return await withActorTenants(db, actor, async (tx) => {
      const item = await tx.agendaItem.findFirst({
        where: { id: d.agendaItemId, partnership: forumManageScope(actor) },
        select: { id: true, partnershipId: true, meeting: { select: { id: true, forumId: true, startsAt: true } } },
      })
      if (!item) return { ok: false, error: 'notFound' }
      // Note: the lock that keeps two decisions (or a late vote) off one item.
      const [locked] = await tx.$queryRaw<{ closedAt: Date | null }[]>`SELECT "closedAt" FROM "AgendaItem" WHERE "id" = ${item.id}::uuid FOR UPDATE`
      if (locked!.closedAt) return { ok: false, error: 'closed' }

      // Members are those whose period covers the meeting's day.
      const day = osloDay(item.meeting.startsAt)
      const members = await tx.forumMember.findMany({
        where: membersOn(item.meeting.forumId, day),
        select: { id: true, votingRight: true, personName: true },
      })
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
      const taken = await tx.decision.count({ where: { forumId: item.meeting.forumId, reference: d.reference } })
      if (taken) return { ok: false, error: 'duplicateReference', fields: ['reference'] }

      const base = { partnershipId: item.partnershipId }
      await tx.conflictOfInterest.createMany({ data: conflicted.map((memberId) => ({ ...base, agendaItemId: item.id, memberId, reason: d.conflicts[memberId]! })) })
      const decision = await tx.decision.create({
        data: {
          ...base,
          forumId: item.meeting.forumId,
          agendaItemId: item.id,
          reference: d.reference,
          decidedOn: day,
          proposal: d.proposal,
          outcome: d.outcome,
          text: d.text,
          exemptFromPublic: d.exemptFromPublic,
        },
      })
      await tx.decisionVote.createMany({ data: voters.map((memberId) => ({ ...base, decisionId: decision.id, memberId, choice: d.votes[memberId]! })) })
      await tx.agendaItem.update({ where: { id: item.id }, data: { closedAt: new Date() } })
      const tally = { FOR: 0, AGAINST: 0, ABSTAIN: 0 }
      for (const choice of Object.values(d.votes)) tally[choice] += 1
      await tx.auditLog.create({
        data: {
          actorUserId: actor.userId,
          partnershipId: item.partnershipId,
          action: 'decision.record',
          entity: 'Decision',
          entityId: decision.id,
          data: { agendaItemId: item.id, reference: d.reference, outcome: d.outcome, votes: d.votes, tally, conflicts: conflicted, exemptFromPublic: d.exemptFromPublic },
        },
      })
      return { ok: true, done: 'decided', id: item.meeting.id }
    })
  } catch (e) {
    // Two decisions racing for one reference: the unique index settles it.
    if (isDatabaseError(e, 'unique')) return { ok: false, error: 'duplicateReference', fields: ['reference'] }
    throw e
  }
}
