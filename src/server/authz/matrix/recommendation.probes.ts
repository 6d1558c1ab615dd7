import {
  adoptRecommendationAction,
  decideRecommendationAction,
  draftRecommendationAction,
  returnRecommendationAction,
  sendRecommendationAction,
} from '@/features/forum/recommendation-actions'
import { getRecommendationWork } from '@/features/forum/recommendation-versions'
import type { RecommendationStatus } from '@/generated/prisma/enums'
import { answers, entries, entry, posts } from './probe-builders'
import type { TMatrixContext, TProbes, TTenant } from './types'

/** The year every probe's recommendation is for: each probe has a forum of its own, so one live version each. */
const YEAR = 2095

/** The recommendation's lifecycle: the forum's steps (its secretariat) and the county governor's (decide, return). */
export function recommendationProbes({ prisma, ids }: TMatrixContext): TProbes {
  let forums = 0
  /** A forum of its own in the tenant, so the probe's version is the only one of its year. */
  const newForum = (tenant: TTenant) => prisma.forum.create({ data: { partnershipId: ids[tenant], name: `Matriseforum ${++forums}` } })
  const owner = async (tenant: TTenant) => (await prisma.partnershipOwner.findFirstOrThrow({ where: { partnershipId: ids[tenant] }, orderBy: { ownerId: 'asc' } })).ownerId

  /** A version written directly and moved to `status` as the lifecycle would, with one planned line of 1 000 kr. */
  async function version(tenant: TTenant, status: RecommendationStatus) {
    const forum = await newForum(tenant)
    const base = { partnershipId: ids[tenant] }
    const rec = await prisma.recommendation.create({ data: { ...base, forumId: forum.id, year: YEAR, version: 1 } })
    await prisma.recommendationLine.create({ data: { ...base, recommendationId: rec.id, recipientId: await owner(tenant), amountOre: 1_000_00n } })
    const decision = await prisma.decision.create({ data: { ...base, forumId: forum.id, reference: `${YEAR}/${forums}`, decidedOn: new Date(`${YEAR}-03-01`), proposal: 'Innstilling', outcome: 'CONSENSUS', text: 'Vedtatt' } })
    const steps: RecommendationStatus[] = ['ADOPTED', 'SENT']
    for (const step of steps.slice(0, steps.indexOf(status) + 1)) {
      await prisma.recommendation.update({ where: { id: rec.id }, data: step === 'ADOPTED' ? { status: step, decisionId: decision.id, adoptedAt: new Date() } : { status: step, sentAt: new Date() } })
    }
    return { rec, decision, forum }
  }
  const statusOf = async (id: string) => (await prisma.recommendation.findUniqueOrThrow({ where: { id } })).status

  /** The tenant's grant year of YEAR, opened once with room for every probe's award. */
  const grantYears = new Map<TTenant, Promise<unknown>>()
  const grantYear = (tenant: TTenant) => {
    if (!grantYears.has(tenant)) grantYears.set(tenant, prisma.grantYear.create({ data: { partnershipId: ids[tenant], year: YEAR, stateAmountOre: 1_000_000_00n } }))
    return grantYears.get(tenant)!
  }

  const runs = entries('manage:forum', 'runsForum')
  const decides = entries('manage:funding', 'managesFunding')
  return {
    '/forum/[forumId]/innstilling': entry('read:forum', 'readsForum', async (actor, tenant) => {
      const forum = await prisma.forum.findFirstOrThrow({ where: { kind: 'COLLABORATION_FORUM', partnershipId: ids[tenant] } })
      return answers(getRecommendationWork(prisma, actor, forum.id, YEAR))
    }),
    draftRecommendationAction: runs(
      posts(
        async (_actor, tenant) => ({ forum: await newForum(tenant), owner: await owner(tenant) }),
        draftRecommendationAction,
        ({ forum, owner }) => ({ forumId: forum.id, year: String(YEAR), note: '', [`amount.${owner}`]: '1 000' }),
        async ({ forum }) => (await prisma.recommendation.count({ where: { forumId: forum.id } })) > 0,
      ),
    ),
    adoptRecommendationAction: runs(
      posts(
        (_actor, tenant) => version(tenant, 'DRAFT'),
        adoptRecommendationAction,
        ({ rec, decision }) => ({ recommendationId: rec.id, decisionId: decision.id }),
        async ({ rec }) => (await statusOf(rec.id)) === 'ADOPTED',
      ),
    ),
    sendRecommendationAction: runs(
      posts(
        (_actor, tenant) => version(tenant, 'ADOPTED'),
        sendRecommendationAction,
        ({ rec }) => ({ recommendationId: rec.id }),
        async ({ rec }) => (await statusOf(rec.id)) === 'SENT',
      ),
    ),
    decideRecommendationAction: decides(
      posts(
        async (_actor, tenant) => {
          await grantYear(tenant)
          return version(tenant, 'SENT')
        },
        decideRecommendationAction,
        ({ rec }) => ({ recommendationId: rec.id, vedtakReference: `${YEAR}/900`, awardedOn: '' }),
        async ({ rec }) => (await prisma.award.count({ where: { recommendationId: rec.id } })) > 0,
      ),
    ),
    returnRecommendationAction: decides(
      posts(
        (_actor, tenant) => version(tenant, 'SENT'),
        returnRecommendationAction,
        ({ rec }) => ({ recommendationId: rec.id, comment: 'Må endres før vedtak' }),
        async ({ rec }) => (await statusOf(rec.id)) === 'RETURNED',
      ),
    ),
  }
}
