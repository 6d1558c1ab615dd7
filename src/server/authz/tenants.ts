import { cache } from 'react'
import type { Db } from '@/server/db/client'
import { requestTenantIds, unsafeWithAllTenants, withRequestTenants, withTenants, type Tx } from '@/server/db/tenant'
import { isUuid } from '@/lib/uuid'
import { requirePermission, type Actor } from './actor'
import type { Permission } from './permissions'
import { partnershipScope } from './scopes'

/**
 * The partnerships an actor's memberships reach, as the tenant context for row-level security.
 *
 * Note: reads across tenants on purpose: the scope helper is what decides here, and only ids leave.
 * Kept for the request (React's cache, keyed on this db and actor): the dashboard asks seven
 * features, and each would otherwise look the same ids up again. Inside a page's request
 * transaction the page has found them already (withActorRequest). Outside a request it is not kept.
 */
export const visibleTenantIds = cache(async (db: Db, actor: Actor): Promise<string[]> => {
  return requestTenantIds(db, actor) ?? unsafeWithAllTenants(db, (tx) => scopedTenantIds(tx, actor))
})

async function scopedTenantIds(tx: Tx, actor: Actor): Promise<string[]> {
  const rows = await tx.partnership.findMany({ where: partnershipScope(actor), select: { id: true } })
  return rows.map((r) => r.id)
}

/**
 * A page's reads in one transaction inside the actor's tenant context, found in that same
 * transaction: one BEGIN … COMMIT per request for the tenants and every section's reads (issue 14).
 */
export function withActorRequest<T>(db: Db, actor: Actor, fn: () => Promise<T>): Promise<T> {
  return withRequestTenants(db, actor, (tx) => scopedTenantIds(tx, actor), fn)
}

/** Runs `fn` in one transaction inside the actor's tenant context (row-level security applies). */
export async function withActorTenants<T>(db: Db, actor: Actor, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return withTenants(db, await visibleTenantIds(db, actor), fn)
}

/**
 * A read of what the address names by id: the actor needs `permission` (else Forbidden), an id
 * that is no UUID is nothing found (null) before the database sees it (a null id is one the
 * address left out), and `read` runs in one transaction in the actor's tenant context.
 */
export async function readByIds<T>(db: Db, actor: Actor, permission: Permission, ids: readonly (string | null)[], read: (tx: Tx) => Promise<T | null>): Promise<T | null> {
  requirePermission(actor, permission)
  if (ids.some((id) => id !== null && !isUuid(id))) return null
  return withActorTenants(db, actor, read)
}
