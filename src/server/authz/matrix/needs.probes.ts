import { assignOrderFacilitator, createNeedsReport as createReportRow, createUhOrder } from '~tests/factories/needs'
import {
  acceptOfferAction,
  addNeedsPriorityAction,
  answerOrderAction,
  assignOrderFacilitatorAction,
  createNeedsReportAction,
  createOrderAction,
  declineOfferAction,
  removeNeedsPriorityAction,
  removeOrderFacilitatorAction,
  sendOrderAction,
  submitNeedsReportAction,
} from '@/features/needs/actions'
import { getNeedsOverview } from '@/features/needs/get-needs-overview'
import { getNeedsReport } from '@/features/needs/get-needs-report'
import { getOrder } from '@/features/needs/get-order'
import { getOrders } from '@/features/needs/get-orders'
import type { OrderStatus } from '@/generated/prisma/enums'
import type { Actor } from '../actor'
import { callAction } from './adapters'
import type { TMatrixContext, TProbes, TTenant } from './types'

/**
 * Needs reports and orders to UH. Targets are written directly (factories), never through the
 * code under test: owned by the actor's own organisation when it is an owner in the tenant, sent
 * to the actor's university when it is a UH partner there; otherwise the tenant's first owner and
 * first university (an attempt at someone else's). Actions are posted with the fields their forms
 * send (src/features/needs/components/forms.tsx): "for whom" as `<partnership id>|<owner id>`,
 * ticked boxes as lists.
 */
export function needsProbes({ prisma, ids }: TMatrixContext): TProbes {
  const own = (actor: Actor) => actor.memberships.map((m) => m.organisationId).filter((id): id is string => !!id)

  async function ownerTarget(actor: Actor, tenant: TTenant) {
    const mine = await prisma.partnershipOwner.findFirst({ where: { partnershipId: ids[tenant], ownerId: { in: own(actor) } } })
    return (mine ?? (await prisma.partnershipOwner.findFirstOrThrow({ where: { partnershipId: ids[tenant] }, orderBy: { ownerId: 'asc' } }))).ownerId
  }

  async function universityTarget(actor: Actor, tenant: TTenant) {
    const mine = await prisma.partnershipUniversity.findFirst({ where: { partnershipId: ids[tenant], universityId: { in: own(actor) } } })
    return (mine ?? (await prisma.partnershipUniversity.findFirstOrThrow({ where: { partnershipId: ids[tenant] }, orderBy: { universityId: 'asc' } }))).universityId
  }

  async function unitOf(ownerId: string) {
    return (await prisma.unit.findFirstOrThrow({ where: { ownerId }, orderBy: { name: 'asc' } })).id
  }

  async function reportTarget(actor: Actor, tenant: TTenant, submitted: boolean) {
    const ownerId = await ownerTarget(actor, tenant)
    return createReportRow(prisma, {
      partnershipId: ids[tenant],
      ownerIds: [ownerId],
      title: `Matrisemelding ${crypto.randomUUID()}`,
      submitted,
      priorities: [{ theme: 'READING', description: 'Lesing i alle fag', unitIds: [await unitOf(ownerId)] }],
    })
  }

  /**
   * The order is also assigned to the actor as a UH facilitator (written for everyone: only a
   * facilitator's membership at the order's own university reaches anything through it).
   */
  async function orderTarget(actor: Actor, tenant: TTenant, status: OrderStatus) {
    const ownerId = await ownerTarget(actor, tenant)
    const order = await createUhOrder(prisma, {
      partnershipId: ids[tenant],
      universityId: await universityTarget(actor, tenant),
      ownerIds: [ownerId],
      unitIds: [await unitOf(ownerId)],
      status,
      title: `Matrisebestilling ${crypto.randomUUID()}`,
    })
    await assignOrderFacilitator(prisma, order, actor.userId)
    return order
  }

  /** A person with a facilitator membership at the order's university, written directly. */
  async function facilitatorFor(order: { universityId: string }) {
    const user = await prisma.user.create({ data: { name: 'Matriseveileder', email: `veileder.${crypto.randomUUID()}@uh.no` } })
    await prisma.membership.create({ data: { userId: user.id, role: 'UH_FACILITATOR', organisationId: order.universityId } })
    return user
  }
  const assignments = (orderId: string, userId: string) => prisma.uhOrderFacilitator.count({ where: { orderId, userId } })

  const reportStatus = async (id: string) => (await prisma.needsReport.findUniqueOrThrow({ where: { id } })).status
  const orderStatus = async (id: string) => (await prisma.uhOrder.findUniqueOrThrow({ where: { id } })).status

  return {
    '/behov': {
      permission: 'read:needs',
      kind: 'readsNeeds',
      probe: async (actor, tenant) => {
        const report = await reportTarget(actor, tenant, true)
        const overview = await getNeedsOverview(prisma, actor).catch(() => null)
        return !!overview?.reports.some((r) => r.id === report.id)
      },
    },
    '/behov/[reportId]': {
      permission: 'read:needs',
      kind: 'readsNeeds',
      probe: async (actor, tenant) => {
        const report = await reportTarget(actor, tenant, true)
        return (await getNeedsReport(prisma, actor, report.id).catch(() => null)) !== null
      },
    },
    createNeedsReportAction: {
      permission: 'report:needs',
      kind: 'reportsNeeds',
      probe: async (actor, tenant) => {
        const title = `Matrisemelding ${crypto.randomUUID()}`
        await callAction(actor, createNeedsReportAction, { context: `${ids[tenant]}|${await ownerTarget(actor, tenant)}`, year: '2026', title, summary: 'Enhetene trenger støtte til lesing.' })
        return (await prisma.needsReport.count({ where: { title, partnershipId: ids[tenant] } })) > 0
      },
    },
    addNeedsPriorityAction: {
      permission: 'report:needs',
      kind: 'reportsNeeds',
      probe: async (actor, tenant) => {
        const report = await reportTarget(actor, tenant, false)
        const unitId = (await prisma.needsPriorityUnit.findFirstOrThrow({ where: { priority: { reportId: report.id } } })).unitId
        await callAction(actor, addNeedsPriorityAction, { reportId: report.id, theme: 'ICT', description: 'Digital kompetanse', unitIds: [unitId] })
        return (await prisma.needsPriority.count({ where: { reportId: report.id } })) === 2
      },
    },
    removeNeedsPriorityAction: {
      permission: 'report:needs',
      kind: 'reportsNeeds',
      probe: async (actor, tenant) => {
        const report = await reportTarget(actor, tenant, false)
        const priority = await prisma.needsPriority.findFirstOrThrow({ where: { reportId: report.id } })
        await callAction(actor, removeNeedsPriorityAction, { priorityId: priority.id })
        return (await prisma.needsPriority.count({ where: { id: priority.id } })) === 0
      },
    },
    submitNeedsReportAction: {
      permission: 'report:needs',
      kind: 'reportsNeeds',
      probe: async (actor, tenant) => {
        const report = await reportTarget(actor, tenant, false)
        await callAction(actor, submitNeedsReportAction, { reportId: report.id })
        return (await reportStatus(report.id)) === 'SUBMITTED'
      },
    },
    createOrderAction: {
      permission: 'report:needs',
      kind: 'reportsNeeds',
      probe: async (actor, tenant) => {
        const title = `Matrisebestilling ${crypto.randomUUID()}`
        const ownerId = await ownerTarget(actor, tenant)
        await callAction(actor, createOrderAction, {
          context: `${ids[tenant]}|${ownerId}`,
          universityId: await universityTarget(actor, tenant),
          title,
          description: 'Veiledning i profesjonsfellesskapet.',
          themes: ['PLC', 'READING'],
          unitIds: [await unitOf(ownerId)],
          startsOn: '2026-08-15',
          endsOn: '2027-06-20',
          hoursRequested: '40',
        })
        return (await prisma.uhOrder.count({ where: { title, partnershipId: ids[tenant] } })) > 0
      },
    },
    sendOrderAction: {
      permission: 'report:needs',
      kind: 'reportsNeeds',
      probe: async (actor, tenant) => {
        const order = await orderTarget(actor, tenant, 'DRAFT')
        await callAction(actor, sendOrderAction, { orderId: order.id })
        return (await orderStatus(order.id)) === 'SENT'
      },
    },
    acceptOfferAction: {
      permission: 'report:needs',
      kind: 'reportsNeeds',
      probe: async (actor, tenant) => {
        const order = await orderTarget(actor, tenant, 'OFFERED')
        await callAction(actor, acceptOfferAction, { orderId: order.id })
        return (await orderStatus(order.id)) === 'AGREED'
      },
    },
    declineOfferAction: {
      permission: 'report:needs',
      kind: 'reportsNeeds',
      probe: async (actor, tenant) => {
        const order = await orderTarget(actor, tenant, 'OFFERED')
        await callAction(actor, declineOfferAction, { orderId: order.id, declineReason: 'For få timer.' })
        return (await orderStatus(order.id)) === 'DECLINED'
      },
    },
    '/bestillinger': {
      permission: 'read:orders',
      kind: 'readsOrders',
      probe: async (actor, tenant) => {
        const order = await orderTarget(actor, tenant, 'SENT')
        const overview = await getOrders(prisma, actor).catch(() => null)
        return !!overview?.orders.some((o) => o.id === order.id)
      },
    },
    '/bestillinger/[orderId]': {
      permission: 'read:orders',
      kind: 'readsOrders',
      probe: async (actor, tenant) => {
        const order = await orderTarget(actor, tenant, 'SENT')
        return (await getOrder(prisma, actor, order.id).catch(() => null)) !== null
      },
    },
    answerOrderAction: {
      permission: 'serve:units',
      kind: 'servesUnits',
      probe: async (actor, tenant) => {
        const order = await orderTarget(actor, tenant, 'SENT')
        await callAction(actor, answerOrderAction, { orderId: order.id, offerText: 'Vi tilbyr veiledning og to samlinger.', offerHours: '30', offerFacilitators: '' })
        return (await orderStatus(order.id)) === 'OFFERED'
      },
    },
    assignOrderFacilitatorAction: {
      permission: 'serve:units',
      kind: 'assignsFacilitators',
      probe: async (actor, tenant) => {
        const order = await orderTarget(actor, tenant, 'SENT')
        const facilitator = await facilitatorFor(order)
        await callAction(actor, assignOrderFacilitatorAction, { orderId: order.id, userId: facilitator.id })
        return (await assignments(order.id, facilitator.id)) > 0
      },
    },
    removeOrderFacilitatorAction: {
      permission: 'serve:units',
      kind: 'assignsFacilitators',
      probe: async (actor, tenant) => {
        const order = await orderTarget(actor, tenant, 'SENT')
        const facilitator = await facilitatorFor(order)
        await assignOrderFacilitator(prisma, order, facilitator.id)
        await callAction(actor, removeOrderFacilitatorAction, { orderId: order.id, userId: facilitator.id })
        return (await assignments(order.id, facilitator.id)) === 0
      },
    },
  }
}
