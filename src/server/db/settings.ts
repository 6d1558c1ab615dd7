import { z } from 'zod'

const milliseconds = (fallback: number) => z.coerce.number().int().min(100).max(600_000).default(fallback)

/**
 * The database settings, from the environment, checked once (a typo fails at start, not at the
 * first busy hour). The defaults hold 50 concurrent requests on two cores without an error (issue
 * 14): each request holds one connection, for its one transaction, so ten connections serve many
 * more requests than ten while Node renders; a request waits up to 10 s for one.
 */
const ZDbSettings = z.object({
  /** Connections per server process to PostgreSQL (pg's pool `max`). */
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** How long a request waits for a connection and the start of its transaction (Prisma's maxWait). */
  DB_TRANSACTION_WAIT_MS: milliseconds(10_000),
  /** How long one transaction may run before Prisma rolls it back. */
  DB_TRANSACTION_TIMEOUT_MS: milliseconds(30_000),
})

export type TDbSettings = z.infer<typeof ZDbSettings>

export function dbSettings(env: Record<string, string | undefined> = process.env): TDbSettings {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''))
  const parsed = ZDbSettings.safeParse(blankless)
  if (!parsed.success) throw new Error(`Database settings: ${z.prettifyError(parsed.error)}`)
  return parsed.data
}
