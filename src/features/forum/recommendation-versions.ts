import 'server-only'
import type { RecommendationStatus } from '@/generated/prisma/enums'
import { awardRecipients } from '@/features/funding/award-recipients'
import type { Actor } from '@/server/authz/actor'
import { fundingManageScope } from '@/server/authz/scopes'
import type { Db } from '@/server/db/client'
import type { Tx } from '@/server/db/tenant'
import { managesPartnership, readForumRow } from './forum-access'
import { getRecommendation } from './recommendation'
import { proposedSplit } from './recommendation-split'

export interface TRecommendationVersion {
  id: string
  version: number
  status: RecommendationStatus
  note: string | null
  decision: { reference: string; decidedOn: Date } | null
  sentAt: Date | null
  vedtakReference: string | null
  decidedAt: Date | null
  returnedAt: Date | null
  returnComment: string | null
  lines: { recipientId: string; recipientName: string; amountOre: bigint }[]
  totalOre: bigint
  awardCount: number
}

export interface TRecommendationWork {
  forumId: string
  forumName: string
  year: number
  /** Newest first; the first is the one being worked on (unless it was returned). */
  versions: TRecommendationVersion[]
  /** Every school owner and UH partner, with the amount the forum's prioritised measures suggest. */
  recipients: { id: string; name: string; kind: 'owner' | 'university'; suggestedOre: bigint }[]
  /** The forum's decisions, newest first, for recording which one adopted the draft. */
  decisions: { id: string; reference: string; text: string }[]
  /** The grant year of the same year, when county governor staff have opened it; only for those who decide (decidesFunding). */
  grantYear: { id: string; stateAmountOre: bigint; awardedOre: bigint; status: string } | null
  /** The secretariat's forms (manage:forum here), the county governor's forms (manage:funding here). */
  runsForum: boolean
  decidesFunding: boolean
}

const VERSION_FIELDS = {
  id: true, version: true, status: true, note: true, sentAt: true, vedtakReference: true, decidedAt: true, returnedAt: true, returnComment: true,
  decision: { select: { reference: true, decidedOn: true } },
  lines: { select: { recipientId: true, amountOre: true, recipient: { select: { name: true } } }, orderBy: { recipient: { name: 'asc' } } },
  _count: { select: { awards: true } },
} as const

/**
 * The recommendation's lifecycle for a forum's year: its versions with their planned amounts, the
 * recipients that can have one (with the split the prioritised measures suggest), the forum's
 * decisions and the grant year. Null when the actor may not read the forum.
 */
export async function getRecommendationWork(db: Db, actor: Actor, forumId: string, year: number): Promise<TRecommendationWork | null> {
  const measures = await getRecommendation(db, actor, forumId, year)
  if (!measures) return null
  return readForumRow(db, actor, forumId, async (tx, row) => {
    const forum = await tx.forum.findFirst({ where: row, select: { id: true, name: true, partnershipId: true } })
    if (!forum) return null
    const [versions, recipients, decisions, runsForum, decidesFunding] = await Promise.all([
      tx.recommendation.findMany({ where: { forumId, year }, orderBy: { version: 'desc' }, select: VERSION_FIELDS }),
      tx.organisation.findMany({ where: awardRecipients(forum.partnershipId), orderBy: { name: 'asc' }, select: { id: true, name: true, kind: true } }),
      tx.decision.findMany({ where: { forumId }, orderBy: [{ decidedOn: 'desc' }, { reference: 'desc' }], take: 200, select: { id: true, reference: true, text: true } }),
      managesPartnership(tx, actor, forum.partnershipId),
      tx.partnership.count({ where: { AND: [{ id: forum.partnershipId }, fundingManageScope(actor)] } }).then((n) => n > 0),
    ])
    // Note: the grant's figures only for those who decide on it; a forum member has no read:funding.
    const grantYear = decidesFunding ? await grantYearOf(tx, forum.partnershipId, year) : null
    const suggested = new Map(proposedSplit(measures.measures).owners.map((o) => [o.ownerId, o.amountOre]))
    return {
      forumId: forum.id,
      forumName: forum.name,
      year,
      versions: versions.map((v) => ({
        ...v,
        lines: v.lines.map((l) => ({ recipientId: l.recipientId, recipientName: l.recipient.name, amountOre: l.amountOre })),
        totalOre: v.lines.reduce((sum, l) => sum + l.amountOre, 0n),
        awardCount: v._count.awards,
      })),
      recipients: recipients.map((r) => ({ id: r.id, name: r.name, kind: r.kind === 'UNIVERSITY' ? ('university' as const) : ('owner' as const), suggestedOre: suggested.get(r.id) ?? 0n })),
      decisions,
      grantYear,
      runsForum,
      decidesFunding,
    }
  })
}

async function grantYearOf(tx: Tx, partnershipId: string, year: number) {
  const grantYear = await tx.grantYear.findFirst({ where: { partnershipId, year }, select: { id: true, stateAmountOre: true, status: true } })
  if (!grantYear) return null
  const awarded = await tx.award.aggregate({ where: { grantYearId: grantYear.id }, _sum: { amountOre: true } })
  return { ...grantYear, awardedOre: awarded._sum.amountOre ?? 0n }
}
