import { beforeAll, describe, expect, it } from 'vitest'
import { createTranslator } from 'next-intl'
import { createTestDb } from '~tests/setup/test-db'
import { demoPeople } from '~prisma/seed/demo'
import nb from '../../../messages/nb.json'
import { loadActor, type Actor } from '@/server/authz/actor'
import { createAward } from '@/features/funding/create-award'
import { openGrantYear } from '@/features/funding/open-grant-year'
import { acceptAwardLetter } from './accept-award-letter'
import { getAwardLetterDocument, getAwardLetters } from './get-award-letters'
import { renderAwardLetterPdf } from './letter-pdf'
import { letterPdfLabels } from './letter-response'
import { sendAwardLetters } from './send-award-letters'

const { prisma } = await createTestDb({ demo: true })
const actorFor = async (email: string): Promise<Actor> => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!

let governor: Actor
let owner: Actor
let uh: Actor
let secretariat: Actor
let salten: { id: string }
let bodo: { id: string }
let fauske: { id: string }
let nord: { id: string }
let nextYear = 2070
const send = { reportingDeadline: '2071-03-01', purpose: 'Kompetanseutvikling i skolen etter ordningen', contact: 'Ingrid Statsforvalter, ingrid@sf.no' }

beforeAll(async () => {
  governor = await actorFor(demoPeople.countyGovernorNordland.email)
  owner = await actorFor(demoPeople.schoolOwnerBodo.email)
  uh = await actorFor(demoPeople.universityPartner.email)
  secretariat = await actorFor(demoPeople.secretariatSalten.email)
  salten = await prisma.partnership.findUniqueOrThrow({ where: { slug: 'salten-kan' } })
  bodo = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', municipality: { number: '1804' } } })
  fauske = await prisma.organisation.findFirstOrThrow({ where: { kind: 'MUNICIPALITY', municipality: { number: '1841' } } })
  nord = await prisma.organisation.findFirstOrThrow({ where: { kind: 'UNIVERSITY', shortName: 'Nord' } })
})

/** A new Salten year with awards to Bodø (100 000 kr), Fauske (50 000 kr) and Nord (80 000 kr), and a measure at a Bodø school. */
async function yearWithAwards() {
  const opened = await openGrantYear(prisma, governor, { partnershipId: salten.id, year: String(nextYear++), stateAmount: '1 000 000' })
  if (!opened.ok) throw new Error(opened.error)
  for (const [recipientId, amount] of [[bodo.id, '100 000'], [fauske.id, '50 000'], [nord.id, '80 000']] as const) {
    const awarded = await createAward(prisma, governor, { grantYearId: opened.id, recipientId, amount, idempotencyKey: crypto.randomUUID() })
    if (!awarded.ok) throw new Error(awarded.error)
  }
  const unit = await prisma.unit.findFirstOrThrow({ where: { ownerId: bodo.id } })
  await prisma.measure.create({ data: { partnershipId: salten.id, grantYearId: opened.id!, universityId: nord.id, title: `Lesing i alle fag ${opened.id}`, level: 'UNIT', units: { create: { partnershipId: salten.id, unitId: unit.id } } } })
  return opened.id!
}

const outbox = (kind = 'award.letter') => prisma.emailOutbox.findMany({ where: { kind }, orderBy: { createdAt: 'asc' } })

describe('sending award letters', () => {
  it('writes one letter per award as it will be read, queues one email per reporting person and audits each letter, in one go', async () => {
    const id = await yearWithAwards()
    const before = (await outbox()).length
    const audits = await prisma.auditLog.count({ where: { action: 'award_letter.send' } })
    expect(await sendAwardLetters(prisma, governor, { grantYearId: id, ...send })).toMatchObject({ ok: true, done: 'sent', values: { letters: 3, emails: 3 } })

    const letters = await prisma.awardLetter.findMany({ where: { grantYearId: id }, include: { recipient: { select: { name: true } } } })
    const of = (orgId: string) => letters.find((l) => l.recipientId === orgId)!
    expect(of(bodo.id)).toMatchObject({ amountOre: 10_000_000n, requiredCoFinancingOre: 3_000_000n, emailedTo: [demoPeople.schoolOwnerBodo.email], contact: send.contact })
    expect(of(bodo.id).measures).toEqual([expect.stringMatching(/^Lesing i alle fag/)])
    // A UH partner has no co-financing duty; its measures are those it serves.
    expect(of(nord.id)).toMatchObject({ requiredCoFinancingOre: null })
    expect(of(nord.id).emailedTo).toContain(demoPeople.universityPartner.email)
    expect(of(nord.id).measures).toHaveLength(1)
    // Nobody reports for Fauske in the demo: the letter is there, with no address.
    expect(of(fauske.id)).toMatchObject({ emailedTo: [], measures: [] })

    const mails = (await outbox()).slice(before)
    expect(mails.map((m) => m.to).sort()).toEqual([...of(bodo.id).emailedTo, ...of(nord.id).emailedTo].sort())
    const toBodo = mails.find((m) => m.to === demoPeople.schoolOwnerBodo.email)!
    expect(toBodo.subject).toBe(`Tilsagnsbrev ${nextYear - 1}: Bodø kommune`)
    const plain = toBodo.text.replace(/[\u00a0\u202f]/g, ' ')
    expect(plain).toContain('100 000,00 kr')
    expect(plain).toContain('Kravet til egenandel er 30 000,00 kr.')
    expect(toBodo.text).toContain(`/okonomi/${id}/tilsagnsbrev`)
    expect(await prisma.auditLog.count({ where: { action: 'award_letter.send' } })).toBe(audits + 3)
  })

  it('sends each letter once: a second sending finds nothing left and queues nothing; a later award gets its own', async () => {
    const id = await yearWithAwards()
    await sendAwardLetters(prisma, governor, { grantYearId: id, ...send })
    const before = (await outbox()).length
    expect(await sendAwardLetters(prisma, governor, { grantYearId: id, ...send })).toMatchObject({ ok: false, error: 'nothingToSend' })
    expect((await outbox()).length).toBe(before)
    await createAward(prisma, governor, { grantYearId: id, recipientId: bodo.id, amount: '1 000', idempotencyKey: crypto.randomUUID() })
    expect(await sendAwardLetters(prisma, governor, { grantYearId: id, ...send })).toMatchObject({ ok: true, values: { letters: 1, emails: 1 } })
  })

  it('is refused to anyone but the county governor, and for bad input, with nothing written', async () => {
    const id = await yearWithAwards()
    for (const who of [owner, uh, secretariat]) expect(await sendAwardLetters(prisma, who, { grantYearId: id, ...send })).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await sendAwardLetters(prisma, governor, { grantYearId: id, ...send, reportingDeadline: '2071-02-30' })).toMatchObject({ ok: false, error: 'invalid', fields: ['reportingDeadline'] })
    expect(await sendAwardLetters(prisma, governor, { grantYearId: id, ...send, contact: '' })).toMatchObject({ ok: false, error: 'invalid', fields: ['contact'] })
    expect(await prisma.awardLetter.count({ where: { grantYearId: id } })).toBe(0)
  })
})

describe('accepting an award letter', () => {
  it('the recipient accepts once, audited; others cannot; the database keeps the letter as sent', async () => {
    const id = await yearWithAwards()
    await sendAwardLetters(prisma, governor, { grantYearId: id, ...send })
    const mine = await prisma.awardLetter.findFirstOrThrow({ where: { grantYearId: id, recipientId: bodo.id } })
    const fauskes = await prisma.awardLetter.findFirstOrThrow({ where: { grantYearId: id, recipientId: fauske.id } })

    expect(await acceptAwardLetter(prisma, owner, { letterId: fauskes.id })).toMatchObject({ ok: false, error: 'notFound' })
    expect(await acceptAwardLetter(prisma, governor, { letterId: mine.id })).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await acceptAwardLetter(prisma, owner, { letterId: mine.id })).toMatchObject({ ok: true, done: 'accepted' })
    expect(await acceptAwardLetter(prisma, owner, { letterId: mine.id })).toMatchObject({ ok: false, error: 'alreadyAccepted' })
    expect(await prisma.awardLetter.findUniqueOrThrow({ where: { id: mine.id } })).toMatchObject({ acceptedById: owner.userId, acceptedByName: demoPeople.schoolOwnerBodo.name })
    expect(await prisma.auditLog.count({ where: { action: 'award_letter.accept', entityId: mine.id } })).toBe(1)

    await expect(prisma.awardLetter.update({ where: { id: mine.id }, data: { amountOre: 1n } })).rejects.toThrow(/kept as sent/)
    await expect(prisma.awardLetter.update({ where: { id: mine.id }, data: { acceptedAt: new Date() } })).rejects.toThrow(/accepted once/)

    const page = (await getAwardLetters(prisma, owner, id))!
    expect(page.canSend).toBe(false)
    expect(page.letters.find((l) => l.id === mine.id)).toMatchObject({ canAccept: true, acceptedByName: demoPeople.schoolOwnerBodo.name })
    expect(page.letters.find((l) => l.id === fauskes.id)).toMatchObject({ canAccept: false, acceptedAt: null })
    expect((await getAwardLetters(prisma, governor, id))!).toMatchObject({ canSend: true, unsent: [] })
  })
})

describe('the letter as PDF', () => {
  it('says amount, purpose, measures, co-financing, deadline, how to report and contact', async () => {
    const id = await yearWithAwards()
    await sendAwardLetters(prisma, governor, { grantYearId: id, ...send })
    const letter = await prisma.awardLetter.findFirstOrThrow({ where: { grantYearId: id, recipientId: bodo.id } })
    const document = (await getAwardLetterDocument(prisma, owner, id, letter.id))!
    const t = createTranslator({ locale: 'nb', messages: nb, namespace: 'AwardLetters' }) as unknown as (key: string, values?: Record<string, string | number>) => string
    const labels = letterPdfLabels(document, t, 'nb')
    // The number format's spaces are no-break ones; compared as plain spaces.
    const text = labels.parts.flatMap((p) => [p.heading, ...p.lines]).join('\n').replace(/[\u00a0\u202f]/g, ' ')
    expect(text).toContain(`Statsforvalteren gir tilsagn om 100 000,00 kr i tilskudd for ${document.year}.`)
    expect(text).toContain(send.purpose)
    expect(text).toMatch(/• Lesing i alle fag/)
    expect(text).toContain('minst 30 000,00 kr (30 % av tilskuddet)')
    expect(text).toContain('Rapporten for året skal være levert innen 1. mars 2071.')
    expect(text).toContain('Skoleeiernes rapporter')
    expect(text).toContain(send.contact)
    const pdf = await renderAwardLetterPdf(document, labels, 'nb')
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    // Another partnership's county governor reads nothing.
    expect(await getAwardLetterDocument(prisma, await actorFor(demoPeople.secretariatSunnmore.email), id, letter.id)).toBeNull()
  })
})
