import 'server-only'
import { getLocale, getTranslations } from 'next-intl/server'
import type { Actor } from '@/server/authz/actor'
import type { Db } from '@/server/db/client'
import { CONTENT_TYPES, downloadResponse, fileSlug } from '@/server/http/download'
import { formatKroner } from '@/lib/money'
import { formatOslo } from '@/lib/oslo-time'
import { getAwardLetterDocument, type TAwardLetterDocument } from './get-award-letters'
import { renderAwardLetterPdf, type TLetterPdfLabels } from './letter-pdf'

type TTranslate = (key: string, values?: Record<string, string | number>) => string

/** The letter's texts: facts and parts with the values formatted in the reader's locale. */
export function letterPdfLabels(letter: TAwardLetterDocument, t: TTranslate, locale: string): TLetterPdfLabels {
  const numbers = locale === 'en' ? 'en-GB' : 'nb-NO'
  const day = (d: Date) => new Intl.DateTimeFormat(numbers, { dateStyle: 'long', timeZone: 'UTC' }).format(d)
  const kr = (ore: bigint) => formatKroner(ore, numbers)
  return {
    title: t('pdf.title', { recipient: letter.recipientName, year: letter.year }),
    facts: [
      [t('pdf.recipient'), letter.recipientName],
      [t('pdf.partnership'), `${letter.partnershipName} (${letter.countyName})`],
      [t('pdf.year'), String(letter.year)],
      ...(letter.vedtakReference ? [[t('pdf.vedtak'), letter.vedtakReference] as [string, string]] : []),
      [t('pdf.sentAt'), formatOslo(letter.sentAt, locale, { dateStyle: 'long' })],
    ],
    parts: [
      { heading: t('pdf.grantHeading'), lines: [t('pdf.grant', { amount: kr(letter.amountOre), year: letter.year })] },
      { heading: t('pdf.purposeHeading'), lines: [letter.purpose] },
      { heading: t('pdf.measuresHeading'), lines: letter.measures.length ? letter.measures.map((m) => `• ${m}`) : [t('pdf.noMeasures')] },
      {
        heading: t('pdf.coFinancingHeading'),
        lines: [letter.requiredCoFinancingOre === null ? t('pdf.noCoFinancing') : t('pdf.coFinancing', { amount: kr(letter.requiredCoFinancingOre), percent: letter.coFinancingBp / 100 })],
      },
      { heading: t('pdf.reportingHeading'), lines: [t('pdf.reportingDeadline', { deadline: day(letter.reportingDeadline) }), t('pdf.howToReport')] },
      { heading: t('pdf.contactHeading'), lines: [letter.contact] },
      {
        heading: t('pdf.acceptanceHeading'),
        lines: [letter.acceptedAt ? t('pdf.accepted', { name: letter.acceptedByName ?? '', when: formatOslo(letter.acceptedAt, locale, { dateStyle: 'long', timeStyle: 'short' }) }) : t('pdf.notAccepted')],
      },
    ],
    pageOf: (page, pages) => t('pdf.pageOf', { page, pages }),
  }
}

/** The award letter as a PDF, for the route under /okonomi/[grantYearId]/tilsagnsbrev (defineRoute checks login and read:funding). */
export async function awardLetterFile(db: Db, actor: Actor, grantYearId: string, letterId: string): Promise<Response | null> {
  const letter = await getAwardLetterDocument(db, actor, grantYearId, letterId)
  if (!letter) return null
  const locale = await getLocale()
  const t = (await getTranslations({ locale, namespace: 'AwardLetters' })) as unknown as TTranslate
  const labels = letterPdfLabels(letter, t, locale)
  const body = await renderAwardLetterPdf(letter, labels, locale)
  return downloadResponse(body, CONTENT_TYPES.pdf, `${fileSlug(`${t('pdf.fileName')} ${letter.recipientName} ${letter.year}`)}.pdf`)
}
