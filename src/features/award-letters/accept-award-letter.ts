import { fundingReportScope } from '@/server/authz/scopes'
import { lockRow } from '@/server/db/lock-row'
import { defineUseCase } from '@/server/usecase/define-use-case'
import { AWARD_LETTERS_PAGE, ZAcceptAwardLetter, type TAwardLetterResult } from './schemas'

/**
 * The recipient (a school owner's or UH partner's reporting people) accepts its award letter:
 * once, with who and when, in one transaction with its audit row. The letter row is locked first,
 * so two acceptances at once leave one; the database refuses a second anyway (AwardLetter_as_sent).
 */
export const acceptAwardLetter = defineUseCase(
  { name: 'award-letters.accept', permission: 'report:funding', input: ZAcceptAwardLetter, audit: 'award_letter.accept', revalidate: () => [AWARD_LETTERS_PAGE] },
  async ({ tx, actor, input: d, audit }): Promise<TAwardLetterResult> => {
    // Note: only a letter to an organisation the actor reports for; any other is not found.
    const letter = await tx.awardLetter.findFirst({ where: { id: d.letterId, recipient: fundingReportScope(actor) }, select: { id: true, grantYearId: true, partnershipId: true, recipientId: true } })
    if (!letter) return { ok: false, error: 'notFound' }
    const now = await lockRow<{ acceptedAt: Date | null }>(tx, 'AwardLetter', letter.id, { columns: ['acceptedAt'] })
    if (now?.acceptedAt) return { ok: false, error: 'alreadyAccepted' }
    const person = await tx.user.findUnique({ where: { id: actor.userId }, select: { name: true } })
    const acceptedAt = new Date()
    await tx.awardLetter.update({ where: { id: letter.id }, data: { acceptedAt, acceptedById: actor.userId, acceptedByName: person?.name ?? null } })
    await audit({ entity: 'AwardLetter', entityId: letter.id, partnershipId: letter.partnershipId, data: { grantYearId: letter.grantYearId, recipientId: letter.recipientId, acceptedAt: acceptedAt.toISOString() } })
    return { ok: true, done: 'accepted', id: letter.grantYearId }
  },
)
