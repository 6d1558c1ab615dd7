import 'server-only'
import { type Actor } from '@/server/authz/actor'
import { gatheringJoinScope, networkScope } from '@/server/authz/scopes'
import { readByIds } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'

/** The facts for the actor's own calendar file: only for a seat the actor holds (gatheringJoinScope, then the seat). */
export async function getGatheringCalendar(db: Db, actor: Actor, gatheringId: string) {
  return readByIds(db, actor, 'read:partnership', [gatheringId], (tx) =>
    tx.gathering.findFirst({
      where: { AND: [{ id: gatheringId }, gatheringJoinScope(actor), { registrations: { some: { userId: actor.userId, status: 'REGISTERED' } } }] },
      select: { id: true, networkId: true, title: true, programme: true, place: true, startsAt: true, endsAt: true, network: { select: { name: true } } },
    }),
  )
}

/** A shared file, for everyone who reads the network. */
export async function getMaterialFile(db: Db, actor: Actor, networkId: string, materialId: string) {
  return readByIds(db, actor, 'read:partnership', [networkId, materialId], (tx) =>
    tx.networkMaterial.findFirst({
      where: { id: materialId, networkId, network: networkScope(actor), content: { not: null } },
      select: { fileName: true, contentType: true, content: true },
    }),
  )
}
