import { settingsFrom } from '@/server/settings'

/**
 * Demo mode lets a newcomer log in as one of the seeded people without an identity provider.
 * DEMO_MODE=true or false says so; unset, it is on only on the embedded database and never in
 * production (src/server/settings.ts).
 */
export function isDemoMode(env?: Record<string, string | undefined>): boolean {
  return settingsFrom(env).demoMode
}

/** Seeded demo people have addresses in this domain; the demo login accepts no one else. */
export const DEMO_EMAIL_DOMAIN = '@demo.samkomp.no'
