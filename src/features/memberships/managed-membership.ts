import type { Prisma } from '@/generated/prisma/client'
import { membershipManageScope } from '@/server/authz/scopes'
import type { Actor } from '@/server/authz/actor'
import type { Tx } from '@/server/db/tenant'
import type { TMembershipError } from './schemas'

/**
 * The active membership `membershipId` if this actor may change it: inside their scope, not their
 * own, not ended. Otherwise the error to answer with. `scope` is the membership administration's
 * unless the caller keeps a narrower set (the unit's staff page: staffMembershipScope).
 *
 * Note: a membership outside the actor's scope reads as "not found", never "forbidden", so the
 * answer does not reveal that it exists.
 */
export async function findManagedMembership(tx: Tx, actor: Actor, membershipId: string, scope: Prisma.MembershipWhereInput = membershipManageScope(actor)) {
  const membership = await tx.membership.findFirst({
    where: { AND: [{ id: membershipId }, scope] },
    select: { id: true, userId: true, role: true, endedAt: true, partnershipId: true, unitId: true },
  })
  const error: TMembershipError | null = !membership ? 'notFound' : membership.userId === actor.userId ? 'self' : membership.endedAt ? 'alreadyEnded' : null
  return error ? { ok: false as const, error } : { ok: true as const, membership: membership! }
}
