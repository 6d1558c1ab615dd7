import type { TLineError } from '@/lib/tabular-file'

/** A unit in the register import's preview, with its line in the file. */
export type TUnitLine = { line: number; orgNumber: string; name: string }
export interface TUnitPreview {
  created: TUnitLine[]
  changed: (TUnitLine & { fields: string[] })[]
  deactivated: TUnitLine[]
  unchanged: number
  digest: string
}

export type TUnitImportResult =
  | { ok: true; done: 'previewed'; preview: TUnitPreview; file: { name: string; data: string } }
  | { ok: true; done: 'applied'; values: { created: number; updated: number } }
  | { ok: false; error: 'fileErrors'; lineErrors: TLineError[]; fields?: string[]; input?: Record<string, string> }
  | { ok: false; error: 'invalid' | 'forbidden' | 'changedSinceReview'; fields?: string[]; input?: Record<string, string> }
