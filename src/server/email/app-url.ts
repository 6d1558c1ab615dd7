import { settingsFrom } from '@/server/settings'

type TEnv = Record<string, string | undefined>

/**
 * An absolute link into the app for email, which is read outside the browser: from APP_URL (which
 * may include a base path), else AUTH_URL's origin (Auth.js's own setting, which may end in
 * /api/auth), else http://localhost:3000 for development.
 */
export function appUrl(path: string, environment?: TEnv): string {
  const env = settingsFrom(environment)
  const authUrl = env.AUTH_URL?.trim()
  const base = env.APP_URL?.trim() || (authUrl ? new URL(authUrl).origin : 'http://localhost:3000')
  return new URL(path.replace(/^\/+/, ''), base.endsWith('/') ? base : `${base}/`).toString()
}
