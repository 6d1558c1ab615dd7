import 'server-only'
import { connect, type Connection } from './client'

// Note: one connection per server process, kept on globalThis so that Next's dev server reloading
// modules does not open the embedded database twice. Opened lazily, never at build time.
const globalForDb = globalThis as unknown as { samkompDb?: Promise<Connection> }

export async function getDb() {
  globalForDb.samkompDb ??= connect()
  return (await globalForDb.samkompDb).prisma
}

/**
 * Closes the process's connection (the PostgreSQL pool, or the embedded database, which flushes
 * its files): the last step of a graceful shutdown (src/server/shutdown.ts), after the HTTP
 * server has stopped and the requests in flight have ended.
 */
export async function closeDb(): Promise<void> {
  const opened = globalForDb.samkompDb
  globalForDb.samkompDb = undefined
  if (opened) await (await opened).close()
}
