import 'server-only'
import { can, requirePermission, type Actor } from '@/server/authz/actor'
import { forumManageScope } from '@/server/authz/scopes'
import { withActorTenants } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'
import { forumRows, type TForumRow } from './get-forums'

/**
 * The /forum page: the bodies the actor follows (getForums), and the partnerships whose bodies it
 * runs, for the form that sets one up (none without manage:forum), in one tenant transaction.
 */
export async function getForumList(db: Db, actor: Actor): Promise<{ forums: TForumRow[]; partnerships: { id: string; name: string }[] }> {
  requirePermission(actor, 'read:forum')
  return withActorTenants(db, actor, async (tx) => {
    const [forums, partnerships] = await Promise.all([
      forumRows(tx, actor),
      can(actor, 'manage:forum') ? tx.partnership.findMany({ where: forumManageScope(actor), orderBy: { name: 'asc' }, take: 200, select: { id: true, name: true } }) : [],
    ])
    return { forums, partnerships }
  })
}
