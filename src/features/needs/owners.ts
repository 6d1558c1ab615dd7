import { can, type Actor } from '@/server/authz/actor'
import { ownerReportScope } from '@/server/authz/scopes'
import type { Tx } from '@/server/db/tenant'

/**
 * The owners a report or order is written for: the actor's own organisation (an owner in the
 * partnership, through ownerReportScope) and the co-owners it names, each a current owner of the
 * same partnership. Null when the actor does not write for `ownerId` there, or a co-owner is not
 * an owner of that partnership.
 */
export async function reportingOwners(
  tx: Tx,
  actor: Actor,
  d: { partnershipId: string; ownerId: string; coOwnerIds: string[] },
): Promise<{ ok: true; ownerIds: string[] } | { ok: false; error: 'notFound' | 'notOwner' }> {
  const own = await tx.partnershipOwner.findFirst({
    where: { partnershipId: d.partnershipId, ownerId: d.ownerId, leftOn: null, owner: ownerReportScope(actor) },
    select: { ownerId: true },
  })
  if (!own) return { ok: false, error: 'notFound' }
  const coOwnerIds = [...new Set(d.coOwnerIds)].filter((id) => id !== own.ownerId)
  const found = await tx.partnershipOwner.count({ where: { partnershipId: d.partnershipId, ownerId: { in: coOwnerIds }, leftOn: null } })
  if (found !== coOwnerIds.length) return { ok: false, error: 'notOwner' }
  return { ok: true, ownerIds: [own.ownerId, ...coOwnerIds] }
}

/** Whether every unit belongs to one of the owners (units are never taken on trust from a form). */
export async function unitsOfOwners(tx: Tx, unitIds: string[], ownerIds: string[]) {
  const unique = [...new Set(unitIds)]
  const found = await tx.unit.count({ where: { id: { in: unique }, ownerId: { in: ownerIds } } })
  return found === unique.length ? unique : null
}

/** A report the actor may change: one of its owners is an organisation the actor writes for. */
export const ownReport = (actor: Actor) => ({ owners: { some: { owner: ownerReportScope(actor) } } })

/** Whether the actor writes for one of these owners (what lets it change a report or answer an offer). */
export async function writesForAny(tx: Tx, actor: Actor, ownerIds: string[]): Promise<boolean> {
  if (!can(actor, 'report:needs')) return false
  return (await tx.organisation.count({ where: { AND: [{ id: { in: ownerIds } }, ownerReportScope(actor)] } })) > 0
}
