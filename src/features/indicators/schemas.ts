import { z } from 'zod'
import type { TFormRefusal } from '@/lib/form-input'
import type { TLineError } from '@/lib/tabular-file'
import { MAX_IMPORT_BYTES } from '@/features/staff-import/schemas'

const limit = { megabytes: MAX_IMPORT_BYTES / (1024 * 1024) }

/** An uploaded indicator file: SSB json-stat2 (.json) or a Udir export (.csv or .json). */
export const ZIndicatorUpload = z.object({
  file: z
    .instanceof(File, { message: 'file' })
    .refine((f) => f.size > 0, { message: 'importFile', params: limit })
    .refine((f) => f.size <= MAX_IMPORT_BYTES, { message: 'importFile', params: limit }),
})

export type TIndicatorImportResult =
  | { ok: true; done: 'imported'; values: { cells: number; values: number; suppressed: number; missing: number; indicators: number; years: number } }
  | (TFormRefusal & { lineErrors?: TLineError[] })
