import 'server-only'
import type { DecisionOutcome, VoteChoice } from '@/generated/prisma/enums'
import type { Db } from '@/server/db/client'
import { unsafeWithAllTenants } from '@/server/db/tenant'
import { DECISION_VERSIONS, decisionInForce, type TDecisionVersions } from './decision-versions'

export interface TJournalEntry extends TDecisionVersions {
  reference: string
  decidedOn: Date
  forumName: string
  outcome: DecisionOutcome
  /** Decided by circulation among the members, without a meeting (issue 19). */
  byCirculation: boolean
  title: string | null
  tally: Record<VoteChoice, number> | null
}

/**
 * The public decision journal of a partnership's bodies (the forum, steering groups …): every
 * decision not marked exempt, newest first (at most 500), with the text in force and each
 * correction and its reason (issue 19). No login: the bodies' decisions are public documents.
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
      select: { reference: true, decidedOn: true, outcome: true, byCirculation: true, ...DECISION_VERSIONS, forum: { select: { name: true } }, agendaItem: { select: { title: true } }, votes: { select: { choice: true } } },
    })
    return {
      partnershipName: partnership.name,
      entries: decisions.map((d) => {
        const tally = { FOR: 0, AGAINST: 0, ABSTAIN: 0 }
        for (const v of d.votes) tally[v.choice] += 1
        return { reference: d.reference, decidedOn: d.decidedOn, forumName: d.forum.name, outcome: d.outcome, byCirculation: d.byCirculation, title: d.agendaItem?.title ?? null, ...decisionInForce(d), tally: d.outcome === 'VOTE' ? tally : null }
      }),
    }
  })
}
