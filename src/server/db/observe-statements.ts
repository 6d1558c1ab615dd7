import type { SqlDriverAdapterFactory, SqlQueryable, Transaction } from '@prisma/driver-adapter-utils'

/**
 * Calls `listen` with every SQL statement a Prisma driver adapter sends, BEGIN and COMMIT
 * included, so the bench (bench-count.ts) and the statement-count tests count the same thing on
 * PostgreSQL and on the embedded database.
 *
 * Note: the pg adapter sends BEGIN itself inside startTransaction (before we could wrap the
 * transaction), so it is reported from there; COMMIT and ROLLBACK it gets from Prisma as
 * statements. PGlite's adapter runs its transactions as "phantom" ones (no COMMIT statement
 * reaches the adapter), so for those the commit or rollback call is reported as the statement.
 */
export function observeStatements<F extends SqlDriverAdapterFactory>(factory: F, listen: (sql: string) => void): F {
  const wrap = <T extends SqlQueryable>(q: T): T => {
    const queryRaw = q.queryRaw.bind(q)
    const executeRaw = q.executeRaw.bind(q)
    q.queryRaw = (query) => (listen(query.sql), queryRaw(query))
    q.executeRaw = (query) => (listen(query.sql), executeRaw(query))
    return q
  }
  const wrapTransaction = (tx: Transaction): Transaction => {
    wrap(tx)
    if (!tx.options.usePhantomQuery) return tx
    const commit = tx.commit.bind(tx)
    const rollback = tx.rollback.bind(tx)
    tx.commit = () => (listen('COMMIT'), commit())
    tx.rollback = () => (listen('ROLLBACK'), rollback())
    return tx
  }
  const connect = factory.connect.bind(factory)
  factory.connect = async () => {
    const adapter = wrap(await connect())
    const start = adapter.startTransaction.bind(adapter)
    adapter.startTransaction = async (isolationLevel) => {
      listen('BEGIN')
      return wrapTransaction(await start(isolationLevel))
    }
    return adapter
  }
  return factory
}

/** A running count of statements and transactions (BEGIN), for observeStatements. */
export function statementTally() {
  const totals = { statements: 0, transactions: 0 }
  const listen = (sql: string) => {
    totals.statements += 1
    if (/^\s*BEGIN\b/i.test(sql)) totals.transactions += 1
  }
  return { totals, listen }
}
