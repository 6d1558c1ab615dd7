import { describe, expect, it } from 'vitest'
import { connectTestPostgres } from '~tests/setup/postgres'
import { demoPeople, seedDemo } from '~prisma/seed/demo'
import { loadActor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'
import { draftRecommendation } from '@/features/forum/recommendation-draft'
import { adoptRecommendation, sendRecommendation } from '@/features/forum/recommendation-steps'
import { createAward } from './create-award'
import { decideRecommendation } from './decide-recommendation'
import { openGrantYear } from './open-grant-year'

const postgres = await connectTestPostgres()

async function setUp() {
  const { prisma } = await postgres.createMigratedDatabase()
  await seedDemo(prisma)
  const actor = async (email: string) => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
  const salten = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })
  const forum = await prisma.forum.findFirstOrThrow({ where: { kind: 'COLLABORATION_FORUM', partnershipId: salten.id } })
  const owners = (await prisma.partnershipOwner.findMany({ where: { partnershipId: salten.id }, orderBy: { ownerId: 'asc' } })).map((o) => o.ownerId)
  return { prisma, salten, forum, owners, governor: await actor(demoPeople.countyGovernorNordland.email), secretariat: await actor(demoPeople.secretariatSalten.email) }
}

/** A sent recommendation for `year` planning 100 000 and 50 000 kr, and the year's grant opened at `grant` kroner. */
async function sentWithGrant(s: Awaited<ReturnType<typeof setUp>>, year: number, grant: string) {
  const { prisma, salten, forum, owners, secretariat, governor } = s
  const decision = await prisma.decision.create({
    data: { partnershipId: salten.id, forumId: forum.id, reference: `${year}/1`, decidedOn: new Date(`${year}-03-01`), proposal: 'Innstilling', outcome: 'CONSENSUS', text: 'Vedtatt' },
  })
  await draftRecommendation(prisma, secretariat, { forumId: forum.id, year, amounts: { [owners[0]!]: '100 000', [owners[1]!]: '50 000' } })
  const rec = await prisma.recommendation.findFirstOrThrow({ where: { forumId: forum.id, year } })
  await adoptRecommendation(prisma, secretariat, { recommendationId: rec.id, decisionId: decision.id })
  await sendRecommendation(prisma, secretariat, { recommendationId: rec.id })
  const opened = await openGrantYear(prisma, governor, { partnershipId: salten.id, year: String(year), stateAmount: grant })
  if (!opened.ok || !opened.id) throw new Error(opened.ok ? 'no grant year id' : opened.error)
  return { rec, grantYearId: opened.id }
}

const sums = async (prisma: Db, grantYearId: string, recommendationId: string) => {
  const all = await prisma.award.aggregate({ where: { grantYearId }, _sum: { amountOre: true } })
  return { totalOre: all._sum.amountOre ?? 0n, fromDecision: await prisma.award.count({ where: { recommendationId } }) }
}
const settled = (results: PromiseSettledResult<{ ok: boolean }>[]) => ({
  ok: results.filter((r) => r.status === 'fulfilled' && r.value.ok).length,
  errors: results.filter((r) => r.status === 'rejected').length,
})

describe.skipIf(!postgres.available)('the county governor’s decision under concurrency on PostgreSQL', () => {
  it('10 simultaneous decisions of one recommendation, 10 rounds: one creates the awards, the others are refused, no errors', { timeout: 180_000 }, async () => {
    const s = await setUp()
    const rounds = []
    for (let round = 0; round < 10; round++) {
      const year = 2050 + round
      const { rec, grantYearId } = await sentWithGrant(s, year, '1 000 000')
      const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => decideRecommendation(s.prisma, s.governor, { recommendationId: rec.id, vedtakReference: `${year}/${i + 10}`, amounts: {} })))
      const refused = results.filter((r) => r.status === 'fulfilled' && !r.value.ok && r.value.error === 'alreadyDecided').length
      rounds.push({ ...settled(results), refused, ...(await sums(s.prisma, grantYearId, rec.id)) })
    }
    expect(rounds).toEqual(Array.from({ length: 10 }, () => ({ ok: 1, errors: 0, refused: 9, totalOre: 150_000_00n, fromDecision: 2 })))
  })

  it('a decision racing 20 single awards at a grant that fits one or the other: never over the grant, no errors, 10 rounds', { timeout: 180_000 }, async () => {
    const s = await setUp()
    const rounds = []
    for (let round = 0; round < 10; round++) {
      const year = 2070 + round
      // 160 000 kr: the decision (150 000) and at most one single award of 10 000, or up to 16 single awards.
      const { rec, grantYearId } = await sentWithGrant(s, year, '160 000')
      const single = (i: number) => createAward(s.prisma, s.governor, { grantYearId, recipientId: s.owners[i % s.owners.length]!, amount: '10 000', idempotencyKey: crypto.randomUUID() })
      const decision = decideRecommendation(s.prisma, s.governor, { recommendationId: rec.id, vedtakReference: `${year}/9`, amounts: {} })
      const results = await Promise.allSettled([decision, ...Array.from({ length: 20 }, (_, i) => single(i))])
      const { totalOre, fromDecision } = await sums(s.prisma, grantYearId, rec.id)
      const decided = results[0].status === 'fulfilled' && results[0].value.ok
      rounds.push({ errors: settled(results).errors, withinGrant: totalOre <= 160_000_00n, awardsMatchDecision: fromDecision === (decided ? 2 : 0) })
    }
    expect(rounds).toEqual(Array.from({ length: 10 }, () => ({ errors: 0, withinGrant: true, awardsMatchDecision: true })))
  })
})
