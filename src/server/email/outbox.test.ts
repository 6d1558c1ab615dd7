import { afterAll, describe, expect, it, vi } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { startSmtpServer } from '~tests/setup/smtp'
import { CLAIM_LEASE_MS, MAX_ATTEMPTS, deliverOutbox, enqueueEmail, retryDelayMs } from './outbox'
import { DEFAULT_EMAIL_FROM, EmailConfigError, createMailTransport } from './transport'

const { prisma } = await createTestDb()
const smtp = await startSmtpServer({ user: 'samkomp', password: 'hemmelig på ære' })
afterAll(() => smtp.close())
const transport = createMailTransport({ SMTP_URL: smtp.url, EMAIL_FROM: 'Samkomp test <test@samkomp.no>' })

const newAddress = () => `mottaker.${crypto.randomUUID()}@example.no`
const minutes = (n: number) => n * 60_000
const receivedBy = (address: string) => smtp.received.filter((m) => m.envelope.to.includes(address))

describe('the email outbox', () => {
  it('a message queued in a transaction that rolls back is never sent', async () => {
    const to = newAddress()
    await expect(
      prisma.$transaction(async (tx) => {
        await enqueueEmail(tx, { kind: 'test.rollback', to, subject: 'Skal aldri komme fram', text: 'Angret.' })
        throw new Error('the change failed after the email was queued')
      }),
    ).rejects.toThrow('the change failed')
    expect(await prisma.emailOutbox.count({ where: { to } })).toBe(0)
    expect(await deliverOutbox(prisma, transport)).toEqual({ sent: 0, failed: 0 })
    expect(receivedBy(to)).toEqual([])
  })

  it('delivers a queued message over SMTP with its sender, recipient, subject and text intact (UTF-8)', async () => {
    const to = newAddress()
    const subject = 'Møte i samarbeidsforumet på Ørland – «æøå ÆØÅ»'
    const text = 'Hei, Åse Ærø!\n\nDu er invitert til møtet i Bodø.\nSaksliste: økonomi, særskilte tiltak, årsrapport.\n'
    await prisma.$transaction((tx) => enqueueEmail(tx, { kind: 'test.deliver', to, subject, text }))

    expect(await deliverOutbox(prisma, transport)).toEqual({ sent: 1, failed: 0 })

    const [message, ...more] = receivedBy(to)
    expect(more).toEqual([])
    expect(message!.envelope).toEqual({ from: 'test@samkomp.no', to: [to] })
    expect(message!.parsed.from?.value).toEqual([{ address: 'test@samkomp.no', name: 'Samkomp test' }])
    expect(message!.parsed.to).toMatchObject({ value: [{ address: to }] })
    expect(message!.parsed.subject).toBe(subject)
    expect(message!.parsed.text).toBe(text)
    const row = await prisma.emailOutbox.findFirstOrThrow({ where: { to } })
    expect(row).toMatchObject({ kind: 'test.deliver', attempts: 1, lastError: null })
    expect(row.sentAt).toBeInstanceOf(Date)

    // Sent is sent: a later run finds nothing.
    expect(await deliverOutbox(prisma, transport)).toEqual({ sent: 0, failed: 0 })
    expect(receivedBy(to)).toHaveLength(1)
  })

  it('a refused message is kept with its error and retried after a back-off; once accepted it arrives once', async () => {
    const to = newAddress()
    await prisma.$transaction((tx) => enqueueEmail(tx, { kind: 'test.retry', to, subject: 'Andre forsøk', text: 'Prøv igjen.' }))
    const start = new Date(Date.now() + 1000)

    smtp.refuse('Mailbox unavailable: no such user here', 550)
    expect(await deliverOutbox(prisma, transport, { now: start })).toEqual({ sent: 0, failed: 1 })
    let row = await prisma.emailOutbox.findFirstOrThrow({ where: { to } })
    expect(row.sentAt).toBeNull()
    expect(row.attempts).toBe(1)
    expect(row.lastError).toContain('no such user here')
    expect(row.lastError!.length).toBeLessThanOrEqual(500)
    expect(row.lastError).not.toContain('\n')
    expect(row.sendAfter).toEqual(new Date(start.getTime() + minutes(1)))
    expect(receivedBy(to)).toEqual([])

    // Not due before the back-off has passed, even with the server accepting again.
    smtp.accept()
    expect(await deliverOutbox(prisma, transport, { now: new Date(start.getTime() + minutes(1) - 1) })).toEqual({ sent: 0, failed: 0 })

    const later = new Date(start.getTime() + minutes(1))
    expect(await deliverOutbox(prisma, transport, { now: later })).toEqual({ sent: 1, failed: 0 })
    row = await prisma.emailOutbox.findFirstOrThrow({ where: { to } })
    expect(row).toMatchObject({ attempts: 2, sentAt: later })
    expect(await deliverOutbox(prisma, transport, { now: new Date(later.getTime() + minutes(60)) })).toEqual({ sent: 0, failed: 0 })
    expect(receivedBy(to)).toHaveLength(1)
  })

  it(`backs off 1, 5, 25 … minutes, capped at 6 hours, and gives up after ${MAX_ATTEMPTS} tries, keeping the message`, async () => {
    expect([1, 2, 3, 4, 5, 6].map(retryDelayMs)).toEqual([minutes(1), minutes(5), minutes(25), minutes(125), minutes(360), minutes(360)])

    const to = newAddress()
    await prisma.$transaction((tx) => enqueueEmail(tx, { kind: 'test.give-up', to, subject: 'Kommer aldri fram', text: 'Nei.' }))
    smtp.refuse('Temporary failure', 450)
    let now = new Date(Date.now() + 1000)
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      expect(await deliverOutbox(prisma, transport, { now }), `attempt ${attempt}`).toEqual({ sent: 0, failed: 1 })
      now = new Date(now.getTime() + retryDelayMs(attempt))
    }
    smtp.accept()
    expect(await deliverOutbox(prisma, transport, { now: new Date(now.getTime() + minutes(24 * 60)) })).toEqual({ sent: 0, failed: 0 })
    const row = await prisma.emailOutbox.findFirstOrThrow({ where: { to } })
    expect(row).toMatchObject({ attempts: MAX_ATTEMPTS, sentAt: null })
    expect(row.lastError).toContain('Temporary failure')
    expect(receivedBy(to)).toEqual([])
  })

  it('sends oldest first, at most `limit` per run, and a claimed message is hidden from other runs for the lease', async () => {
    const addresses = [newAddress(), newAddress(), newAddress()]
    for (const to of addresses) await prisma.$transaction((tx) => enqueueEmail(tx, { kind: 'test.order', to, subject: to, text: 'Rekkefølge.' }))
    const before = smtp.received.length
    expect(await deliverOutbox(prisma, transport, { limit: 2 })).toEqual({ sent: 2, failed: 0 })
    expect(await deliverOutbox(prisma, transport, { limit: 2 })).toEqual({ sent: 1, failed: 0 })
    expect(smtp.received.slice(before).map((m) => m.parsed.subject)).toEqual(addresses)

    // A deliverer that died after claiming: the message is due again only once the lease ran out.
    const to = newAddress()
    const { id } = await prisma.$transaction((tx) => enqueueEmail(tx, { kind: 'test.lease', to, subject: 'Lån', text: 'Krasj.' }))
    const claimedAt = new Date(Date.now() + 1000)
    await prisma.emailOutbox.update({ where: { id }, data: { attempts: 1, sendAfter: new Date(claimedAt.getTime() + CLAIM_LEASE_MS) } })
    expect(await deliverOutbox(prisma, transport, { now: claimedAt })).toEqual({ sent: 0, failed: 0 })
    expect(await deliverOutbox(prisma, transport, { now: new Date(claimedAt.getTime() + CLAIM_LEASE_MS) })).toEqual({ sent: 1, failed: 0 })
    expect(receivedBy(to)).toHaveLength(1)
  })

  it('two deliverers at once on the one PGlite connection send each message once', async () => {
    const addresses = Array.from({ length: 6 }, newAddress)
    for (const to of addresses) await prisma.$transaction((tx) => enqueueEmail(tx, { kind: 'test.pglite-race', to, subject: 'Én gang', text: 'Bare én.' }))
    const results = await Promise.all([deliverOutbox(prisma, transport), deliverOutbox(prisma, transport)])
    expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(6)
    expect(addresses.map((to) => receivedBy(to).length)).toEqual([1, 1, 1, 1, 1, 1])
  })

  it('refuses to queue what could not be sent: a bad address, a line break in the subject', async () => {
    await expect(prisma.$transaction((tx) => enqueueEmail(tx, { kind: 'test.bad', to: 'ikke en adresse', subject: 'Hei', text: 'x' }))).rejects.toThrow()
    await expect(prisma.$transaction((tx) => enqueueEmail(tx, { kind: 'test.bad', to: newAddress(), subject: 'Hei\r\nBcc: alle@example.no', text: 'x' }))).rejects.toThrow()
  })
})

describe('the transport from the environment', () => {
  it('uses EMAIL_FROM, or the no-reply default', async () => {
    const to = newAddress()
    await createMailTransport({ SMTP_URL: smtp.url }).sendMail({ to, subject: 'Standardavsender', text: 'Fra standard.' })
    expect(DEFAULT_EMAIL_FROM).toBe('Samkomp <ikke-svar@samkomp.no>')
    expect(receivedBy(to)[0]!.parsed.from?.value).toEqual([{ address: 'ikke-svar@samkomp.no', name: 'Samkomp' }])
  })

  it('without SMTP_URL in development or demo mode: logs one line per message and sends nothing', async () => {
    const info = vi.spyOn(console, 'info').mockImplementation(() => undefined)
    try {
      const before = smtp.received.length
      const production = { NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(32) }
      for (const env of [{ NODE_ENV: 'development' }, { ...production, DATABASE_URL: 'postgres://db/samkomp', DEMO_MODE: 'true' }, { ...production, SAMKOMP_EMBEDDED_DATABASE: '1', DEMO_MODE: 'true' }]) {
        const to = newAddress()
        await prisma.$transaction((tx) => enqueueEmail(tx, { kind: 'test.log', to, subject: 'Bare logget – æøå', text: 'Linje 1\nLinje 2' }))
        expect(await deliverOutbox(prisma, createMailTransport(env))).toEqual({ sent: 1, failed: 0 })
        const line = String(info.mock.calls.at(-1)?.[0])
        expect(line).toContain(to)
        expect(line).toContain('Bare logget – æøå')
        expect(line).not.toContain('\n')
      }
      expect(info).toHaveBeenCalledTimes(3)
      expect(smtp.received.length).toBe(before)
    } finally {
      info.mockRestore()
    }
  })

  it('without SMTP_URL in production (not demo): a clear configuration error, and the message stays queued', async () => {
    const env = { NODE_ENV: 'production', DATABASE_URL: 'postgres://db/samkomp', AUTH_SECRET: 'x'.repeat(32) }
    expect(() => createMailTransport(env)).toThrow(EmailConfigError)
    // The embedded database in production is no demo unless DEMO_MODE=true says so.
    expect(() => createMailTransport({ NODE_ENV: 'production', SAMKOMP_EMBEDDED_DATABASE: '1', AUTH_SECRET: 'x'.repeat(32) })).toThrow(EmailConfigError)
    expect(() => createMailTransport(env)).toThrow(/SMTP_URL is not set/)
    expect(() => createMailTransport({ ...env, SMTP_URL: '  ' })).toThrow(EmailConfigError)
    expect(() => createMailTransport({ ...env, SMTP_URL: smtp.url })).not.toThrow()

    const to = newAddress()
    await prisma.$transaction((tx) => enqueueEmail(tx, { kind: 'test.no-config', to, subject: 'Venter', text: 'Venter på SMTP_URL.' }))
    await expect(async () => deliverOutbox(prisma, createMailTransport(env))).rejects.toThrow(EmailConfigError)
    expect(await prisma.emailOutbox.findFirstOrThrow({ where: { to } })).toMatchObject({ sentAt: null, attempts: 0 })
  })
})
