import { describe, expect, it, vi } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { serveDb } from '~tests/setup/adapter-mocks'
import { enqueueEmail } from '@/server/email/outbox'
import { readMigrations } from '@/server/db/migrations'
import { GET as health } from '@/app/api/health/route'
import { GET as ready } from '@/app/api/ready/route'
import { checkReadiness, markShuttingDown } from './readiness'

vi.mock('@/server/db', async () => (await import('~tests/setup/adapter-mocks')).db)
vi.mock('@/server/auth', async () => (await import('~tests/setup/adapter-mocks')).auth)
vi.mock('@/server/log', () => ({ getLogger: () => ({ error: () => undefined }) }))

const { prisma } = await createTestDb()
serveDb(prisma)

describe('/api/health and /api/ready', () => {
  it('health says the process is alive without asking the database', async () => {
    serveDb(null as never)
    try {
      const response = await health()
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect(await response.json()).toMatchObject({ status: 'ok' })
    } finally {
      serveDb(prisma)
    }
  })

  it('ready: the database answers and every migration is applied; the outbox backlog is reported', async () => {
    const to = `ready.${crypto.randomUUID()}@kommune.no`
    await prisma.$transaction((tx) => enqueueEmail(tx, { kind: 'test.ready', to, subject: 'Venter', text: 'Venter.' }))
    const response = await ready()
    expect(response.status).toBe(200)
    const body = (await response.json()) as { outbox: { pending: number; oldestDueSeconds: number } }
    expect(body).toMatchObject({ status: 'ready', ready: true, database: { ok: true }, migrations: { applied: readMigrations().length, pending: [] }, shuttingDown: false })
    expect(body.outbox.pending).toBeGreaterThanOrEqual(1)
    expect(body.outbox.oldestDueSeconds).toBeGreaterThanOrEqual(0)
  })

  it('not ready when the build carries a migration the database lacks', async () => {
    const report = await checkReadiness(prisma, new Date(), [...readMigrations().map((m) => m.name), '29991231000000_from_the_future'])
    expect(report).toMatchObject({ ready: false, migrations: { pending: ['29991231000000_from_the_future'] } })
  })

  it('not ready, with 503 and no detail of the cause, when the database does not answer', async () => {
    const broken = { $queryRaw: () => Promise.reject(new Error("Can't reach database server at `db.internal:5432`")) }
    serveDb(broken as never)
    try {
      const response = await ready()
      expect(response.status).toBe(503)
      const text = await response.text()
      expect(JSON.parse(text)).toMatchObject({ status: 'not ready', database: { ok: false } })
      expect(text).not.toContain('db.internal')
    } finally {
      serveDb(prisma)
    }
  })

  it('not ready once shutting down, so a load balancer stops sending', async () => {
    markShuttingDown()
    const response = await ready()
    expect(response.status).toBe(503)
    expect(await response.json()).toMatchObject({ status: 'not ready', shuttingDown: true, database: { ok: true } })
  })
})
