import { settings } from '@/server/settings'

/**
 * Session lifetimes (issue: inactivity 30 minutes, at most 10 hours), from SESSION_INACTIVITY_MINUTES
 * and SESSION_MAXIMUM_MINUTES (src/server/settings.ts). The inactivity limit is Auth.js's sliding
 * `maxAge`; the absolute limit is checked by our adapter against the session's creation time.
 */
const s = settings()

export const sessionPolicy = {
  inactivitySeconds: s.SESSION_INACTIVITY_MINUTES * 60,
  maximumSeconds: s.SESSION_MAXIMUM_MINUTES * 60,
  /** How often an active session's expiry is pushed forward (Auth.js `updateAge`). */
  refreshSeconds: 60,
}

export const SESSION_COOKIE = s.NODE_ENV === 'production' && s.AUTH_URL?.startsWith('https')
  ? '__Secure-authjs.session-token'
  : 'authjs.session-token'
