import 'server-only'
import { connect, type Connection } from './client'

// Note: one connection per server process, kept on globalThis so that Next's dev server reloading
// modules does not open the embedded database twice. Opened lazily, never at build time.
const globalForDb = globalThis as unknown as { samkompDb?: Promise<Connection> }

export async function getDb() {
  globalForDb.samkompDb ??= connect()
  return (await globalForDb.samkompDb).prisma
}
