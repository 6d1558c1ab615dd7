import { afterAll, describe, expect, it } from 'vitest'
import { connectTestPostgres } from '~tests/setup/postgres'
import { startSmtpServer } from '~tests/setup/smtp'
import { prismaForPostgres } from '@/server/db/client'
import { deliverOutbox, enqueueEmail } from './outbox'
import { createMailTransport } from './transport'

const postgres = await connectTestPostgres()

describe.skipIf(!postgres.available)('the email outbox on PostgreSQL', () => {
  it('two deliverers (two processes\' worth: own pools, own SMTP clients) racing over 20 queued emails send each exactly once', { timeout: 60_000 }, async () => {
    const { url, prisma } = await postgres.createMigratedDatabase()
    const other = prismaForPostgres(url)
    afterAll(() => other.$disconnect())
    // A server that takes a moment per message, so both deliverers are busy at the same time.
    const smtp = await startSmtpServer({ delayMs: 15 })
    afterAll(() => smtp.close())

    const subjects = Array.from({ length: 20 }, (_, i) => `Melding ${i + 1} – æøå`)
    await prisma.$transaction(async (tx) => {
      for (const subject of subjects) await enqueueEmail(tx, { kind: 'test.race', to: 'kapplop@example.no', subject, text: subject })
    })

    const env = { SMTP_URL: smtp.url }
    const [first, second] = await Promise.all([
      deliverOutbox(prisma, createMailTransport(env)),
      deliverOutbox(other, createMailTransport(env)),
    ])

    expect(first.failed + second.failed).toBe(0)
    expect(first.sent + second.sent).toBe(20)
    // Both took part, so the claims really were contended.
    expect(first.sent).toBeGreaterThan(0)
    expect(second.sent).toBeGreaterThan(0)
    expect(smtp.received.map((m) => m.parsed.subject).sort()).toEqual([...subjects].sort())
    expect(await prisma.emailOutbox.count({ where: { sentAt: null } })).toBe(0)
    expect(await prisma.emailOutbox.count({ where: { attempts: 1 } })).toBe(20)
  })
})
