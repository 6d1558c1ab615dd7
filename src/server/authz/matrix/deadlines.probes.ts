import { setDeadlineAction } from '@/features/deadlines/actions'
import { getDeadlines } from '@/features/deadlines/get-deadlines'
import { entry, posts } from './probe-builders'
import type { TMatrixContext, TProbes, TTenant } from './types'

/** The cycle's deadlines: read by everyone in a partnership of the county, set by its county governor staff. */
export function deadlinesProbes({ prisma, ids }: TMatrixContext): TProbes {
  const countyOf = async (tenant: TTenant) => (await prisma.partnership.findUniqueOrThrow({ where: { id: ids[tenant] }, select: { countyId: true } })).countyId
  // One deadline per tenant's county, written directly once, near in time so the page lists it.
  const shown = new Map<TTenant, Promise<{ id: string }>>()
  const deadlineOf = (tenant: TTenant) => {
    if (!shown.has(tenant)) {
      const year = new Date().getFullYear() + 1
      shown.set(tenant, countyOf(tenant).then((countyId) => prisma.cycleDeadline.create({ data: { countyId, year, kind: 'RECOMMENDATION', dueOn: new Date(`${year}-03-15`) } })))
    }
    return shown.get(tenant)!
  }
  let nextYear = 2060
  return {
    '/frister': entry('read:partnership', 'reads', async (actor, tenant) => {
      const deadline = await deadlineOf(tenant)
      const view = await getDeadlines(prisma, actor).catch(() => null)
      return !!view?.deadlines.some((d) => d.id === deadline.id)
    }),
    setDeadlineAction: entry(
      'manage:funding',
      'managesFunding',
      posts(
        async (_actor, tenant) => ({ countyId: await countyOf(tenant), year: nextYear++ }),
        setDeadlineAction,
        ({ countyId, year }) => ({ countyId, year: String(year), kind: 'NEEDS_REPORTS', dueOn: `${year}-02-01` }),
        async ({ countyId, year }) => (await prisma.cycleDeadline.count({ where: { countyId, year } })) > 0,
      ),
    ),
  }
}
