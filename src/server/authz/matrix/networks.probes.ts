import * as actions from '@/features/networks/actions'
import { getGathering } from '@/features/networks/get-gathering'
import { getNetwork } from '@/features/networks/get-network'
import { getNetworks } from '@/features/networks/get-networks'
import { GET as materialFile } from '@/app/nettverk/[networkId]/materiale/[materialId]/route'
import { GET as calendarFile } from '@/app/nettverk/[networkId]/samlinger/[gatheringId]/kalender.ics/route'
import { createUser, unique } from '~tests/factories'
import { addNetworkPerson, createGatheringRow, createNetworkRow, createTaskRow } from '~tests/factories/networks'
import { demoPeople } from '~prisma/seed/demo'
import type { Actor } from '../actor'
import { rolesAt } from '../permissions'
import { callAction, callRoute } from './adapters'
import { entry } from './probe-builders'
import type { TMatrixContext, TProbes, TTenant } from './types'

export function networksProbes(ctx: TMatrixContext): TProbes {
  const { prisma, ids } = ctx
  const tenantUnits = (tenant: TTenant) => ({ owner: { partnershipOwners: { some: { partnershipId: ids[tenant], leftOn: null } } } })

  /**
   * A fresh network in the tenant, written directly: its first unit and every unit there that has
   * people placed at it (principal, head, the unit's staff), with the demo UH partner as coordinator (in both tenants: a coordinator
   * row in a tenant the person does not take part in must give nothing), and a gathering ahead.
   */
  async function target(tenant: TTenant) {
    const led = await prisma.unit.findMany({ where: { ...tenantUnits(tenant), memberships: { some: { role: { in: rolesAt('unit') }, endedAt: null } } }, select: { id: true } })
    const first = await prisma.unit.findFirstOrThrow({ where: tenantUnits(tenant), orderBy: { name: 'asc' }, select: { id: true } })
    const network = await createNetworkRow(prisma, { partnershipId: ids[tenant], name: unique('Mål-nettverk'), unitIds: [...new Set([first.id, ...led.map((u) => u.id)])] })
    const ola = await prisma.user.findUniqueOrThrow({ where: { email: demoPeople.universityPartner.email } })
    await addNetworkPerson(prisma, network, ola.id, 'COORDINATOR')
    const gathering = await createGatheringRow(prisma, network, { seatLimit: 50 })
    return { network, gathering }
  }

  /** The unit the actor would hand work in for: its own when that is in the network, else the network's first. */
  async function unitFor(actor: Actor, networkId: string) {
    const own = actor.memberships.map((m) => m.unitId).filter((id): id is string => !!id)
    const row = (await prisma.networkUnit.findFirst({ where: { networkId, unitId: { in: own } } })) ?? (await prisma.networkUnit.findFirstOrThrow({ where: { networkId }, orderBy: { id: 'asc' } }))
    return row.unitId
  }

  const seat = (gathering: { id: string; partnershipId: string }, userId: string) =>
    prisma.gatheringRegistration.create({ data: { partnershipId: gathering.partnershipId, gatheringId: gathering.id, userId, status: 'REGISTERED' } })

  return {
    '/nettverk': entry('read:partnership', 'reads', async (actor, tenant) => {
      const { network } = await target(tenant)
      const list = await getNetworks(prisma, actor).catch(() => null)
      return !!list?.networks.some((n) => n.id === network.id)
    }),
    '/nettverk/[networkId]': entry('read:partnership', 'reads', async (actor, tenant) => {
      const { network } = await target(tenant)
      return (await getNetwork(prisma, actor, network.id).catch(() => null)) !== null
    }),
    '/nettverk/[networkId]/samlinger/[gatheringId]': entry('read:partnership', 'reads', async (actor, tenant) => {
      const { network, gathering } = await target(tenant)
      return (await getGathering(prisma, actor, network.id, gathering.id).catch(() => null)) !== null
    }),
    '/nettverk/[networkId]/samlinger/[gatheringId]/kalender.ics': entry('read:partnership', 'joinsGatherings', async (actor, tenant) => {
      const { network, gathering } = await target(tenant)
      // A seat written directly: the file still needs the person to belong to the gathering.
      await seat(gathering, actor.userId)
      return callRoute(actor, calendarFile, { networkId: network.id, gatheringId: gathering.id })
    }),
    createNetworkAction: entry('manage:development', 'managesDevelopment', async (actor, tenant) => {
      const name = unique('Probenettverk')
      await callAction(actor, actions.createNetworkAction, { partnershipId: ids[tenant], name, type: 'LOCAL', description: '' })
      return (await prisma.network.count({ where: { name } })) > 0
    }),
    addNetworkUnitAction: entry('manage:development', 'managesDevelopment', async (actor, tenant) => {
      const network = await createNetworkRow(prisma, { partnershipId: ids[tenant] })
      const unit = await prisma.unit.findFirstOrThrow({ where: tenantUnits(tenant), orderBy: { name: 'asc' } })
      await callAction(actor, actions.addNetworkUnitAction, { networkId: network.id, unitId: unit.id })
      return (await prisma.networkUnit.count({ where: { networkId: network.id } })) > 0
    }),
    addNetworkMemberAction: entry('manage:development', 'managesDevelopment', async (actor, tenant) => {
      const network = await createNetworkRow(prisma, { partnershipId: ids[tenant] })
      const person = await createUser(prisma, { name: unique('Probeperson') })
      await callAction(actor, actions.addNetworkMemberAction, { networkId: network.id, email: person.email!, role: 'COORDINATOR' })
      return (await prisma.networkMember.count({ where: { networkId: network.id } })) > 0
    }),
    planGatheringAction: entry('read:partnership', 'runsGatherings', async (actor, tenant) => {
      const { network } = await target(tenant)
      const title = unique('Probesamling')
      await callAction(actor, actions.planGatheringAction, { networkId: network.id, title, programme: '', place: '', startsAt: '2027-05-04T09:00', endsAt: '2027-05-04T15:00', seatLimit: '20' })
      return (await prisma.gathering.count({ where: { title } })) > 0
    }),
    addGatheringTaskAction: entry('read:partnership', 'runsGatherings', async (actor, tenant) => {
      const { gathering } = await target(tenant)
      await callAction(actor, actions.addGatheringTaskAction, { gatheringId: gathering.id, kind: 'PRE_WORK', text: 'Forarbeid fra proben', dueOn: '2027-04-01' })
      return (await prisma.gatheringTask.count({ where: { gatheringId: gathering.id } })) > 0
    }),
    recordGatheringAttendanceAction: entry('read:partnership', 'runsGatherings', async (actor, tenant) => {
      const { gathering } = await target(tenant)
      const someone = await createUser(prisma, { name: unique('Deltaker') })
      const row = await seat(gathering, someone.id)
      await callAction(actor, actions.recordGatheringAttendanceAction, { gatheringId: gathering.id, present: [row.id] })
      return (await prisma.gatheringRegistration.findUniqueOrThrow({ where: { id: row.id } })).attended === true
    }),
    remindPreWorkAction: entry('read:partnership', 'runsGatherings', async (actor, tenant) => {
      const { gathering } = await target(tenant)
      await createTaskRow(prisma, gathering, { kind: 'PRE_WORK' })
      await callAction(actor, actions.remindPreWorkAction, { gatheringId: gathering.id })
      return (await prisma.auditLog.count({ where: { action: 'gathering.prework.remind', entityId: gathering.id } })) > 0
    }),
    registerForGatheringAction: entry('read:partnership', 'joinsGatherings', async (actor, tenant) => {
      const { gathering } = await target(tenant)
      await callAction(actor, actions.registerForGatheringAction, { gatheringId: gathering.id })
      return (await prisma.gatheringRegistration.count({ where: { gatheringId: gathering.id, userId: actor.userId } })) > 0
    }),
    cancelRegistrationAction: entry('read:partnership', 'joinsGatherings', async (actor, tenant) => {
      const { gathering } = await target(tenant)
      const row = await seat(gathering, actor.userId)
      await callAction(actor, actions.cancelRegistrationAction, { gatheringId: gathering.id })
      return (await prisma.gatheringRegistration.findUniqueOrThrow({ where: { id: row.id } })).status === 'CANCELLED'
    }),
    submitTaskWorkAction: entry('read:partnership', 'doesUnitWork', async (actor, tenant) => {
      const { network, gathering } = await target(tenant)
      const task = await createTaskRow(prisma, gathering, { kind: 'PRE_WORK' })
      await callAction(actor, actions.submitTaskWorkAction, { taskId: task.id, unitId: await unitFor(actor, network.id), text: 'Vårt forarbeid' })
      return (await prisma.taskSubmission.count({ where: { taskId: task.id } })) > 0
    }),
    '/nettverk/[networkId]/materiale/[materialId]': entry('read:partnership', 'reads', async (actor, tenant) => {
      const { network } = await target(tenant)
      const bytes = new TextEncoder().encode('%PDF-1.4 proben')
      const material = await prisma.networkMaterial.create({
        data: { partnershipId: network.partnershipId, networkId: network.id, title: 'Probefil', fileName: 'probe.pdf', contentType: 'application/pdf', sizeBytes: bytes.length, sha256: 'x'.repeat(64), content: bytes },
      })
      return callRoute(actor, materialFile, { networkId: network.id, materialId: material.id })
    }),
    addMaterialAction: entry('read:partnership', 'sharesMaterial', async (actor, tenant) => {
      const { network } = await target(tenant)
      // A file input left empty still posts an empty File.
      await callAction(actor, actions.addMaterialAction, { networkId: network.id, title: 'Lenke fra proben', description: '', url: 'https://www.udir.no/kvalitet-og-kompetanse/', file: new File([], '') })
      return (await prisma.networkMaterial.count({ where: { networkId: network.id } })) > 0
    }),
    saveStrengthAction: entry('read:partnership', 'doesUnitWork', async (actor, tenant) => {
      const { network } = await target(tenant)
      await callAction(actor, actions.saveStrengthAction, { networkId: network.id, unitId: await unitFor(actor, network.id), text: 'Vi er gode på lesing' })
      return (await prisma.unitStrength.count({ where: { networkId: network.id } })) > 0
    }),
  }
}
