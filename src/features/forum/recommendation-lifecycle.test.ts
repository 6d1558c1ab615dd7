import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { decideRecommendation, returnRecommendation } from '@/features/funding/decide-recommendation'
import { draftRecommendation } from './recommendation-draft'
import { adoptRecommendation, sendRecommendation } from './recommendation-steps'

const { prisma } = await createTestDb({ demo: true })
const actorFor = async (email: string): Promise<Actor> => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
const secretariat = await actorFor(demoPeople.secretariatSalten.email)
const governor = await actorFor(demoPeople.countyGovernorNordland.email)
const otherSecretariat = await actorFor(demoPeople.secretariatSunnmore.email)
const member = await actorFor(demoPeople.forumMemberSalten.email)

const salten = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })
const forum = await prisma.forum.findFirstOrThrow({ where: { kind: 'COLLABORATION_FORUM', partnershipId: salten.id } })
const [first, second] = (await prisma.partnershipOwner.findMany({ where: { partnershipId: salten.id }, take: 2, orderBy: { ownerId: 'asc' } })).map((o) => o.ownerId)
let nextYear = 2040
let nextReference = 1

/** A year of its own, a forum decision to adopt with, and a draft with two planned amounts. */
async function drafted(amounts: Record<string, string> = { [first!]: '100 000', [second!]: '50 000' }) {
  const year = nextYear++
  const decision = await prisma.decision.create({
    data: { partnershipId: salten.id, forumId: forum.id, reference: `${year}/${nextReference++}`, decidedOn: new Date(`${year}-03-01`), proposal: 'Innstilling', outcome: 'CONSENSUS', text: 'Innstillingen vedtas' },
  })
  expect(await draftRecommendation(prisma, secretariat, { forumId: forum.id, year, note: 'Første utkast', amounts })).toMatchObject({ ok: true, done: 'drafted' })
  const rec = await prisma.recommendation.findFirstOrThrow({ where: { forumId: forum.id, year }, orderBy: { version: 'desc' } })
  return { year, decision, rec }
}

async function sent(amounts?: Record<string, string>) {
  const d = await drafted(amounts)
  expect(await adoptRecommendation(prisma, secretariat, { recommendationId: d.rec.id, decisionId: d.decision.id })).toMatchObject({ ok: true, done: 'adopted' })
  expect(await sendRecommendation(prisma, secretariat, { recommendationId: d.rec.id })).toMatchObject({ ok: true, done: 'sent' })
  return d
}

const openYear = (year: number, kroner: bigint) => prisma.grantYear.create({ data: { partnershipId: salten.id, year, stateAmountOre: kroner * 100n } })

describe('the recommendation lifecycle', () => {
  it('carries planned amounts per owner before any grant year exists, and saves the draft over', async () => {
    const { year, rec } = await drafted()
    expect(await prisma.grantYear.count({ where: { partnershipId: salten.id, year } })).toBe(0)
    expect(await draftRecommendation(prisma, secretariat, { forumId: forum.id, year, amounts: { [first!]: '120 000' } })).toMatchObject({ ok: true })
    const lines = await prisma.recommendationLine.findMany({ where: { recommendationId: rec.id } })
    expect(lines.map((l) => [l.recipientId, l.amountOre])).toEqual([[first, 120_000_00n]])
    expect(await prisma.recommendation.count({ where: { forumId: forum.id, year } })).toBe(1)
    expect(await prisma.auditLog.count({ where: { entityId: rec.id, action: 'recommendation.draft' } })).toBe(2)
  })

  it('refuses a recipient outside the partnership, another forum’s secretariat and a forum member', async () => {
    const stranger = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', partnershipOwners: { none: { partnershipId: salten.id } } } })
    expect(await draftRecommendation(prisma, secretariat, { forumId: forum.id, year: 2039, amounts: { [stranger.id]: '1 000' } })).toMatchObject({ ok: false, error: 'notRecipient' })
    expect(await draftRecommendation(prisma, otherSecretariat, { forumId: forum.id, year: 2039, amounts: {} })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await draftRecommendation(prisma, member, { forumId: forum.id, year: 2039, amounts: {} })).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await prisma.recommendation.count({ where: { forumId: forum.id, year: 2039 } })).toBe(0)
  })

  it('goes draft → adopted → sent, and the database then refuses any change to the sent version', async () => {
    const { year, rec } = await sent()
    expect(await draftRecommendation(prisma, secretariat, { forumId: forum.id, year, amounts: { [first!]: '1' } })).toMatchObject({ ok: false, error: 'locked' })
    expect(await sendRecommendation(prisma, secretariat, { recommendationId: rec.id })).toMatchObject({ ok: false, error: 'notAdopted' })
    await expect(prisma.recommendationLine.updateMany({ where: { recommendationId: rec.id }, data: { amountOre: 1n } })).rejects.toThrow(/locked/)
    await expect(prisma.recommendation.update({ where: { id: rec.id }, data: { note: 'endret' } })).rejects.toThrow()
    await expect(prisma.recommendation.update({ where: { id: rec.id }, data: { status: 'DRAFT', decisionId: null, adoptedAt: null, sentAt: null } })).rejects.toThrow()
    await expect(prisma.recommendation.delete({ where: { id: rec.id } })).rejects.toThrow()
    expect(await prisma.auditLog.count({ where: { entityId: rec.id, action: { in: ['recommendation.adopt', 'recommendation.send'] } } })).toBe(2)
  })

  it('is returned with a comment, and a new draft version follows; the returned one stays as it was', async () => {
    const { year, rec } = await sent()
    expect(await returnRecommendation(prisma, secretariat, { recommendationId: rec.id, comment: 'Mangler UH-partner' })).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await returnRecommendation(prisma, governor, { recommendationId: rec.id, comment: 'Mangler UH-partner' })).toMatchObject({ ok: true, done: 'returned' })
    expect(await draftRecommendation(prisma, secretariat, { forumId: forum.id, year, amounts: { [first!]: '90 000' } })).toMatchObject({ ok: true })
    const versions = await prisma.recommendation.findMany({ where: { forumId: forum.id, year }, orderBy: { version: 'asc' }, include: { lines: true } })
    expect(versions.map((v) => [v.version, v.status, v.lines.length])).toEqual([[1, 'RETURNED', 2], [2, 'DRAFT', 1]])
    expect(versions[0]!.returnComment).toBe('Mangler UH-partner')
  })

  it('needs the grant year when the county governor decides', async () => {
    const { rec, year } = await sent()
    expect(await decideRecommendation(prisma, governor, { recommendationId: rec.id, vedtakReference: `${year}/77`, amounts: {} })).toMatchObject({ ok: false, error: 'noGrantYear' })
    expect((await prisma.recommendation.findUniqueOrThrow({ where: { id: rec.id } })).status).toBe('SENT')
  })
})

describe('the county governor’s decision creates the awards', () => {
  it('creates one award per recipient, prefilled, each naming the decision, in one step with its audit rows', async () => {
    const { rec, year, decision } = await sent()
    const grantYear = await openYear(year, 1_000_000n)
    const result = await decideRecommendation(prisma, governor, { recommendationId: rec.id, vedtakReference: `${year}/12`, amounts: {} })
    expect(result).toMatchObject({ ok: true, done: 'decided', values: { count: 2 } })
    const awards = await prisma.award.findMany({ where: { recommendationId: rec.id }, orderBy: { amountOre: 'desc' } })
    expect(awards.map((a) => [a.recipientId, a.amountOre, a.decisionId, a.grantYearId])).toEqual([
      [first, 100_000_00n, decision.id, grantYear.id],
      [second, 50_000_00n, decision.id, grantYear.id],
    ])
    expect(await prisma.auditLog.count({ where: { action: 'award.create', entityId: { in: awards.map((a) => a.id) } } })).toBe(2)
    expect(await prisma.recommendation.findUniqueOrThrow({ where: { id: rec.id } })).toMatchObject({ status: 'DECIDED', vedtakReference: `${year}/12`, grantYearId: grantYear.id })
    expect(await decideRecommendation(prisma, governor, { recommendationId: rec.id, vedtakReference: `${year}/13`, amounts: {} })).toMatchObject({ ok: false, error: 'alreadyDecided' })
    expect(await prisma.award.count({ where: { recommendationId: rec.id } })).toBe(2)
    // The database's second wall: one award per recipient of a decided recommendation.
    await expect(prisma.award.create({ data: { partnershipId: salten.id, grantYearId: grantYear.id, recipientId: first!, amountOre: 100n, awardedOn: new Date(), recommendationId: rec.id } })).rejects.toThrow()
  })

  it('changes an amount only with a reason, and writes nothing without one', async () => {
    const { rec, year } = await sent()
    await openYear(year, 1_000_000n)
    const changed = { recommendationId: rec.id, vedtakReference: `${year}/20`, amounts: { [first!]: '80 000' } }
    expect(await decideRecommendation(prisma, governor, changed)).toMatchObject({ ok: false, error: 'reasonNeeded', fields: [`reason.${first}`] })
    expect(await prisma.award.count({ where: { recommendationId: rec.id } })).toBe(0)
    expect(await decideRecommendation(prisma, governor, { ...changed, reasons: { [first!]: 'Tiltak 3 utsatt til neste år' } })).toMatchObject({ ok: true })
    expect(await prisma.award.findFirstOrThrow({ where: { recommendationId: rec.id, recipientId: first! } })).toMatchObject({ amountOre: 80_000_00n, changeReason: 'Tiltak 3 utsatt til neste år' })
  })

  it('refuses a decision beyond what is left of the grant, and changes nothing', async () => {
    const { rec, year } = await sent()
    await openYear(year, 120_000n)
    expect(await decideRecommendation(prisma, governor, { recommendationId: rec.id, vedtakReference: `${year}/30`, amounts: {} })).toMatchObject({ ok: false, error: 'overBudget', values: { left: '12000000' } })
    expect(await prisma.award.count({ where: { recommendationId: rec.id } })).toBe(0)
    expect((await prisma.recommendation.findUniqueOrThrow({ where: { id: rec.id } })).status).toBe('SENT')
  })

  it('refuses an award from an undecided recommendation in the database too', async () => {
    const { rec, year } = await sent()
    const grantYear = await openYear(year, 1_000_000n)
    await expect(
      prisma.award.create({ data: { partnershipId: salten.id, grantYearId: grantYear.id, recipientId: first!, amountOre: 100n, awardedOn: new Date(), recommendationId: rec.id } }),
    ).rejects.toThrow(/follows its decision/)
  })
})
