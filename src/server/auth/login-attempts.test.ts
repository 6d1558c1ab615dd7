import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { finishLoginAttempt, loginLogRetentionDays, loginRateLimit, pruneLoginAttempts, startLoginAttempt } from './login-attempts'

const { prisma } = await createTestDb()
const settings = { addressLimit: 3, accountLimit: 100, windowSeconds: 600 }
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

  it('counts per account and per address separately: an account is limited from any address, an address for every account', async () => {
    const t0 = new Date('2026-11-23T11:00:00Z')
    const limits = { accountLimit: 2, addressLimit: 4, windowSeconds: 600 }
    const account = crypto.randomUUID()
    const at = (i: number) => new Date(t0.getTime() + i * 1000)
    // One person from three addresses: the third start is refused for the account.
    const byAccount = []
    for (let i = 0; i < 3; i++) byAccount.push(await startLoginAttempt(prisma, { ip: uniqueIp(), method: 'demo', account }, at(i), limits))
    expect(byAccount).toEqual([{ allowed: true }, { allowed: true }, { allowed: false, limitedBy: 'account' }])
    // One office address, many people: four pass (more than one account's limit), the fifth is refused for the address.
    const office = uniqueIp()
    const byAddress = []
    for (let i = 0; i < 5; i++) byAddress.push(await startLoginAttempt(prisma, { ip: office, method: 'demo', account: crypto.randomUUID() }, at(i), limits))
    expect(byAddress.map((r) => r.limitedBy ?? 'ok')).toEqual(['ok', 'ok', 'ok', 'ok', 'address'])
    // An OpenID Connect start knows no account: only the address counts.
    expect(await startLoginAttempt(prisma, { ip: uniqueIp(), method: 'feide' }, t0, limits)).toEqual({ allowed: true })
  })

  it('takes its limits from the settings, and refuses nonsense instead of falling back', () => {
    expect(loginRateLimit({})).toEqual({ accountLimit: 10, addressLimit: 100, windowSeconds: 600 })
    expect(loginRateLimit({ LOGIN_ACCOUNT_RATE_LIMIT: '5', LOGIN_ADDRESS_RATE_LIMIT: '500', LOGIN_RATE_WINDOW_SECONDS: '60' })).toEqual({ accountLimit: 5, addressLimit: 500, windowSeconds: 60 })
    expect(() => loginRateLimit({ LOGIN_ADDRESS_RATE_LIMIT: '-1' })).toThrow(/LOGIN_ADDRESS_RATE_LIMIT: expected at least 1 \(got "-1"\)/)
    expect(() => loginRateLimit({ LOGIN_RATE_WINDOW_SECONDS: 'x' })).toThrow(/LOGIN_RATE_WINDOW_SECONDS: expected a whole number/)
    // The old single limit was per address; its name is refused so a deployment notices the split.
    expect(() => loginRateLimit({ LOGIN_RATE_LIMIT: '10' })).toThrow(/LOGIN_RATE_LIMIT: renamed: set LOGIN_ACCOUNT_RATE_LIMIT/)
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
