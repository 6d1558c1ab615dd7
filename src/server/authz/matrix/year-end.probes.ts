import { reallocateAction, reopenGrantYearAction, setUnusedMoneyAction } from '@/features/year-end/actions'
import { getYearEnd } from '@/features/year-end/get-year-end'
import type { UnusedMoney } from '@/generated/prisma/enums'
import { answers, entries, entry, posts } from './probe-builders'
import type { TMatrixContext, TProbes, TTenant } from './types'

/** The year's end: the choice of repay or reallocate, moves between recipients, reopening (county governor staff). */
export function yearEndProbes({ prisma, ids }: TMatrixContext): TProbes {
  // Years far from the demo's and the other areas' probes, one per case.
  let nextYear = 3500
  const owners = async (tenant: TTenant) => (await prisma.partnershipOwner.findMany({ where: { partnershipId: ids[tenant] }, orderBy: { ownerId: 'asc' }, take: 2 })).map((o) => o.ownerId)

  /** A year written directly, with an award of 10 000 kr to the tenant's first owner. */
  async function yearWithAward(tenant: TTenant, unusedMoney: UnusedMoney = 'REPAY') {
    const year = await prisma.grantYear.create({ data: { partnershipId: ids[tenant], year: nextYear++, stateAmountOre: 1_000_000_00n, unusedMoney } })
    const [first, second] = await owners(tenant)
    await prisma.award.create({ data: { partnershipId: ids[tenant], grantYearId: year.id, recipientId: first!, amountOre: 10_000_00n, awardedOn: new Date() } })
    return { year, first: first!, second: second! }
  }

  const decides = entries('manage:funding', 'managesFunding')
  return {
    '/okonomi/[grantYearId]/arsavslutning': entry('read:funding', 'readsFunding', async (actor, tenant) => {
      const { year } = await yearWithAward(tenant)
      return answers(getYearEnd(prisma, actor, year.id))
    }),
    setUnusedMoneyAction: decides(
      posts(
        (_actor, tenant) => yearWithAward(tenant),
        setUnusedMoneyAction,
        ({ year }) => ({ grantYearId: year.id, unusedMoney: 'REALLOCATE' }),
        async ({ year }) => (await prisma.grantYear.findUniqueOrThrow({ where: { id: year.id } })).unusedMoney === 'REALLOCATE',
      ),
    ),
    reallocateAction: decides(
      posts(
        (_actor, tenant) => yearWithAward(tenant, 'REALLOCATE'),
        reallocateAction,
        ({ year, first, second }) => ({ grantYearId: year.id, fromRecipientId: first, toRecipientId: second, amount: '1 000', reason: 'Matrisetest' }),
        async ({ year }) => (await prisma.reallocation.count({ where: { grantYearId: year.id } })) > 0,
      ),
    ),
    reopenGrantYearAction: decides(
      posts(
        async (_actor, tenant) => {
          const made = await yearWithAward(tenant)
          await prisma.grantYear.update({ where: { id: made.year.id }, data: { status: 'CLOSED' } })
          return made
        },
        reopenGrantYearAction,
        ({ year }) => ({ grantYearId: year.id, reason: 'Matrisetest' }),
        async ({ year }) => (await prisma.grantYear.findUniqueOrThrow({ where: { id: year.id } })).status !== 'CLOSED',
      ),
    ),
  }
}
