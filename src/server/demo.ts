/**
 * Demo mode lets a newcomer log in as one of the seeded people without an identity provider.
 * On by default only on the embedded database; off with a real DATABASE_URL unless DEMO_MODE=true.
 */
export function isDemoMode(env: Record<string, string | undefined> = process.env): boolean {
  if (env.DEMO_MODE === 'true') return true
  if (env.DEMO_MODE === 'false') return false
  return !env.DATABASE_URL
}

/** Seeded demo people have addresses in this domain; the demo login accepts no one else. */
export const DEMO_EMAIL_DOMAIN = '@demo.samkomp.no'
