import type { Db } from '@/server/db/client'
import { unsafeWithAllTenants } from '@/server/db/tenant'
import { DEMO_EMAIL_DOMAIN } from '@/server/demo'
import { sessionPolicy } from '@/server/auth/session-policy'
import { hashSessionToken, newSessionToken } from '@/server/auth/session-token'
import { loginAuditRow } from '@/server/auth/login-attempts'

/** The seeded people a newcomer may log in as, with their first role. */
export async function listDemoPeople(db: Db) {
  // Note: every tenant visible: the list shows each demo person's first role, and a forum
  // member's membership is bound to a partnership (RLS, ADR 034). Only names and roles come out,
  // and only in demo mode.
  const users = await unsafeWithAllTenants(db, (tx) =>
    tx.user.findMany({
      where: { email: { endsWith: DEMO_EMAIL_DOMAIN }, disabledAt: null },
      orderBy: { name: 'asc' },
      select: { id: true, name: true, memberships: { where: { endedAt: null }, select: { role: true }, take: 1 } },
    }),
  )
  return users.map((u) => ({ id: u.id, name: u.name, role: u.memberships[0]?.role ?? null }))
}

/**
 * Starts a database session for a seeded demo person, as Auth.js would after an OpenID Connect
 * login, and records it in the audit log and the login log. Returns null for anyone who is not a demo person.
 */
export async function createDemoSession(db: Db, userId: string, ip = 'unknown') {
  const user = await db.user.findFirst({ where: { id: userId, email: { endsWith: DEMO_EMAIL_DOMAIN }, disabledAt: null } })
  if (!user) return null
  const sessionToken = newSessionToken()
  const expires = new Date(Date.now() + sessionPolicy.inactivitySeconds * 1000)
  await db.$transaction([
    // Only the hash is stored (ADR 007); the caller puts the token itself in the cookie.
    db.session.create({ data: { sessionToken: hashSessionToken(sessionToken), userId: user.id, expires } }),
    db.auditLog.create({ data: loginAuditRow(user.id, 'demo') }),
    db.loginAttempt.create({ data: { ip, method: 'demo', outcome: 'success', userId: user.id } }),
  ])
  return { sessionToken, expires }
}
