/**
 * Session lifetimes (issue: inactivity 30 minutes, at most 10 hours), configurable by environment.
 * The inactivity limit is Auth.js's sliding `maxAge`; the absolute limit is checked by our adapter
 * against the session's creation time.
 */
const minutes = (name: string, fallback: number) => {
  const value = Number(process.env[name])
  return Number.isFinite(value) && value > 0 ? value : fallback
}

export const sessionPolicy = {
  inactivitySeconds: minutes('SESSION_INACTIVITY_MINUTES', 30) * 60,
  maximumSeconds: minutes('SESSION_MAXIMUM_MINUTES', 10 * 60) * 60,
  /** How often an active session's expiry is pushed forward (Auth.js `updateAge`). */
  refreshSeconds: 60,
}

export const SESSION_COOKIE = process.env.NODE_ENV === 'production' && process.env.AUTH_URL?.startsWith('https')
  ? '__Secure-authjs.session-token'
  : 'authjs.session-token'
