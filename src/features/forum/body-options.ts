import 'server-only'
import { can, type Actor } from '@/server/authz/actor'
import { forumManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'

/** The partnerships whose bodies the actor runs (its secretariat), for the form that sets one up; none without manage:forum. */
export async function getManagedPartnerships(db: Db, actor: Actor): Promise<{ id: string; name: string }[]> {
  if (!can(actor, 'manage:forum')) return []
  return withActorTenants(db, actor, (tx) => tx.partnership.findMany({ where: forumManageScope(actor), orderBy: { name: 'asc' }, take: 200, select: { id: true, name: true } }))
}
