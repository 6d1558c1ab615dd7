import { AsyncLocalStorage } from 'node:async_hooks'
import type { Prisma } from '@/generated/prisma/client'
import type { Db } from './client'
import { settings } from '@/server/settings'

export type Tx = Prisma.TransactionClient

/** How long a request waits for a connection, and how long one transaction may run (milliseconds). */
const transactionOptions = {
  maxWait: settings().DB_TRANSACTION_WAIT_MS,
  timeout: settings().DB_TRANSACTION_TIMEOUT_MS,
}

/** The request's own transaction, while a page renders its reads inside withRequestTenants. */
const requestTransaction = new AsyncLocalStorage<{ db: Db; tx: Tx; tenantIds: string[]; tenantKey: string; owner: object; open: boolean }>()

/**
 * Runs `fn` in one transaction as the database role `samkomp_app` with the tenant context set,
 * so PostgreSQL's row-level security shows only the given partnerships' rows whatever the query
 * forgets (docs/decisions/008-row-level-security.md). Money, decisions and memberships written in
 * `fn` commit together with their audit rows, or not at all.
 */
export async function withTenants<T>(db: Db, tenantIds: readonly string[], fn: (tx: Tx) => Promise<T>): Promise<T> {
  const tenantKey = tenantIds.join(',')
  // Inside a page's request transaction with the same tenants, its reads join that one transaction.
  const ambient = requestTransaction.getStore()
  if (ambient?.open && ambient.db === db && ambient.tenantKey === tenantKey) return fn(ambient.tx)
  return db.$transaction(async (tx) => {
    // One statement: the tenant context and the role (`role` is what SET LOCAL ROLE sets).
    await tx.$executeRaw`SELECT set_config('app.tenant_ids', ${tenantKey}, true), set_config('app.all_tenants', 'off', true), set_config('role', 'samkomp_app', true)`
    return fn(tx)
  }, transactionOptions)
}

/**
 * Runs a page's reads in one transaction in the tenant context: `tenantsFor` finds the tenants
 * first, in the same transaction, and every withTenants for those tenants inside `fn` joins it, so
 * a page with six sections costs one BEGIN … COMMIT and holds one connection, not seven (issue 14).
 * `owner` (the actor) is who the tenants were found for: requestTenantIds hands them to its later
 * lookups. Once `fn` has resolved the transaction is closed, and anything rendered later opens its own.
 *
 * Note: `tenantsFor` runs with every tenant visible (as unsafeWithAllTenants), and only ids may
 * come out of it; the context is narrowed to those ids before `fn` sees the transaction.
 */
export async function withRequestTenants<T>(db: Db, owner: object, tenantsFor: (tx: Tx) => Promise<string[]>, fn: () => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.all_tenants', 'on', true), set_config('role', 'samkomp_app', true)`
    const tenantIds = await tenantsFor(tx)
    const tenantKey = tenantIds.join(',')
    await tx.$executeRaw`SELECT set_config('app.tenant_ids', ${tenantKey}, true), set_config('app.all_tenants', 'off', true)`
    const store = { db, tx, tenantIds, tenantKey, owner, open: true }
    try {
      return await requestTransaction.run(store, fn)
    } finally {
      store.open = false
    }
  }, transactionOptions)
}

/** The tenants the open request transaction found for `owner`, or null outside one (or for someone else). */
export function requestTenantIds(db: Db, owner: object): string[] | null {
  const ambient = requestTransaction.getStore()
  return ambient?.open && ambient.db === db && ambient.owner === owner ? ambient.tenantIds : null
}

/**
 * Note: sees every tenant. Only for system work and public aggregates that reveal no tenant's
 * own data (the front page's counts); the name says so, and each caller says why.
 */
export async function unsafeWithAllTenants<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.all_tenants', 'on', true), set_config('role', 'samkomp_app', true)`
    return fn(tx)
  }, transactionOptions)
}
