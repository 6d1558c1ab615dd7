import type { TImportResult } from '@/lib/tabular-file'

/** A unit in the register import's preview, with its line in the file. */
export type TUnitLine = { line: number; orgNumber: string; name: string }
export interface TUnitPreview {
  created: TUnitLine[]
  changed: (TUnitLine & { fields: string[] })[]
  deactivated: TUnitLine[]
  unchanged: number
  digest: string
}

export type TUnitImportResult = TImportResult<TUnitPreview, { created: number; updated: number }>
