import 'server-only'
import { requirePermission, type Actor } from '@/server/authz/actor'
import { gatheringJoinScope, networkScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { isUuid } from '@/lib/uuid'

/** The facts for the actor's own calendar file: only for a seat the actor holds (gatheringJoinScope, then the seat). */
export async function getGatheringCalendar(db: Db, actor: Actor, gatheringId: string) {
  requirePermission(actor, 'read:partnership')
  if (!isUuid(gatheringId)) return null
  return withActorTenants(db, actor, (tx) =>
    tx.gathering.findFirst({
      where: { AND: [{ id: gatheringId }, gatheringJoinScope(actor), { registrations: { some: { userId: actor.userId, status: 'REGISTERED' } } }] },
      select: { id: true, networkId: true, title: true, programme: true, place: true, startsAt: true, endsAt: true, network: { select: { name: true } } },
    }),
  )
}

/** A shared file, for everyone who reads the network. */
export async function getMaterialFile(db: Db, actor: Actor, networkId: string, materialId: string) {
  requirePermission(actor, 'read:partnership')
  if (!isUuid(networkId) || !isUuid(materialId)) return null
  return withActorTenants(db, actor, (tx) =>
    tx.networkMaterial.findFirst({
      where: { id: materialId, networkId, network: networkScope(actor), content: { not: null } },
      select: { fileName: true, contentType: true, content: true },
    }),
  )
}
