import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type * as Outbox from '@/server/email/outbox'
import { createTestDb } from '~tests/setup/test-db'
import { startSmtpServer } from '~tests/setup/smtp'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { deliverOutbox, enqueueEmail } from '@/server/email/outbox'
import { createMailTransport } from '@/server/email/transport'
import { inviteMembership } from './invite-membership'
import { forgetSettings } from '@/server/settings'

// The real outbox, wrapped so that one test can make queuing the email fail.
vi.mock('@/server/email/outbox', async (importOriginal) => {
  const actual = await importOriginal<typeof Outbox>()
  return { ...actual, enqueueEmail: vi.fn(actual.enqueueEmail) }
})

const { prisma } = await createTestDb({ demo: true })
const smtp = await startSmtpServer()
afterAll(() => smtp.close())

const newEmail = () => `ny.${crypto.randomUUID()}@kommune.no`
const invitations = (to: string) => prisma.emailOutbox.findMany({ where: { to, kind: 'membership.invite' } })

let governor: Actor
let salten: { id: string; name: string }
let sunnmore: { id: string }
let saltenSchool: { orgNumber: string; name: string }

beforeAll(async () => {
  const user = await prisma.user.findUniqueOrThrow({ where: { email: demoPeople.countyGovernorNordland.email } })
  governor = (await loadActor(prisma, user.id))!
  salten = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })
  sunnmore = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'nordre-sunnmore' } })
  saltenSchool = await prisma.unit.findFirstOrThrow({ where: { kind: 'SCHOOL', owner: { partnershipOwners: { some: { partnershipId: salten.id } } } } })
})
// Note: settings() parses process.env once per process; a stubbed variable is read after forgetSettings().
const stubEnv = (name: string, value: string) => {
  vi.stubEnv(name, value)
  forgetSettings()
}

afterEach(() => {
  vi.unstubAllEnvs()
  forgetSettings()
})

describe('the invitation email', () => {
  it('a new person gets one email in bokmål: who invited them, to what role and place, and where to log in', async () => {
    stubEnv('APP_URL', 'https://samkomp.example.no')
    const email = newEmail()
    expect(await inviteMembership(prisma, governor, { email, name: 'Nina Nyrektor', role: 'PRINCIPAL', unitOrgNumber: saltenSchool.orgNumber })).toEqual({ ok: true, done: 'invited' })

    const [message, ...more] = await invitations(email)
    expect(more).toEqual([])
    expect(message).toMatchObject({ sentAt: null, attempts: 0, subject: 'Du er invitert til Samkomp' })
    expect(message!.text).toBe(
      [
        'Hei, Nina Nyrektor!',
        '',
        `Ingrid Statsforvalter har gitt deg rollen «Rektor» for ${saltenSchool.name} i Samkomp.`,
        'Samkomp er plattformen for de regionale ordningene for kompetanseutvikling i barnehage og skole.',
        '',
        `Du får tilgang når du logger inn med Feide eller ID-porten med e-postadressen ${email}:`,
        'https://samkomp.example.no/logg-inn',
        '',
        'Har du spørsmål om invitasjonen, kan du ta kontakt med Ingrid Statsforvalter.',
        '',
        'Denne e-posten er sendt automatisk fra Samkomp, og svar på den blir ikke lest.',
      ].join('\n'),
    )
  })

  it('a person who already has an account is written to in their own language (nynorsk, English)', async () => {
    stubEnv('APP_URL', '')
    stubEnv('AUTH_URL', '')
    const nynorsk = await prisma.user.create({ data: { email: newEmail(), name: 'Sigrid Nynorsk', locale: 'nn' } })
    const english = await prisma.user.create({ data: { email: newEmail(), name: 'Emma English', locale: 'en' } })
    for (const user of [nynorsk, english]) {
      // The form's name is ignored for an existing person: the email uses the name on the account.
      expect(await inviteMembership(prisma, governor, { email: user.email, name: 'Navn fra skjemaet', role: 'FORUM_MEMBER', partnershipId: salten.id })).toMatchObject({ ok: true })
    }

    const [toNynorsk] = await invitations(nynorsk.email!)
    expect(toNynorsk!.subject).toBe('Du er invitert til Samkomp')
    expect(toNynorsk!.text).toContain('Hei, Sigrid Nynorsk!')
    expect(toNynorsk!.text).toContain(`Ingrid Statsforvalter har gitt deg rolla «Medlem av samarbeidsforum» for ${salten.name} i Samkomp.`)
    expect(toNynorsk!.text).toContain('http://localhost:3000/logg-inn')

    const [toEnglish] = await invitations(english.email!)
    expect(toEnglish!.subject).toBe('You have been invited to Samkomp')
    expect(toEnglish!.text).toContain('Hello Emma English,')
    expect(toEnglish!.text).toContain(`Ingrid Statsforvalter has given you the role “Collaboration forum member” for ${salten.name} in Samkomp.`)
  })

  it('the login link follows AUTH_URL when APP_URL is unset', async () => {
    stubEnv('APP_URL', '')
    stubEnv('AUTH_URL', 'https://samkomp.statsforvalteren.no/api/auth')
    const email = newEmail()
    await inviteMembership(prisma, governor, { email, name: 'Per Lenke', role: 'FORUM_MEMBER', partnershipId: salten.id })
    expect((await invitations(email))[0]!.text).toContain('\nhttps://samkomp.statsforvalteren.no/logg-inn\n')
  })

  it('a refused invitation queues no email', async () => {
    const email = newEmail()
    await inviteMembership(prisma, governor, { email, name: 'Frida Forum', role: 'FORUM_MEMBER', partnershipId: salten.id })
    expect(await inviteMembership(prisma, governor, { email, name: 'Frida Forum', role: 'FORUM_MEMBER', partnershipId: salten.id })).toEqual({ ok: false, error: 'duplicate' })
    expect(await invitations(email)).toHaveLength(1)

    const before = await prisma.emailOutbox.count()
    expect(await inviteMembership(prisma, governor, { email: newEmail(), name: 'Ola Utenfor', role: 'FORUM_MEMBER', partnershipId: sunnmore.id })).toMatchObject({ ok: false, error: 'targetNotFound' })
    expect(await inviteMembership(prisma, governor, { email: newEmail(), name: 'Per Makt', role: 'PLATFORM_ADMIN' })).toMatchObject({ ok: false, error: 'roleNotGrantable' })
    expect(await inviteMembership(prisma, governor, { email: 'ikke-en-adresse', name: 'X', role: 'PRINCIPAL' })).toMatchObject({ ok: false, error: 'invalid' })
    expect(await prisma.emailOutbox.count()).toBe(before)
  })

  it('is queued in the invitation\'s own transaction: when queuing fails, no membership, person or audit row is left', async () => {
    const email = newEmail()
    const counts = async () => [await prisma.user.count(), await prisma.membership.count(), await prisma.auditLog.count(), await prisma.emailOutbox.count()]
    const before = await counts()
    vi.mocked(enqueueEmail).mockRejectedValueOnce(new Error('the outbox is unavailable'))
    await expect(inviteMembership(prisma, governor, { email, name: 'Ulla Uheldig', role: 'FORUM_MEMBER', partnershipId: salten.id })).rejects.toThrow('the outbox is unavailable')
    expect(await counts()).toEqual(before)
    expect(await prisma.user.count({ where: { email } })).toBe(0)
  })

  it('delivering the outbox brings the invitation to the SMTP server as written', async () => {
    const email = newEmail()
    await inviteMembership(prisma, governor, { email, name: 'Åse Ærligsøn', role: 'PRINCIPAL', unitOrgNumber: saltenSchool.orgNumber })
    const [queued] = await invitations(email)

    const result = await deliverOutbox(prisma, createMailTransport({ SMTP_URL: smtp.url }))
    expect(result.failed).toBe(0)
    expect(result.sent).toBeGreaterThanOrEqual(1)

    const arrived = smtp.received.filter((m) => m.envelope.to.includes(email))
    expect(arrived).toHaveLength(1)
    expect(arrived[0]!.parsed.subject).toBe('Du er invitert til Samkomp')
    expect(arrived[0]!.parsed.text?.trimEnd()).toBe(queued!.text)
    expect(arrived[0]!.parsed.text).toContain('Hei, Åse Ærligsøn!')
    expect((await prisma.emailOutbox.findUniqueOrThrow({ where: { id: queued!.id } })).sentAt).toBeInstanceOf(Date)
  })
})
