import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { getEmailQueue } from './queries'
import { retryEmail } from './retry-email'

const { prisma } = await createTestDb({ demo: true })
const actorFor = async (email: string): Promise<Actor> => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!

describe('the email queue for platform administrators', () => {
  it('lists unsent email with what waits and what was given up, and sends a given-up one again with an audit row', async () => {
    const admin = await actorFor(demoPeople.platformAdmin.email)
    const base = { kind: 'test', to: 'mottaker@kommune.no', text: 'Hei' }
    const [waiting, givenUp, sent] = await Promise.all([
      prisma.emailOutbox.create({ data: { ...base, subject: 'Venter', attempts: 2, lastError: '421 prøv senere', sendAfter: new Date(Date.now() + 60_000) } }),
      prisma.emailOutbox.create({ data: { ...base, subject: 'Gitt opp', attempts: 8, lastError: '550 ukjent mottaker' } }),
      prisma.emailOutbox.create({ data: { ...base, subject: 'Sendt', attempts: 1, sentAt: new Date() } }),
    ])
    const queue = await getEmailQueue(prisma, admin)
    expect(queue.emails.map((e) => [e.subject, e.givenUp])).toEqual(expect.arrayContaining([['Venter', false], ['Gitt opp', true]]))
    expect(queue.emails.some((e) => e.id === sent.id)).toBe(false)
    expect(queue.givenUp).toBeGreaterThanOrEqual(1)
    expect(queue.pending).toBeGreaterThanOrEqual(1)

    expect(await retryEmail(prisma, admin, { emailId: givenUp.id })).toEqual({ ok: true, done: 'retried', id: givenUp.id })
    const retried = await prisma.emailOutbox.findUniqueOrThrow({ where: { id: givenUp.id } })
    expect(retried.attempts).toBe(0)
    expect(retried.sendAfter.getTime()).toBeLessThanOrEqual(Date.now())
    expect(await prisma.auditLog.count({ where: { action: 'email.retry', entityId: givenUp.id } })).toBe(1)

    // Sent email is never sent again; a bad id changes nothing.
    expect(await retryEmail(prisma, admin, { emailId: sent.id })).toEqual({ ok: false, error: 'notFound' })
    expect(await retryEmail(prisma, admin, { emailId: 'not-an-id' })).toMatchObject({ ok: false, error: 'invalid' })
    expect((await prisma.emailOutbox.findUniqueOrThrow({ where: { id: waiting.id } })).attempts).toBe(2)
  })

  it('is closed to everyone else, county governor staff included', async () => {
    const email = await prisma.emailOutbox.create({ data: { kind: 'test', to: 'a@kommune.no', subject: 'X', text: 'X', attempts: 8 } })
    for (const person of [demoPeople.countyGovernorNordland, demoPeople.secretariatSalten, demoPeople.schoolOwnerBodo]) {
      const actor = await actorFor(person.email)
      await expect(getEmailQueue(prisma, actor)).rejects.toThrow(/Forbidden/)
      expect(await retryEmail(prisma, actor, { emailId: email.id })).toEqual({ ok: false, error: 'forbidden' })
    }
    expect((await prisma.emailOutbox.findUniqueOrThrow({ where: { id: email.id } })).attempts).toBe(8)
  })
})
