import { beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { createUhOrder } from '~tests/factories/needs'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { unitServeScope } from '@/server/authz/scopes'
import { answerOrder } from './answer-order'
import { assignOrderFacilitator } from './assign-order-facilitator'
import { getOrder } from './get-order'
import { getOrders } from './get-orders'
import { removeOrderFacilitator } from './remove-order-facilitator'

const { prisma } = await createTestDb({ demo: true })
const actorFor = async (email: string): Promise<Actor> => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
const offer = { offerText: 'Vi tilbyr rettleiing og to samlingar.', offerHours: '80', offerFacilitators: '' }

let coordinator: Actor
let eva: Actor
let kari: Actor
let salten: string
let bodo: { id: string; units: string[] }
let nord: string

beforeAll(async () => {
  coordinator = await actorFor(demoPeople.universityPartner.email)
  eva = await actorFor(demoPeople.facilitatorSalten.email)
  kari = await actorFor(demoPeople.facilitatorSunnmore.email)
  salten = (await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })).id
  nord = (await prisma.organisation.findFirstOrThrow({ where: { shortName: 'Nord' } })).id
  const owner = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', municipality: { number: '1804' } } })
  bodo = { id: owner.id, units: (await prisma.unit.findMany({ where: { ownerId: owner.id }, orderBy: { name: 'asc' }, select: { id: true } })).map((u) => u.id) }
})

const sentOrder = () => createUhOrder(prisma, { partnershipId: salten, universityId: nord, ownerIds: [bodo.id], unitIds: bodo.units.slice(-2), status: 'SENT' })

describe('UH facilitators on orders (issue 15)', () => {
  it("Volda's facilitator answers the Sunnmøre order the demo assigned to her", async () => {
    const { orders } = await getOrders(prisma, kari)
    const toVolda = orders.find((o) => o.status === 'SENT')!
    expect(orders.map((o) => o.id)).toEqual([toVolda.id])
    expect((await getOrder(prisma, kari, toVolda.id))?.canAnswer).toBe(true)
    expect(await answerOrder(prisma, kari, { orderId: toVolda.id, ...offer })).toMatchObject({ ok: true, done: 'orderAnswered' })
  })

  it('a facilitator reaches an order, its units and answers it only while the coordinator has assigned it', async () => {
    const order = await sentOrder()
    expect(await getOrder(prisma, eva, order.id)).toBeNull()
    expect(await answerOrder(prisma, eva, { orderId: order.id, ...offer })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await prisma.unit.count({ where: { AND: [{ id: bodo.units.at(-1) }, unitServeScope(eva)] } })).toBe(0)

    expect(await assignOrderFacilitator(prisma, coordinator, { orderId: order.id, userId: eva.userId })).toMatchObject({ ok: true, done: 'facilitatorAssigned' })
    expect(await prisma.auditLog.count({ where: { action: 'uh_order.facilitator.assign', actorUserId: coordinator.userId } })).toBeGreaterThan(0)
    const seen = await getOrder(prisma, eva, order.id)
    expect(seen).toMatchObject({ canAnswer: true, canAssign: false, facilitators: [{ userId: eva.userId, name: demoPeople.facilitatorSalten.name }] })
    expect(await prisma.unit.count({ where: { AND: [{ id: bodo.units.at(-1) }, unitServeScope(eva)] } })).toBe(1)

    expect(await removeOrderFacilitator(prisma, coordinator, { orderId: order.id, userId: eva.userId })).toMatchObject({ ok: true, done: 'facilitatorRemoved' })
    expect(await getOrder(prisma, eva, order.id)).toBeNull()
  })

  it('refuses a person who is no facilitator at the order’s university, a second assignment, and a facilitator assigning', async () => {
    const order = await sentOrder()
    const before = await prisma.uhOrderFacilitator.count()
    // Kari is Volda's facilitator, not Nord's.
    expect(await assignOrderFacilitator(prisma, coordinator, { orderId: order.id, userId: kari.userId })).toEqual({ ok: false, error: 'notFacilitator', fields: ['userId'] })
    expect(await assignOrderFacilitator(prisma, coordinator, { orderId: order.id, userId: 'ikke-en-id' })).toMatchObject({ ok: false, error: 'invalid', fields: ['userId'] })
    expect(await assignOrderFacilitator(prisma, eva, { orderId: order.id, userId: eva.userId })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await prisma.uhOrderFacilitator.count()).toBe(before)
    await assignOrderFacilitator(prisma, coordinator, { orderId: order.id, userId: eva.userId })
    expect(await assignOrderFacilitator(prisma, coordinator, { orderId: order.id, userId: eva.userId })).toMatchObject({ ok: false, error: 'alreadyAssigned' })
    // The coordinator sees who may still be assigned: Nord's facilitators not on the order.
    expect((await getOrder(prisma, coordinator, order.id))?.assignable.map((a) => a.userId)).not.toContain(eva.userId)
  })
})
