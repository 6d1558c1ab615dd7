import pg from 'pg'
import { adminUrl } from './postgres-url'

/**
 * One client of `url` for `fn`, ended afterwards whatever happens: the admin work of the tests'
 * own databases (create, drop, roles) and the backup drill's comparisons. Without vitest or the
 * app's client, so that scripts and the e2e set-up can use it.
 */
export async function withPgClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

/** Whether the local PostgreSQL answers within two seconds (tests that need it skip, or fail under CI, without it). */
export async function postgresReachable(url = adminUrl): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}
