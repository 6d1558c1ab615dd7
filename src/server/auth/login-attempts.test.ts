import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { clientAddress, finishLoginAttempt, loginLogRetentionDays, loginRateLimit, pruneLoginAttempts, startLoginAttempt } from './login-attempts'

const { prisma } = await createTestDb()
const settings = { limit: 3, windowSeconds: 600 }
const uniqueIp = () => `198.51.100.${Math.floor(Math.random() * 250)}-${crypto.randomUUID()}`

describe('login rate limit and log', () => {
  it('lets `limit` logins start per address in the window, refuses and logs the next, and forgets after the window', async () => {
    const ip = uniqueIp()
    const t0 = new Date('2026-11-23T10:00:00Z')
    const results = []
    for (let i = 0; i < 5; i++) results.push((await startLoginAttempt(prisma, { ip, method: 'demo' }, new Date(t0.getTime() + i * 1000), settings)).allowed)
    expect(results).toEqual([true, true, true, false, false])
    // Another address is not affected.
    expect((await startLoginAttempt(prisma, { ip: uniqueIp(), method: 'feide' }, t0, settings)).allowed).toBe(true)
    // After the window the address may try again.
    expect((await startLoginAttempt(prisma, { ip, method: 'demo' }, new Date(t0.getTime() + 601_000), settings)).allowed).toBe(true)
    const outcomes = await prisma.loginAttempt.groupBy({ by: ['outcome'], where: { ip }, _count: true })
    expect(Object.fromEntries(outcomes.map((o) => [o.outcome, o._count]))).toEqual({ started: 4, rate_limited: 2 })
  })

  it('logs a successful login with an audit row, and a refused one without', async () => {
    const ip = uniqueIp()
    const user = await prisma.user.create({ data: { name: 'Ola Innlogget', email: `ola.${crypto.randomUUID()}@kommune.no` } })
    await finishLoginAttempt(prisma, { ip, method: 'feide', outcome: 'success', userId: user.id })
    await finishLoginAttempt(prisma, { ip, method: 'idporten', outcome: 'refused' })
    expect(await prisma.loginAttempt.count({ where: { ip, outcome: 'success', userId: user.id } })).toBe(1)
    expect(await prisma.loginAttempt.count({ where: { ip, outcome: 'refused', userId: null } })).toBe(1)
    expect(await prisma.auditLog.count({ where: { actorUserId: user.id, action: 'login' } })).toBe(1)
  })

  it('reads the nearest hop of X-Forwarded-For, never what the client wrote before it', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }))).toBe('203.0.113.9')
    expect(clientAddress(new Headers({ 'x-forwarded-for': '::1' }))).toBe('::1')
    expect(clientAddress(new Headers({ 'x-real-ip': '203.0.113.10' }))).toBe('203.0.113.10')
    expect(clientAddress(new Headers())).toBe('unknown')
  })

  it('takes its limits from the settings, and refuses nonsense instead of falling back', () => {
    expect(loginRateLimit({})).toEqual({ limit: 10, windowSeconds: 600 })
    expect(loginRateLimit({ LOGIN_RATE_LIMIT: '50', LOGIN_RATE_WINDOW_SECONDS: '60' })).toEqual({ limit: 50, windowSeconds: 60 })
    expect(() => loginRateLimit({ LOGIN_RATE_LIMIT: '-1' })).toThrow(/LOGIN_RATE_LIMIT: expected at least 1 \(got "-1"\)/)
    expect(() => loginRateLimit({ LOGIN_RATE_WINDOW_SECONDS: 'x' })).toThrow(/LOGIN_RATE_WINDOW_SECONDS: expected a whole number/)
  })
})

describe('login log retention', () => {
  it('removes attempts older than the retention period and keeps the rest', async () => {
    const ip = uniqueIp()
    const now = new Date('2026-11-23T12:00:00Z')
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000)
    await prisma.loginAttempt.createMany({ data: [91, 90.5, 89, 1].map((days) => ({ ip, method: 'demo', outcome: 'started', at: daysAgo(days) })) })
    expect(await pruneLoginAttempts(prisma, now, 90)).toBeGreaterThanOrEqual(2)
    const left = await prisma.loginAttempt.findMany({ where: { ip }, orderBy: { at: 'asc' } })
    expect(left.map((a) => a.at)).toEqual([daysAgo(89), daysAgo(1)])
  })

  it('reads the retention from LOGIN_LOG_RETENTION_DAYS, 90 days by default, and refuses anything but a positive whole number', () => {
    expect([undefined, '30'].map((v) => loginLogRetentionDays({ LOGIN_LOG_RETENTION_DAYS: v }))).toEqual([90, 30])
    for (const v of ['0', '-5', 'abc', '1.5']) expect(() => loginLogRetentionDays({ LOGIN_LOG_RETENTION_DAYS: v }), v).toThrow(/LOGIN_LOG_RETENTION_DAYS/)
  })
})
