import 'server-only'
import type { GrantYearStatus } from '@/generated/prisma/enums'
import type { Actor } from '@/server/authz/actor'
import { fundingManageScope, fundingReadScope, fundingReportScope } from '@/server/authz/scopes'
import { readByIds } from '@/server/authz/tenants'
import type { Db } from '@/server/db/client'

export interface TLetterRow {
  id: string
  recipientName: string
  amountOre: bigint
  reportingDeadline: Date
  sentAt: Date
  emailedTo: number
  acceptedAt: Date | null
  acceptedByName: string | null
  /** The actor reports for the recipient, and so may accept the letter. */
  canAccept: boolean
}

export interface TAwardLettersPage {
  grantYearId: string
  year: number
  status: GrantYearStatus
  partnershipName: string
  /** County governor staff of the year's partnership: they send the letters. */
  canSend: boolean
  /** Awards without a letter yet (what the next sending would send). */
  unsent: { recipientName: string; amountOre: bigint }[]
  letters: TLetterRow[]
  /** The contact the form starts from: the sender's name and address. */
  defaultContact: string
}

/**
 * A grant year's award letters, for everyone who reads the year (as its awards are): the letters
 * sent, who accepted each, and, for county governor staff, the awards still without one. Five
 * queries in one transaction.
 */
export async function getAwardLetters(db: Db, actor: Actor, grantYearId: string): Promise<TAwardLettersPage | null> {
  return readByIds(db, actor, 'read:funding', [grantYearId], async (tx) => {
    const year = await tx.grantYear.findFirst({ where: { id: grantYearId, partnership: fundingReadScope(actor) }, select: { id: true, year: true, status: true, partnershipId: true, partnership: { select: { name: true } } } })
    if (!year) return null
    const [manageable, letters, unsent, mine, me] = await Promise.all([
      tx.partnership.count({ where: { AND: [{ id: year.partnershipId }, fundingManageScope(actor)] } }),
      tx.awardLetter.findMany({
        where: { grantYearId: year.id },
        orderBy: [{ recipient: { name: 'asc' } }, { sentAt: 'asc' }],
        select: { id: true, recipientId: true, amountOre: true, reportingDeadline: true, sentAt: true, emailedTo: true, acceptedAt: true, acceptedByName: true, recipient: { select: { name: true } } },
      }),
      tx.award.findMany({ where: { grantYearId: year.id, letter: null }, orderBy: { recipient: { name: 'asc' } }, select: { amountOre: true, recipient: { select: { name: true } } } }),
      tx.organisation.findMany({ where: { AND: [{ awardLetters: { some: { grantYearId: year.id } } }, fundingReportScope(actor)] }, select: { id: true } }),
      tx.user.findUnique({ where: { id: actor.userId }, select: { email: true } }),
    ])
    const own = new Set(mine.map((o) => o.id))
    const canSend = manageable > 0
    return {
      grantYearId: year.id,
      year: year.year,
      status: year.status,
      partnershipName: year.partnership.name,
      canSend,
      unsent: canSend ? unsent.map((a) => ({ recipientName: a.recipient.name, amountOre: a.amountOre })) : [],
      letters: letters.map((l) => ({
        id: l.id,
        recipientName: l.recipient.name,
        amountOre: l.amountOre,
        reportingDeadline: l.reportingDeadline,
        sentAt: l.sentAt,
        emailedTo: l.emailedTo.length,
        acceptedAt: l.acceptedAt,
        acceptedByName: l.acceptedByName,
        canAccept: own.has(l.recipientId),
      })),
      defaultContact: canSend ? [actor.name, me?.email].filter(Boolean).join(', ') : '',
    }
  })
}

export interface TAwardLetterDocument {
  recipientName: string
  partnershipName: string
  countyName: string
  year: number
  amountOre: bigint
  requiredCoFinancingOre: bigint | null
  coFinancingBp: number
  purpose: string
  measures: string[]
  reportingDeadline: Date
  contact: string
  sentAt: Date
  acceptedAt: Date | null
  acceptedByName: string | null
  vedtakReference: string | null
}

/** One letter as it was sent, for its PDF: for those who read the grant year; null otherwise. */
export async function getAwardLetterDocument(db: Db, actor: Actor, grantYearId: string, letterId: string): Promise<TAwardLetterDocument | null> {
  return readByIds(db, actor, 'read:funding', [grantYearId, letterId], async (tx) => {
    const l = await tx.awardLetter.findFirst({
      where: { id: letterId, grantYearId, grantYear: { partnership: fundingReadScope(actor) } },
      select: {
        amountOre: true, requiredCoFinancingOre: true, purpose: true, measures: true, reportingDeadline: true, contact: true, sentAt: true, acceptedAt: true, acceptedByName: true,
        recipient: { select: { name: true } },
        award: { select: { recommendation: { select: { vedtakReference: true } } } },
        grantYear: { select: { year: true, coFinancingBp: true, partnership: { select: { name: true, county: { select: { name: true } } } } } },
      },
    })
    if (!l) return null
    return {
      recipientName: l.recipient.name,
      partnershipName: l.grantYear.partnership.name,
      countyName: l.grantYear.partnership.county.name,
      year: l.grantYear.year,
      amountOre: l.amountOre,
      requiredCoFinancingOre: l.requiredCoFinancingOre,
      coFinancingBp: l.grantYear.coFinancingBp,
      purpose: l.purpose,
      measures: l.measures,
      reportingDeadline: l.reportingDeadline,
      contact: l.contact,
      sentAt: l.sentAt,
      acceptedAt: l.acceptedAt,
      acceptedByName: l.acceptedByName,
      vedtakReference: l.award.recommendation?.vedtakReference ?? null,
    }
  })
}
