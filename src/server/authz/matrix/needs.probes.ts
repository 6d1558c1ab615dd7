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
import { answers, entries, listsRow, posts } from './probe-builders'
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

  const readsNeeds = entries('read:needs', 'readsNeeds')
  const reportsNeeds = entries('report:needs', 'reportsNeeds')
  const readsOrders = entries('read:orders', 'readsOrders')
  const servesUnits = entries('serve:units', 'servesUnits')
  const assignsFacilitators = entries('serve:units', 'assignsFacilitators')
  const submittedReport = (actor: Actor, tenant: TTenant) => reportTarget(actor, tenant, true)
  const draftReport = (actor: Actor, tenant: TTenant) => reportTarget(actor, tenant, false)
  const sentOrder = (actor: Actor, tenant: TTenant) => orderTarget(actor, tenant, 'SENT')
  /** A sent order and a facilitator at its university, assigned to it beforehand when `assigned`. */
  const orderAndFacilitator = (assigned: boolean) => async (actor: Actor, tenant: TTenant) => {
    const order = await sentOrder(actor, tenant)
    const facilitator = await facilitatorFor(order)
    if (assigned) await assignOrderFacilitator(prisma, order, facilitator.id)
    return { order, facilitator }
  }
  /** One step of an order: from the status it must have, the action with its fields, to the status it must reach. */
  const orderStep = <R>(from: OrderStatus, action: (previous: R | null, formData: FormData) => Promise<R>, extra: Record<string, string>, to: OrderStatus) =>
    posts((actor, tenant) => orderTarget(actor, tenant, from), action, (order) => ({ orderId: order.id, ...extra }), async (order) => (await orderStatus(order.id)) === to)
  const title = (kind: string) => () => Promise.resolve(`${kind} ${crypto.randomUUID()}`)

  return {
    '/behov': readsNeeds(async (actor, tenant) => {
      const report = await submittedReport(actor, tenant)
      return listsRow(async (paging) => (await getNeedsOverview(prisma, actor, paging)).reports, report.id)
    }),
    '/behov/[reportId]': readsNeeds(async (actor, tenant) => answers(getNeedsReport(prisma, actor, (await submittedReport(actor, tenant)).id))),
    createNeedsReportAction: reportsNeeds(
      posts(
        title('Matrisemelding'),
        createNeedsReportAction,
        async (title, actor, tenant) => ({ context: `${ids[tenant]}|${await ownerTarget(actor, tenant)}`, year: '2026', title, summary: 'Enhetene trenger støtte til lesing.' }),
        async (title, _actor, tenant) => (await prisma.needsReport.count({ where: { title, partnershipId: ids[tenant] } })) > 0,
      ),
    ),
    addNeedsPriorityAction: reportsNeeds(
      posts(
        draftReport,
        addNeedsPriorityAction,
        async (report) => ({ reportId: report.id, theme: 'ICT', description: 'Digital kompetanse', unitIds: [(await prisma.needsPriorityUnit.findFirstOrThrow({ where: { priority: { reportId: report.id } } })).unitId] }),
        async (report) => (await prisma.needsPriority.count({ where: { reportId: report.id } })) === 2,
      ),
    ),
    removeNeedsPriorityAction: reportsNeeds(
      posts(
        async (actor, tenant) => prisma.needsPriority.findFirstOrThrow({ where: { reportId: (await draftReport(actor, tenant)).id } }),
        removeNeedsPriorityAction,
        (priority) => ({ priorityId: priority.id }),
        async (priority) => (await prisma.needsPriority.count({ where: { id: priority.id } })) === 0,
      ),
    ),
    submitNeedsReportAction: reportsNeeds(posts(draftReport, submitNeedsReportAction, (report) => ({ reportId: report.id }), async (report) => (await reportStatus(report.id)) === 'SUBMITTED')),
    createOrderAction: reportsNeeds(async (actor, tenant) => {
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
    }),
    sendOrderAction: reportsNeeds(orderStep('DRAFT', sendOrderAction, {}, 'SENT')),
    acceptOfferAction: reportsNeeds(orderStep('OFFERED', acceptOfferAction, {}, 'AGREED')),
    declineOfferAction: reportsNeeds(orderStep('OFFERED', declineOfferAction, { declineReason: 'For få timer.' }, 'DECLINED')),
    '/bestillinger': readsOrders(async (actor, tenant) => {
      const order = await sentOrder(actor, tenant)
      const overview = await getOrders(prisma, actor).catch(() => null)
      return !!overview?.orders.some((o) => o.id === order.id)
    }),
    '/bestillinger/[orderId]': readsOrders(async (actor, tenant) => answers(getOrder(prisma, actor, (await sentOrder(actor, tenant)).id))),
    answerOrderAction: servesUnits(orderStep('SENT', answerOrderAction, { offerText: 'Vi tilbyr veiledning og to samlinger.', offerHours: '30', offerFacilitators: '' }, 'OFFERED')),
    assignOrderFacilitatorAction: assignsFacilitators(
      posts(orderAndFacilitator(false), assignOrderFacilitatorAction, ({ order, facilitator }) => ({ orderId: order.id, userId: facilitator.id }), async ({ order, facilitator }) => (await assignments(order.id, facilitator.id)) > 0),
    ),
    removeOrderFacilitatorAction: assignsFacilitators(
      posts(orderAndFacilitator(true), removeOrderFacilitatorAction, ({ order, facilitator }) => ({ orderId: order.id, userId: facilitator.id }), async ({ order, facilitator }) => (await assignments(order.id, facilitator.id)) === 0),
    ),
  }
}
