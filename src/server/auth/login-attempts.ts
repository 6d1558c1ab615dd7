import type { Db } from '@/server/db/client'
import { settingsFrom } from '@/server/settings'

export type TLoginMethod = 'demo' | 'feide' | 'idporten'
export type TLoginOutcome = 'started' | 'success' | 'refused' | 'rate_limited'

/** At most `limit` login starts per address within `windowSeconds` (LOGIN_RATE_LIMIT, LOGIN_RATE_WINDOW_SECONDS). */
export function loginRateLimit(env?: Record<string, string | undefined>) {
  const s = settingsFrom(env)
  return { limit: s.LOGIN_RATE_LIMIT, windowSeconds: s.LOGIN_RATE_WINDOW_SECONDS }
}

/**
 * The client's address as the nearest proxy saw it: the last entry of X-Forwarded-For (Next.js
 * fills it from the socket when no proxy set it).
 *
 * Note: only the last hop is trusted, because earlier entries are whatever the client wrote.
 * Production runs behind a reverse proxy that appends the real address (docs/decisions/009).
 */
export function clientAddress(headers: Pick<Headers, 'get'>): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').map((s) => s.trim()).filter(Boolean)
  return forwarded?.at(-1) ?? headers.get('x-real-ip') ?? 'unknown'
}

/**
 * Records the start of a login from `ip` and says whether it may go on. Counting and recording
 * happen under a per-address lock, so parallel attempts on PostgreSQL cannot all slip under the
 * limit together. A refused start is recorded too (outcome `rate_limited`): the log shows attacks.
 */
export async function startLoginAttempt(
  db: Db,
  input: { ip: string; method: TLoginMethod },
  now = new Date(),
  settings = loginRateLimit(),
): Promise<{ allowed: boolean }> {
  const since = new Date(now.getTime() - settings.windowSeconds * 1000)
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`login:${input.ip}`}))`
    const recent = await tx.loginAttempt.count({ where: { ip: input.ip, outcome: 'started', at: { gt: since } } })
    const allowed = recent < settings.limit
    await tx.loginAttempt.create({ data: { ip: input.ip, method: input.method, outcome: allowed ? 'started' : 'rate_limited', at: now } })
    return { allowed }
  })
}

/** Records how a login ended; a successful one also goes into the audit log. */
export async function finishLoginAttempt(
  db: Db,
  input: { ip: string; method: TLoginMethod; outcome: 'success' | 'refused'; userId?: string | null },
): Promise<void> {
  const attempt = db.loginAttempt.create({ data: { ip: input.ip, method: input.method, outcome: input.outcome, userId: input.userId ?? null } })
  if (input.outcome === 'success' && input.userId) {
    await db.$transaction([
      attempt,
      db.auditLog.create({ data: loginAuditRow(input.userId, input.method) }),
    ])
  } else {
    await attempt
  }
}

/** The audit row of a finished login, the same for every method. */
export function loginAuditRow(userId: string, method: TLoginMethod) {
  return { actorUserId: userId, action: 'login', entity: 'User', entityId: userId, data: { method } }
}

/** Days a login attempt is kept (LOGIN_LOG_RETENTION_DAYS, default 90). */
export function loginLogRetentionDays(env?: Record<string, string | undefined>): number {
  return settingsFrom(env).LOGIN_LOG_RETENTION_DAYS
}

/**
 * Removes login attempts older than the retention period. The log holds client addresses, which
 * are personal data: kept as long as the security log needs them (rate limiting looks back
 * minutes; an investigation of misuse, weeks), then gone. Successful logins stay in the audit log.
 */
export async function pruneLoginAttempts(db: Db, now = new Date(), days = loginLogRetentionDays()): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000)
  const { count } = await db.loginAttempt.deleteMany({ where: { at: { lt: cutoff } } })
  return count
}
