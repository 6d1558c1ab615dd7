import type { Db } from '@/server/db/client'
import { settingsFrom } from '@/server/settings'

export type TLoginMethod = 'demo' | 'feide' | 'idporten'
export type TLoginOutcome = 'started' | 'success' | 'refused' | 'rate_limited'

/**
 * At most `accountLimit` login starts per person and `addressLimit` per client address within
 * `windowSeconds` (LOGIN_ACCOUNT_RATE_LIMIT, LOGIN_ADDRESS_RATE_LIMIT, LOGIN_RATE_WINDOW_SECONDS).
 * The address limit is the higher one: a school or an office behind one NAT address logs in together.
 */
export function loginRateLimit(env?: Record<string, string | undefined>) {
  const s = settingsFrom(env)
  return { accountLimit: s.LOGIN_ACCOUNT_RATE_LIMIT, addressLimit: s.LOGIN_ADDRESS_RATE_LIMIT, windowSeconds: s.LOGIN_RATE_WINDOW_SECONDS }
}

export type TLoginRateLimit = ReturnType<typeof loginRateLimit>

/**
 * Records the start of a login from `ip` (for `account` when the person is known at the start,
 * as in the demo login; an OpenID Connect login learns who it is only at the callback) and says
 * whether it may go on, and if not, which limit it met. Counting and recording happen under a
 * per-address and a per-account lock (always taken in that order), so parallel attempts on
 * PostgreSQL cannot all slip under a limit together. A refused start is recorded too (outcome
 * `rate_limited`): the log shows attacks.
 */
export async function startLoginAttempt(
  db: Db,
  input: { ip: string; method: TLoginMethod; account?: string },
  now = new Date(),
  limits: TLoginRateLimit = loginRateLimit(),
): Promise<{ allowed: boolean; limitedBy?: 'address' | 'account' }> {
  const since = new Date(now.getTime() - limits.windowSeconds * 1000)
  const account = input.account ?? null
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`login:${input.ip}`}))`
    if (account) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`login-account:${account}`}))`
    const started = { outcome: 'started', at: { gt: since } }
    const fromAddress = await tx.loginAttempt.count({ where: { ip: input.ip, ...started } })
    const forAccount = account ? await tx.loginAttempt.count({ where: { userId: account, ...started } }) : 0
    const limitedBy = fromAddress >= limits.addressLimit ? 'address' : forAccount >= limits.accountLimit ? 'account' : undefined
    await tx.loginAttempt.create({ data: { ip: input.ip, method: input.method, outcome: limitedBy ? 'rate_limited' : 'started', userId: account, at: now } })
    return limitedBy ? { allowed: false, limitedBy } : { allowed: true }
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
export async function pruneLoginAttempts(db: Pick<Db, 'loginAttempt'>, now = new Date(), days = loginLogRetentionDays()): Promise<number> {
  const cutoff = new Date(now.getTime() - days * 24 * 60 * 60 * 1000)
  const { count } = await db.loginAttempt.deleteMany({ where: { at: { lt: cutoff } } })
  return count
}
