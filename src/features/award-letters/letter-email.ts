import { formatKroner } from '@/lib/money'
import { plainTextEmail } from '@/server/email/plain-text'
import { emailTranslator } from '@/server/email/translator'

export interface TLetterEmailInput {
  locale: string | null | undefined
  name: string
  recipient: string
  partnership: string
  year: number
  amountOre: bigint
  requiredCoFinancingOre: bigint | null
  reportingDeadline: Date
  contact: string
  /** The letters' page, where the PDF is and the letter is accepted. */
  url: string
}

/** The award letter's email, in the reader's language: the main facts, and where to read and accept the letter. */
export function awardLetterEmail(input: TLetterEmailInput) {
  const t = emailTranslator(input.locale)
  const numbers = input.locale === 'en' ? 'en-GB' : 'nb-NO'
  const deadline = new Intl.DateTimeFormat(numbers, { dateStyle: 'long', timeZone: 'UTC' }).format(input.reportingDeadline)
  const text = plainTextEmail(
    t,
    t('Email.awardLetter.greeting', { name: input.name }),
    [
      t('Email.awardLetter.awarded', { recipient: input.recipient, partnership: input.partnership, year: input.year, amount: formatKroner(input.amountOre, numbers) }),
      input.requiredCoFinancingOre !== null && t('Email.awardLetter.coFinancing', { amount: formatKroner(input.requiredCoFinancingOre, numbers) }),
      t('Email.awardLetter.deadline', { deadline }),
      t('Email.awardLetter.contact', { contact: input.contact }),
    ],
    [t('Email.awardLetter.open'), input.url],
  )
  return { subject: t('Email.awardLetter.subject', { year: input.year, recipient: input.recipient }), text }
}
