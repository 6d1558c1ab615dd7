import fs from 'node:fs'
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils'
import { observeStatements, statementTally } from './observe-statements'

/**
 * Bench mode (`npm run bench`, issue 14): when SAMKOMP_BENCH_SQL_FILE is set, every statement the
 * app sends to PostgreSQL is counted and the running totals are written to that file, so the bench
 * can count statements and transactions per view without an endpoint in the app.
 *
 * Note: counted at the driver adapter, not in PostgreSQL, because the log and pg_stat_statements
 * need server configuration. The file is written at most every 100 ms, so counting costs next to
 * nothing under load (every 5 ms, the sync writes took about 4 % of the server's CPU at 10
 * connections); the bench waits 300 ms after a request before it reads the file.
 */
export function countStatements<F extends SqlDriverAdapterFactory>(factory: F, file: string): F {
  const { totals, listen } = statementTally()
  let pending = false
  return observeStatements(factory, (sql) => {
    listen(sql)
    if (pending) return
    pending = true
    setTimeout(() => {
      pending = false
      fs.writeFileSync(file, JSON.stringify(totals))
    }, 100)
  })
}
