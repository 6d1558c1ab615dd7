import { z } from 'zod'
import type { Role } from '@/generated/prisma/client'
import type { TImportResult, TLineError } from '@/lib/tabular-file'

export type { TLineError }

/** The largest file the imports take: a municipality's whole staff is far below it. */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024

// What FieldErrors.importFile names: the limit in whole megabytes (MiB, as file managers count).
const importFileLimit = { megabytes: MAX_IMPORT_BYTES / (1024 * 1024) }

export const ZPreviewImport = z.object({
  file: z
    .instanceof(File, { message: 'file' })
    .refine((f) => f.size > 0, { message: 'importFile', params: importFileLimit })
    .refine((f) => f.size <= MAX_IMPORT_BYTES, { message: 'importFile', params: importFileLimit }),
})

/** The file again (as the preview handed it back) and the digest of the preview the person saw. */
export const ZApplyImport = z.object({
  fileName: z.string().trim().min(1).max(200),
  fileData: z.string().min(1).max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4),
  digest: z.string().regex(/^[0-9a-f]{64}$/, 'reviewAgain'),
})


export interface TStaffRow {
  line: number
  name: string
  email: string
  orgNumber: string
  unitName: string
  role: Role
  status: 'new' | 'changed' | 'unchanged'
  previousRole: Role | null
  /** This school year's classes or groups at the unit, as the file named them, and their ids. */
  classes: string[]
  classIds: string[]
}

export interface TStaffPreview {
  rows: TStaffRow[]
  counts: { new: number; changed: number; unchanged: number }
  digest: string
}

export type TStaffImportResult = TImportResult<TStaffPreview, { created: number; changed: number; unchanged: number }>
