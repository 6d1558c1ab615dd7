import { z } from 'zod'

/**
 * Every environment variable the app reads, in one zod schema (docs/settings.md lists them;
 * docs/decisions/023-settings-checked-at-start.md says why). src/instrumentation.ts parses it when
 * a server starts, so a bad configuration stops the boot with a message naming the variable
 * instead of falling back silently or failing at the first login. Nothing else reads process.env
 * for a setting (tests/shape/settings.test.ts holds the code to that).
 */

const whole = (min: number, fallback: number, max = Number.MAX_SAFE_INTEGER) =>
  z.coerce.number({ error: 'expected a whole number' }).int('expected a whole number').min(min, `expected at least ${min}`).max(max, `expected at most ${max}`).default(fallback)

const flag = z.enum(['true', 'false', '1', '0'], { error: 'expected true or false' }).transform((v) => v === 'true' || v === '1')

const url = (protocols: readonly string[]) =>
  z.url({ error: 'expected a URL' }).refine((u) => protocols.includes(new URL(u).protocol), `expected a ${protocols.join(' or ')} URL`)

export const ZSettings = z.object({
  /** Set by Next.js (`next start`: production, `next dev`: development) and by Vitest (test). */
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Set by Next.js itself: which runtime and which phase (the build must not open the database). */
  NEXT_RUNTIME: z.string().optional(),
  NEXT_PHASE: z.string().optional(),

  DATABASE_URL: url(['postgres:', 'postgresql:']).optional(),
  SAMKOMP_EMBEDDED_DATABASE: flag.default(false),
  PGLITE_DATA_DIR: z.string().optional(),
  /** Connections per server process to PostgreSQL (pg's pool `max`); one per request in flight (issue 14). */
  DB_POOL_SIZE: whole(1, 10, 200),
  DB_TRANSACTION_WAIT_MS: whole(1, 10_000),
  DB_TRANSACTION_TIMEOUT_MS: whole(1, 30_000),
  DEMO_MODE: flag.optional(),

  AUTH_SECRET: z.string().min(32, 'expected at least 32 characters (openssl rand -base64 32)').optional(),
  AUTH_URL: url(['http:', 'https:']).optional(),
  APP_URL: url(['http:', 'https:']).optional(),
  SESSION_INACTIVITY_MINUTES: whole(1, 30),
  SESSION_MAXIMUM_MINUTES: whole(1, 600),
  FEIDE_ISSUER: url(['http:', 'https:']).optional(),
  FEIDE_CLIENT_ID: z.string().optional(),
  FEIDE_CLIENT_SECRET: z.string().optional(),
  FEIDE_SCOPE: z.string().optional(),
  FEIDE_GROUPS_API: url(['http:', 'https:']).default('https://groups-api.dataporten.no/groups'),
  IDPORTEN_ISSUER: url(['http:', 'https:']).optional(),
  IDPORTEN_CLIENT_ID: z.string().optional(),
  IDPORTEN_CLIENT_SECRET: z.string().optional(),
  IDPORTEN_SCOPE: z.string().optional(),

  LOGIN_ACCOUNT_RATE_LIMIT: whole(1, 10),
  LOGIN_ADDRESS_RATE_LIMIT: whole(1, 100),
  LOGIN_RATE_WINDOW_SECONDS: whole(1, 600),
  LOGIN_LOG_RETENTION_DAYS: whole(1, 90),
  EMAIL_OUTBOX_RETENTION_DAYS: whole(1, 90),
  TRUSTED_PROXY_HOPS: whole(0, 0, 10),

  SMTP_URL: url(['smtp:', 'smtps:']).optional(),
  EMAIL_FROM: z.string().optional(),

  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SAMKOMP_BENCH_SQL_FILE: z.string().optional(),
  /** Read by next.config.ts only, at build time (scripts/test.sh sets it after its own tsc run). */
  SAMKOMP_TYPECHECKED: flag.default(false),

  /** Renamed when the limit was split per account and per address (ADR 009): refused, so an old deployment notices. */
  LOGIN_RATE_LIMIT: z.never({ error: 'renamed: set LOGIN_ACCOUNT_RATE_LIMIT (per person, default 10) and LOGIN_ADDRESS_RATE_LIMIT (per client address, default 100)' }).optional(),
})

export type TSettings = Omit<z.output<typeof ZSettings>, 'LOGIN_RATE_LIMIT'> & {
  /** Whether the demo login is offered (src/server/demo.ts). */
  demoMode: boolean
}

/** The names of every setting, as docs/settings.md must list them. */
export const SETTING_NAMES = Object.keys(ZSettings.shape) as (keyof typeof ZSettings.shape)[]

/** Values never printed in an error: they hold passwords or keys. */
const SECRET = new Set(['DATABASE_URL', 'AUTH_SECRET', 'FEIDE_CLIENT_SECRET', 'IDPORTEN_CLIENT_SECRET', 'SMTP_URL'])

export class SettingsError extends Error {
  override name = 'SettingsError'
}

type TEnv = Record<string, string | undefined>

/** The rules that tie settings together; the ones for production only apply to a running server, not to `next build`. */
function rules(s: z.output<typeof ZSettings>, ctx: z.RefinementCtx) {
  const problem = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message })
  if (s.DATABASE_URL && s.SAMKOMP_EMBEDDED_DATABASE) problem('SAMKOMP_EMBEDDED_DATABASE', 'set together with DATABASE_URL: choose one database')
  for (const prefix of ['FEIDE', 'IDPORTEN'] as const) {
    if (!s[`${prefix}_ISSUER`] !== !s[`${prefix}_CLIENT_ID`]) problem(`${prefix}_CLIENT_ID`, `${prefix}_ISSUER and ${prefix}_CLIENT_ID go together: set both or neither`)
  }
  if (s.NODE_ENV !== 'production' || s.NEXT_PHASE === 'phase-production-build') return
  if (!s.DATABASE_URL && !s.SAMKOMP_EMBEDDED_DATABASE) {
    problem('DATABASE_URL', 'required in production (or SAMKOMP_EMBEDDED_DATABASE=1 to run on the embedded database on purpose)')
  }
  if (!s.AUTH_SECRET) problem('AUTH_SECRET', 'required in production: sessions and login callbacks are signed with it (openssl rand -base64 32)')
}

const ZChecked = ZSettings.superRefine(rules)

/** Parses an environment into settings, or throws a SettingsError naming every variable that is wrong. */
export function parseSettings(env: TEnv): TSettings {
  // An empty variable (`FOO=`) counts as unset, as shells and container files often write it.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''))
  const result = ZChecked.safeParse(present)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '?')
      const got = name in present && !SECRET.has(name) ? ` (got ${JSON.stringify(present[name])})` : ''
      return `  ${name}: ${issue.message}${got}`
    })
    throw new SettingsError(`Samkomp cannot start: ${lines.length === 1 ? 'a setting is' : 'settings are'} not valid (docs/settings.md):\n${lines.join('\n')}`)
  }
  const { LOGIN_RATE_LIMIT: _renamed, ...s } = result.data
  // Note: in production the demo login (anyone may log in as a seeded person) is only ever on when
  // asked for; elsewhere it is on by default on the embedded database, so `npm run demo` just works.
  const demoMode = s.DEMO_MODE ?? (s.NODE_ENV === 'production' ? false : !s.DATABASE_URL)
  return { ...s, demoMode }
}

const cache = globalThis as unknown as { samkompSettings?: TSettings }

/** The process's settings, parsed once from process.env. */
export function settings(): TSettings {
  cache.samkompSettings ??= parseSettings(process.env)
  return cache.samkompSettings
}

/** Tests that stub process.env call this, so that the next settings() reads it again. */
export function forgetSettings() {
  cache.samkompSettings = undefined
}

/** Settings from the given environment (tests), else the process's own. */
export function settingsFrom(env?: TEnv): TSettings {
  return env ? parseSettings(env) : settings()
}
