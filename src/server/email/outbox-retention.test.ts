import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { MAX_ATTEMPTS } from './outbox'
import { emailOutboxRetentionDays, pruneEmailOutbox } from './outbox-retention'

const { prisma } = await createTestDb()

describe('email outbox retention', () => {
  it('removes sent messages and undeliverable ones past the retention, and never one still being tried', async () => {
    const now = new Date('2026-12-03T12:00:00Z')
    const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000)
    const row = (to: string, extra: { sentAt?: Date; attempts?: number; createdAt: Date }) => ({ kind: 'test.retention', to, subject: to, text: to, ...extra })
    await prisma.emailOutbox.createMany({
      data: [
        row('sendt.gammel@example.no', { createdAt: daysAgo(120), sentAt: daysAgo(91) }),
        row('sendt.ny@example.no', { createdAt: daysAgo(120), sentAt: daysAgo(89) }),
        row('opp.gitt.gammel@example.no', { createdAt: daysAgo(91), attempts: MAX_ATTEMPTS }),
        row('opp.gitt.ny@example.no', { createdAt: daysAgo(89), attempts: MAX_ATTEMPTS }),
        row('prover.ennå@example.no', { createdAt: daysAgo(200), attempts: MAX_ATTEMPTS - 1 }),
      ],
    })
    expect(await pruneEmailOutbox(prisma, now, 90)).toBe(2)
    const left = await prisma.emailOutbox.findMany({ where: { kind: 'test.retention' }, orderBy: { to: 'asc' } })
    expect(left.map((r) => r.to)).toEqual(['opp.gitt.ny@example.no', 'prover.ennå@example.no', 'sendt.ny@example.no'])
  })

  it('reads the retention from EMAIL_OUTBOX_RETENTION_DAYS, 90 days by default, and refuses anything but a positive whole number', () => {
    expect([undefined, '30'].map((v) => emailOutboxRetentionDays({ EMAIL_OUTBOX_RETENTION_DAYS: v }))).toEqual([90, 30])
    for (const v of ['0', '-5', 'abc', '1.5']) expect(() => emailOutboxRetentionDays({ EMAIL_OUTBOX_RETENTION_DAYS: v }), v).toThrow(/EMAIL_OUTBOX_RETENTION_DAYS/)
  })
})
