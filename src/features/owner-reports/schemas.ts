import { z } from 'zod'
import type { TFormRefusal } from '@/lib/form-input'

const ZText = (max: number) => z.string().trim().max(max)

/** The owner's draft: what was done per measure (`done.<measure id>`), participation, signs of progress, a word on unused money. */
export const ZSaveOwnerReport = z.object({
  grantYearId: z.uuid(),
  ownerId: z.uuid(),
  participation: ZText(4000),
  progress: ZText(4000),
  unusedComment: ZText(2000),
  done: z.record(z.uuid(), ZText(2000)),
})

/** Submitting the saved draft: it is then locked. */
export const ZSubmitOwnerReport = z.object({ grantYearId: z.uuid(), ownerId: z.uuid() })

export type TOwnerReportError = 'forbidden' | 'invalid' | 'notFound' | 'closed' | 'notOwner' | 'notMeasure' | 'submitted' | 'noDraft' | 'incomplete'

export type TOwnerReportResult = { ok: true; done: 'saved' | 'submitted'; id: string } | TFormRefusal<TOwnerReportError>

/** The form's fields as the save's input: each measure's text arrives as `done.<measure id>`. */
export function saveOwnerReportInput(formData: FormData) {
  const done: Record<string, string> = {}
  for (const [name, value] of formData) if (name.startsWith('done.') && typeof value === 'string') done[name.slice(5)] = value
  const text = (name: string) => formData.get(name) ?? ''
  return { grantYearId: formData.get('grantYearId'), ownerId: formData.get('ownerId'), participation: text('participation'), progress: text('progress'), unusedComment: text('unusedComment'), done }
}

export const OWNER_REPORTS_PAGE = '/okonomi/[grantYearId]/rapporter'
export const ownerReportsPath = (grantYearId: string) => `/okonomi/${grantYearId}/rapporter`
