import { GET as letterPdf } from '@/app/okonomi/[grantYearId]/tilsagnsbrev/[letterId]/brev.pdf/route'
import { acceptAwardLetterAction, sendAwardLettersAction } from '@/features/award-letters/actions'
import { getAwardLetters } from '@/features/award-letters/get-award-letters'
import { saveOwnerReportAction, submitOwnerReportAction } from '@/features/owner-reports/actions'
import { getOwnerReports } from '@/features/owner-reports/get-owner-reports'
import type { Actor } from '../actor'
import { callRoute } from './adapters'
import { answers, entries, posts } from './probe-builders'
import type { TMatrixContext, TProbes, TTenant } from './types'

/** Award letters (send, accept, the PDF) and the owners' reports (save, submit) of a grant year. */
export function awardLettersProbes({ prisma, ids }: TMatrixContext): TProbes {
  let nextYear = 3500
  const base = (tenant: TTenant) => ({ partnershipId: ids[tenant] })

  /** A fresh grant year in the tenant with an award of 10 000 kr to `recipientId`, written directly. */
  async function yearWithAward(tenant: TTenant, recipientId: string) {
    const year = await prisma.grantYear.create({ data: { ...base(tenant), year: nextYear++, stateAmountOre: 1_000_000_000n } })
    const award = await prisma.award.create({ data: { ...base(tenant), grantYearId: year.id, recipientId, amountOre: 1_000_000n, awardedOn: new Date() } })
    return { year, award }
  }

  /** A letter for that award, as sending would have written it. */
  async function letterFor(tenant: TTenant, recipientId: string) {
    const { year, award } = await yearWithAward(tenant, recipientId)
    const letter = await prisma.awardLetter.create({
      data: { ...base(tenant), grantYearId: year.id, awardId: award.id, recipientId, amountOre: award.amountOre, purpose: 'Matrisetest', measures: [], reportingDeadline: new Date('2031-03-01'), contact: 'Matrise', emailedTo: [] },
    })
    return { year, letter }
  }

  /** What the actor would act for: its own organisation when it is an owner (or, unless ownersOnly, a UH partner) there; else the tenant's first owner. */
  async function target(actor: Actor, tenant: TTenant, ownersOnly: boolean) {
    const own = actor.memberships.map((m) => m.organisationId).filter((id): id is string => !!id)
    const inTenant = await prisma.organisation.findFirst({
      where: { id: { in: own }, OR: [{ partnershipOwners: { some: { partnershipId: ids[tenant] } } }, ...(ownersOnly ? [] : [{ partnershipUniversities: { some: { partnershipId: ids[tenant] } } }])] },
    })
    return inTenant?.id ?? (await prisma.partnershipOwner.findFirstOrThrow({ where: { partnershipId: ids[tenant] }, orderBy: { ownerId: 'asc' } })).ownerId
  }

  const firstYear = (tenant: TTenant) => prisma.grantYear.findFirstOrThrow({ where: { partnershipId: ids[tenant] }, orderBy: { year: 'asc' } })
  const reads = entries('read:funding', 'readsFunding')
  const manages = entries('manage:funding', 'managesFunding')
  const accepts = entries('report:funding', 'reportsSpending')
  const reportsAsOwner = entries('report:funding', 'coFinances')
  return {
    '/okonomi/[grantYearId]/tilsagnsbrev': reads(async (actor, tenant) => answers(getAwardLetters(prisma, actor, (await firstYear(tenant)).id))),
    '/okonomi/[grantYearId]/rapporter': reads(async (actor, tenant) => answers(getOwnerReports(prisma, actor, (await firstYear(tenant)).id))),
    '/okonomi/[grantYearId]/tilsagnsbrev/[letterId]/brev.pdf': reads(async (actor, tenant) => {
      const { year, letter } = await letterFor(tenant, await target(actor, tenant, false))
      return callRoute(actor, letterPdf, { grantYearId: year.id, letterId: letter.id })
    }),
    sendAwardLettersAction: manages(
      posts(
        async (_actor, tenant) => (await yearWithAward(tenant, await target(_actor, tenant, true))).year,
        sendAwardLettersAction,
        (year) => ({ grantYearId: year.id, reportingDeadline: '2031-03-01', purpose: 'Kompetanseutvikling i skolen', contact: 'Statsforvalteren' }),
        async (year) => (await prisma.awardLetter.count({ where: { grantYearId: year.id } })) > 0,
      ),
    ),
    acceptAwardLetterAction: accepts(
      posts(
        async (actor, tenant) => (await letterFor(tenant, await target(actor, tenant, false))).letter,
        acceptAwardLetterAction,
        (letter) => ({ letterId: letter.id }),
        async (letter) => (await prisma.awardLetter.findUniqueOrThrow({ where: { id: letter.id } })).acceptedAt !== null,
      ),
    ),
    saveOwnerReportAction: reportsAsOwner(
      posts(
        async (actor, tenant) => ({ year: (await yearWithAward(tenant, await target(actor, tenant, true))).year, ownerId: await target(actor, tenant, true) }),
        saveOwnerReportAction,
        ({ year, ownerId }) => ({ grantYearId: year.id, ownerId, participation: 'Alle skolene', progress: 'Mer samarbeid', unusedComment: '' }),
        async ({ year }) => (await prisma.ownerReport.count({ where: { grantYearId: year.id } })) > 0,
      ),
    ),
    submitOwnerReportAction: reportsAsOwner(
      posts(
        async (actor, tenant) => {
          const ownerId = await target(actor, tenant, true)
          const { year } = await yearWithAward(tenant, ownerId)
          return prisma.ownerReport.create({ data: { ...base(tenant), grantYearId: year.id, ownerId, participation: 'Alle skolene', progress: 'Mer samarbeid' } })
        },
        submitOwnerReportAction,
        (report) => ({ grantYearId: report.grantYearId, ownerId: report.ownerId }),
        async (report) => (await prisma.ownerReport.findUniqueOrThrow({ where: { id: report.id } })).status === 'SUBMITTED',
      ),
    ),
  }
}
