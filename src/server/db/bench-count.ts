import fs from 'node:fs'
import type { PrismaPg } from '@prisma/adapter-pg'

type TAdapter = Awaited<ReturnType<PrismaPg['connect']>>
type TQueryable = Pick<TAdapter, 'queryRaw' | 'executeRaw'>

/**
 * Bench mode (`npm run bench`, issue 14): when SAMKOMP_BENCH_SQL_FILE is set, every statement the
 * app sends to PostgreSQL is counted and the running totals are written to that file, so the bench
 * can count statements and transactions per view without an endpoint in the app.
 *
 * Note: counted at the driver adapter, not in PostgreSQL, because the log and pg_stat_statements
 * need server configuration; BEGIN is counted here because the adapter sends it itself. The file
 * is written at most every 5 ms, so counting costs next to nothing under load.
 */
export function countStatements(factory: PrismaPg, file: string): PrismaPg {
  const totals = { statements: 0, transactions: 0 }
  let pending = false
  const bump = (sql: string) => {
    totals.statements += 1
    if (/^\s*BEGIN\b/i.test(sql)) totals.transactions += 1
    if (pending) return
    pending = true
    setTimeout(() => {
      pending = false
      fs.writeFileSync(file, JSON.stringify(totals))
    }, 5)
  }
  const wrap = <T extends TQueryable>(q: T): T => {
    const queryRaw = q.queryRaw.bind(q)
    const executeRaw = q.executeRaw.bind(q)
    q.queryRaw = (query) => (bump(query.sql), queryRaw(query))
    q.executeRaw = (query) => (bump(query.sql), executeRaw(query))
    return q
  }
  const connect = factory.connect.bind(factory)
  factory.connect = async () => {
    const adapter = wrap(await connect())
    const start = adapter.startTransaction.bind(adapter)
    adapter.startTransaction = async (isolationLevel) => {
      bump('BEGIN')
      return wrap(await start(isolationLevel))
    }
    return adapter
  }
  return factory
}
