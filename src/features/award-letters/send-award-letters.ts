import { requiredShare } from '@/features/funding/summary'
import { grantYearFor } from '@/features/funding/grant-year-scope'
import { lockGrantYear } from '@/features/funding/lock-grant-year'
import { appUrl } from '@/server/email/app-url'
import { enqueueEmail } from '@/server/email/outbox'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { awardLetterEmail } from './letter-email'
import { letterReaders, measuresOfRecipients } from './letter-recipients'
import { AWARD_LETTERS_PAGE, awardLettersPath, ZSendAwardLetters, type TAwardLetterResult } from './schemas'

/**
 * County governor staff send the grant year's award letters (tilsagnsbrev): in one transaction, a
 * letter for every award that has none yet, each saying what it will always say (amount, purpose,
 * the recipient's measures, the co-financing an owner must bring, the reporting deadline, how to
 * report, the contact), its email to each of the recipient's reporting people queued in the outbox,
 * and an audit row per letter. The grant year is locked FOR UPDATE, so two batches at once are
 * taken one after the other and the second finds nothing left to send: each email goes once
 * (and `AwardLetter.awardId` is unique, the database's second wall).
 */
export const sendAwardLetters = defineUseCase(
  { name: 'award-letters.send', permission: 'manage:funding', input: ZSendAwardLetters, audit: 'award_letter.send', revalidate: () => [AWARD_LETTERS_PAGE], sendsEmail: true },
  async ({ tx, actor, input: d, audit }): Promise<TAwardLetterResult> => {
    const found = await grantYearFor(tx, actor, d.grantYearId, 'manage')
    if (!found) return { ok: false, error: 'notFound' }
    if ((await lockGrantYear(tx, found.id, 'update')).status === 'CLOSED') return { ok: false, error: 'closed' }
    const year = await tx.grantYear.findUniqueOrThrow({ where: { id: found.id }, select: { id: true, year: true, coFinancingBp: true, partnershipId: true, partnership: { select: { name: true, owners: { select: { ownerId: true } } } } } })
    const awards = await tx.award.findMany({
      where: { grantYearId: year.id, letter: null },
      orderBy: [{ recipient: { name: 'asc' } }, { createdAt: 'asc' }],
      select: { id: true, recipientId: true, amountOre: true, recipient: { select: { name: true } } },
    })
    if (awards.length === 0) return { ok: false, error: 'nothingToSend' }

    const owners = new Set(year.partnership.owners.map((o) => o.ownerId))
    const measures = await measuresOfRecipients(tx, year.id)
    const readers = await letterReaders(tx, [...new Set(awards.map((a) => a.recipientId))])
    const reportingDeadline = new Date(`${d.reportingDeadline}T00:00:00Z`)
    const letters = await tx.awardLetter.createManyAndReturn({
      data: awards.map((a) => {
        const isOwner = owners.has(a.recipientId)
        return {
          partnershipId: year.partnershipId,
          grantYearId: year.id,
          awardId: a.id,
          recipientId: a.recipientId,
          amountOre: a.amountOre,
          requiredCoFinancingOre: isOwner ? requiredShare(a.amountOre, year.coFinancingBp) : null,
          purpose: d.purpose,
          measures: isOwner ? measures.forOwner(a.recipientId) : measures.forUniversity(a.recipientId),
          reportingDeadline,
          contact: d.contact,
          emailedTo: (readers.get(a.recipientId) ?? []).map((r) => r.email),
          sentById: actor.userId,
        }
      }),
      select: { id: true, awardId: true, recipientId: true, amountOre: true, requiredCoFinancingOre: true, emailedTo: true },
    })
    const url = appUrl(awardLettersPath(year.id))
    for (const letter of letters) {
      const recipient = awards.find((a) => a.id === letter.awardId)!.recipient.name
      for (const reader of readers.get(letter.recipientId) ?? []) {
        const mail = awardLetterEmail({ locale: reader.locale, name: reader.name, recipient, partnership: year.partnership.name, year: year.year, amountOre: letter.amountOre, requiredCoFinancingOre: letter.requiredCoFinancingOre, reportingDeadline, contact: d.contact, url })
        await enqueueEmail(tx, { kind: 'award.letter', to: reader.email, ...mail })
      }
      await audit({ entity: 'AwardLetter', entityId: letter.id, partnershipId: year.partnershipId, data: { grantYearId: year.id, awardId: letter.awardId, recipientId: letter.recipientId, amountOre: letter.amountOre.toString(), emailedTo: letter.emailedTo, reportingDeadline: d.reportingDeadline } })
    }
    const emails = letters.reduce((n, l) => n + l.emailedTo.length, 0)
    return { ok: true, done: 'sent', id: year.id, values: { letters: letters.length, emails } }
  },
)
