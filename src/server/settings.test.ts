import { describe, expect, it } from 'vitest'
import { parseSettings, SettingsError } from './settings'

const secret = 'a'.repeat(44)
const production = { NODE_ENV: 'production', AUTH_SECRET: secret }

describe('settings, checked at start', () => {
  it('gives the documented defaults for an empty environment, and counts an empty variable as unset', () => {
    const s = parseSettings({ LOGIN_ACCOUNT_RATE_LIMIT: '', DB_TRANSACTION_WAIT_MS: '  ' })
    expect(s).toMatchObject({
      NODE_ENV: 'development',
      SESSION_INACTIVITY_MINUTES: 30,
      SESSION_MAXIMUM_MINUTES: 600,
      LOGIN_ACCOUNT_RATE_LIMIT: 10,
      LOGIN_ADDRESS_RATE_LIMIT: 100,
      TRUSTED_PROXY_HOPS: 0,
      LOGIN_RATE_WINDOW_SECONDS: 600,
      LOGIN_LOG_RETENTION_DAYS: 90,
      DB_POOL_SIZE: 10,
      DB_TRANSACTION_WAIT_MS: 10_000,
      DB_TRANSACTION_TIMEOUT_MS: 30_000,
      SAMKOMP_EMBEDDED_DATABASE: false,
      demoMode: true,
    })
  })

  it('refuses a bad number with a message naming the variable and what it got, instead of falling back', () => {
    expect(() => parseSettings({ SESSION_INACTIVITY_MINUTES: 'thirty' })).toThrow(SettingsError)
    expect(() => parseSettings({ SESSION_INACTIVITY_MINUTES: 'thirty' })).toThrow(/SESSION_INACTIVITY_MINUTES: expected a whole number \(got "thirty"\)/)
    expect(() => parseSettings({ DB_TRANSACTION_TIMEOUT_MS: '0' })).toThrow(/DB_TRANSACTION_TIMEOUT_MS: expected at least 1/)
    expect(() => parseSettings({ DB_POOL_SIZE: 'many' })).toThrow(/DB_POOL_SIZE: expected a whole number/)
    expect(() => parseSettings({ DB_POOL_SIZE: '500' })).toThrow(/DB_POOL_SIZE: expected at most 200/)
    expect(() => parseSettings({ LOGIN_LOG_RETENTION_DAYS: '1.5' })).toThrow(/LOGIN_LOG_RETENTION_DAYS/)
  })

  it('names every wrong variable at once, and never prints a secret', () => {
    const error = (() => {
      try {
        parseSettings({ DATABASE_URL: 'mysql://root:hunter2@db/samkomp', DEMO_MODE: 'yes', SMTP_URL: 'http://user:pw@mail' })
      } catch (e) {
        return e as Error
      }
    })()
    expect(error?.message).toMatch(/DATABASE_URL: expected a postgres: or postgresql: URL/)
    expect(error?.message).toMatch(/DEMO_MODE: expected true or false \(got "yes"\)/)
    expect(error?.message).toMatch(/SMTP_URL: expected a smtp: or smtps: URL/)
    expect(error?.message).not.toContain('hunter2')
    expect(error?.message).not.toContain(':pw@')
  })

  it('refuses to start in production without DATABASE_URL, unless the embedded database is asked for', () => {
    expect(() => parseSettings(production)).toThrow(/DATABASE_URL: required in production \(or SAMKOMP_EMBEDDED_DATABASE=1/)
    expect(parseSettings({ ...production, SAMKOMP_EMBEDDED_DATABASE: '1' }).DATABASE_URL).toBeUndefined()
    expect(parseSettings({ ...production, DATABASE_URL: 'postgres://db/samkomp' }).DATABASE_URL).toBe('postgres://db/samkomp')
    expect(() => parseSettings({ DATABASE_URL: 'postgres://db/samkomp', SAMKOMP_EMBEDDED_DATABASE: '1' })).toThrow(/SAMKOMP_EMBEDDED_DATABASE: set together with DATABASE_URL/)
  })

  it('refuses to start in production without AUTH_SECRET, or with a short one', () => {
    expect(() => parseSettings({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' })).toThrow(/AUTH_SECRET: required in production/)
    expect(() => parseSettings({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x', AUTH_SECRET: 'short' })).toThrow(/AUTH_SECRET: expected at least 32 characters/)
  })

  it('has no demo login in production unless DEMO_MODE=true says so; elsewhere it follows the embedded database', () => {
    expect(parseSettings({ ...production, SAMKOMP_EMBEDDED_DATABASE: '1' }).demoMode).toBe(false)
    expect(parseSettings({ ...production, SAMKOMP_EMBEDDED_DATABASE: '1', DEMO_MODE: 'true' }).demoMode).toBe(true)
    expect(parseSettings({ ...production, DATABASE_URL: 'postgres://db/x', DEMO_MODE: 'true' }).demoMode).toBe(true)
    expect(parseSettings({}).demoMode).toBe(true)
    expect(parseSettings({ DATABASE_URL: 'postgres://db/x' }).demoMode).toBe(false)
    expect(parseSettings({ DEMO_MODE: 'false' }).demoMode).toBe(false)
  })

  it('lets `next build` run without the production-only settings: a build is not a start', () => {
    expect(parseSettings({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }).NODE_ENV).toBe('production')
  })

  it('wants a login provider whole: issuer and client id together', () => {
    expect(() => parseSettings({ FEIDE_ISSUER: 'https://auth.dataporten.no' })).toThrow(/FEIDE_CLIENT_ID: FEIDE_ISSUER and FEIDE_CLIENT_ID go together/)
    expect(() => parseSettings({ IDPORTEN_CLIENT_ID: 'samkomp' })).toThrow(/IDPORTEN_CLIENT_ID/)
    expect(parseSettings({ FEIDE_ISSUER: 'https://auth.dataporten.no', FEIDE_CLIENT_ID: 'samkomp' }).FEIDE_CLIENT_ID).toBe('samkomp')
  })
})
