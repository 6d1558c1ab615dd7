import type { Prisma } from '@/generated/prisma/client'
import type { Db } from './client'

export type Tx = Prisma.TransactionClient

/**
 * Runs `fn` in one transaction as the database role `samkomp_app` with the tenant context set,
 * so PostgreSQL's row-level security shows only the given partnerships' rows whatever the query
 * forgets (docs/decisions/008-row-level-security.md). Money, decisions and memberships written in
 * `fn` commit together with their audit rows, or not at all.
 */
export async function withTenants<T>(db: Db, tenantIds: readonly string[], fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.tenant_ids', ${tenantIds.join(',')}, true), set_config('app.all_tenants', 'off', true)`
    await tx.$executeRawUnsafe('SET LOCAL ROLE samkomp_app')
    return fn(tx)
  })
}

/**
 * Note: sees every tenant. Only for system work and public aggregates that reveal no tenant's
 * own data (the front page's counts); the name says so, and each caller says why.
 */
export async function unsafeWithAllTenants<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.all_tenants', 'on', true)`
    await tx.$executeRawUnsafe('SET LOCAL ROLE samkomp_app')
    return fn(tx)
  })
}
