import { expect } from 'vitest'
import { GET as pdfReport } from '@/app/okonomi/[grantYearId]/rapport.pdf/route'
import { GET as xlsxReport } from '@/app/okonomi/[grantYearId]/rapport.xlsx/route'
import {
  adjustAllocationsAction,
  closeGrantYearAction,
  createAwardAction,
  openGrantYearAction,
  recordCoFinancingAction,
  recordSpendingAction,
  removeFundingEntryAction,
  runAllocationKeyAction,
} from '@/features/funding/actions'
import { getFundingOverview } from '@/features/funding/get-funding-overview'
import { getGrantYear } from '@/features/funding/get-grant-year'
import { fundingDefaults } from '@/features/funding/settings'
import { oreToKroner } from '@/lib/money'
import type { Actor } from '../actor'
import { callAction, callRoute } from './adapters'
import { entry } from './probe-builders'
import type { TMatrixContext, TProbes, TTenant } from './types'

/** Grant years, allocation, awards, co-financing, spending and the financial report. */
export function fundingProbes({ prisma, ids }: TMatrixContext): TProbes {
  let directYear = 3000
  /** A grant year in the tenant, written directly (not through the code under test); with an allocation table if asked. */
  async function targetYear(tenant: TTenant, withTable = false) {
    const year = await prisma.grantYear.create({ data: { partnershipId: ids[tenant], year: directYear++, stateAmountOre: 1_000_000_000n, keyBasePerOwnerOre: 0n } })
    if (withTable) {
      const owners = await prisma.partnershipOwner.findMany({ where: { partnershipId: ids[tenant] }, select: { ownerId: true }, orderBy: { ownerId: 'asc' } })
      const share = (10_000_000n / BigInt(owners.length)) * 100n // whole kroner, the rest on the first
      await prisma.allocation.createMany({
        data: owners.map((o, i) => {
          const ore = i === 0 ? 1_000_000_000n - share * BigInt(owners.length - 1) : share
          return { partnershipId: ids[tenant], grantYearId: year.id, ownerId: o.ownerId, computedOre: ore, adjustedOre: ore }
        }),
      })
    }
    return year
  }
  // One fresh year per case, far from the demo's, and below the form's limit (2100) for every case.
  let openYear = 2040

  /**
   * The organisation an actor would report for in the tenant: its own, when that is an owner or UH
   * partner there; otherwise (an attempt at someone else's) the tenant's first owner.
   */
  async function reportTarget(actor: Actor, tenant: TTenant, ownersOnly: boolean) {
    const own = actor.memberships.map((m) => m.organisationId).filter((id): id is string => !!id)
    const inTenant = await prisma.organisation.findFirst({
      where: {
        id: { in: own },
        OR: [{ partnershipOwners: { some: { partnershipId: ids[tenant] } } }, ...(ownersOnly ? [] : [{ partnershipUniversities: { some: { partnershipId: ids[tenant] } } }])],
      },
    })
    return inTenant?.id ?? (await prisma.partnershipOwner.findFirstOrThrow({ where: { partnershipId: ids[tenant] }, orderBy: { ownerId: 'asc' } })).ownerId
  }

  /** A fresh year in the tenant with an award of 10 000 kr to `recipientId`, written directly. */
  async function yearWithAward(tenant: TTenant, recipientId: string) {
    const year = await targetYear(tenant)
    await prisma.award.create({ data: { partnershipId: ids[tenant], grantYearId: year.id, recipientId, amountOre: 1_000_000n, awardedOn: new Date() } })
    return year
  }


  /** Whether the report route hands the file over, for the whole year and for one owner: both or neither. */
  async function reportReached(actor: Actor, tenant: TTenant, route: typeof pdfReport) {
    const year = await prisma.grantYear.findFirstOrThrow({ where: { partnershipId: ids[tenant] } })
    const owner = await prisma.allocation.findFirstOrThrow({ where: { grantYearId: year.id } })
    const whole = await callRoute(actor, route, { grantYearId: year.id })
    const one = await callRoute(actor, route, { grantYearId: year.id }, `?mottaker=${owner.ownerId}`)
    // A report for one owner must not open what the whole report keeps closed.
    expect(one).toBe(whole)
    return whole
  }

  return {
    '/okonomi': entry('read:funding', 'readsFunding', async (actor, tenant) => {
      const overview = await getFundingOverview(prisma, actor).catch(() => null)
      if (!overview) return false
      const name = tenant === 'salten' ? 'Salten KAN' : 'Nordre Sunnmøre'
      return overview.grantYears.some((y) => y.partnershipName.startsWith(name)) || overview.openable.some((p) => p.id === ids[tenant])
    }),
    '/okonomi/[grantYearId]': entry('read:funding', 'readsFunding', async (actor, tenant) => {
      const year = await prisma.grantYear.findFirstOrThrow({ where: { partnershipId: ids[tenant] } })
      return (await getGrantYear(prisma, actor, year.id).catch(() => null)) !== null
    }),
    openGrantYearAction: entry('manage:funding', 'managesFunding', async (actor, tenant) => {
      const year = openYear++
      // The fields as the form posts them, the key's settings at their defaults.
      await callAction(actor, openGrantYearAction, {
        partnershipId: ids[tenant],
        year: String(year),
        stateAmount: '1 000 000',
        basePerOwner: String(oreToKroner(fundingDefaults.keyBasePerOwnerOre)),
        fteWeight: String(fundingDefaults.keyFteWeight),
        pupilWeight: String(fundingDefaults.keyPupilWeight),
        coFinancingPercent: String(fundingDefaults.coFinancingBp / 100),
      })
      return (await prisma.grantYear.count({ where: { partnershipId: ids[tenant], year } })) > 0
    }),
    runAllocationKeyAction: entry('manage:funding', 'managesFunding', async (actor, tenant) => {
      const year = await targetYear(tenant)
      await callAction(actor, runAllocationKeyAction, { grantYearId: year.id })
      return (await prisma.allocation.count({ where: { grantYearId: year.id } })) > 0
    }),
    adjustAllocationsAction: entry('manage:funding', 'managesFunding', async (actor, tenant) => {
      const year = await targetYear(tenant, true)
      const rows = await prisma.allocation.findMany({ where: { grantYearId: year.id }, orderBy: { id: 'asc' } })
      // Move one krone from the first owner to the second: balanced, so only access decides.
      const amounts = Object.fromEntries(rows.map((r, i) => [`amount.${r.id}`, String(Number(r.adjustedOre / 100n) + (i === 0 ? -1 : i === 1 ? 1 : 0))]))
      await callAction(actor, adjustAllocationsAction, { grantYearId: year.id, reason: 'Matrisetest', ...amounts })
      return (await prisma.allocation.count({ where: { grantYearId: year.id, adjustReason: 'Matrisetest' } })) > 0
    }),
    createAwardAction: entry('manage:funding', 'managesFunding', async (actor, tenant) => {
      const year = await targetYear(tenant)
      const owner = await prisma.partnershipOwner.findFirstOrThrow({ where: { partnershipId: ids[tenant] } })
      await callAction(actor, createAwardAction, { grantYearId: year.id, idempotencyKey: crypto.randomUUID(), recipientId: owner.ownerId, amount: '1 000', decisionId: '' })
      return (await prisma.award.count({ where: { grantYearId: year.id } })) > 0
    }),
    closeGrantYearAction: entry('manage:funding', 'managesFunding', async (actor, tenant) => {
      const year = await targetYear(tenant)
      await callAction(actor, closeGrantYearAction, { grantYearId: year.id })
      return (await prisma.grantYear.findUniqueOrThrow({ where: { id: year.id } })).status === 'CLOSED'
    }),
    recordCoFinancingAction: entry('report:funding', 'coFinances', async (actor, tenant) => {
      const year = await targetYear(tenant)
      const ownerId = await reportTarget(actor, tenant, true)
      await callAction(actor, recordCoFinancingAction, { grantYearId: year.id, ownerId, kind: 'MONEY', amount: '1 000', description: 'Matrisetest' })
      return (await prisma.coFinancing.count({ where: { grantYearId: year.id } })) > 0
    }),
    recordSpendingAction: entry('report:funding', 'reportsSpending', async (actor, tenant) => {
      const recipientId = await reportTarget(actor, tenant, false)
      const year = await yearWithAward(tenant, recipientId)
      await callAction(actor, recordSpendingAction, { grantYearId: year.id, recipientId, measureId: '', amount: '100', spentOn: '2026-01-15', description: 'Matrisetest' })
      return (await prisma.spending.count({ where: { grantYearId: year.id } })) > 0
    }),
    removeFundingEntryAction: entry('report:funding', 'reportsSpending', async (actor, tenant) => {
      const recipientId = await reportTarget(actor, tenant, false)
      const year = await yearWithAward(tenant, recipientId)
      const entry = await prisma.spending.create({
        data: { partnershipId: ids[tenant], grantYearId: year.id, recipientId, amountOre: 10_000n, spentOn: new Date('2026-01-15'), description: 'Matrisetest' },
      })
      await callAction(actor, removeFundingEntryAction, { entry: 'spending', id: entry.id })
      return (await prisma.spending.count({ where: { id: entry.id } })) === 0
    }),
    '/okonomi/[grantYearId]/rapport.xlsx': entry('read:funding', 'readsFunding', (actor, tenant) => reportReached(actor, tenant, xlsxReport)),
    '/okonomi/[grantYearId]/rapport.pdf': entry('read:funding', 'readsFunding', (actor, tenant) => reportReached(actor, tenant, pdfReport)),
  }
}
