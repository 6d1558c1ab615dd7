import { parse } from 'csv-parse/sync'
import ExcelJS, { type CellValue } from 'exceljs'

/** A line-numbered problem in an uploaded file; the page words it (`<namespace>.lines.<code>`). */
export interface TLineError {
  line: number
  code: string
  values?: Record<string, string>
}

/** What an import's preview and apply actions answer (the staff and the unit register imports). */
export type TImportResult<P extends { digest: string }, V extends Record<string, number>> =
  | { ok: true; done: 'previewed'; preview: P; file: { name: string; data: string } }
  | { ok: true; done: 'applied'; values: V }
  | { ok: false; error: 'fileErrors'; lineErrors: TLineError[]; fields?: string[]; input?: Record<string, string> }
  | { ok: false; error: 'invalid' | 'forbidden' | 'changedSinceReview'; fields?: string[]; input?: Record<string, string>; fieldErrors?: Record<string, string> }

/** One record of an uploaded table, with its line (CSV) or row number (spreadsheet), the header being 1. */
export interface TTableRow {
  line: number
  cells: string[]
}

export type TTableResult = { ok: true; header: string[]; rows: TTableRow[] } | { ok: false; line: number; code: 'malformed' | 'empty' | 'fileType' }

/** `;` when the first line has more of them than commas (Norwegian Excel's CSV), else `,`. */
export function detectDelimiter(csv: string): string {
  const firstLine = csv.split(/\r?\n/, 1)[0] ?? ''
  return (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ','
}

/** A CSV file's records (csv-parse), each with its line in the file; where it broke, if it did. */
export function readCsv(csv: string, options: { strict?: boolean } = {}): TTableResult {
  let records: { record: string[]; info: { lines: number } }[]
  try {
    const text = csv.replace(/^\uFEFF/, '')
    // info: each record with the line it ends on, so blank lines skipped still count. strict: a
    // record with another number of fields than the header is malformed (the unit register's rule).
    records = parse(text, { delimiter: detectDelimiter(text), skip_empty_lines: true, relax_column_count: !options.strict, info: true }) as unknown as typeof records
  } catch (error) {
    return { ok: false, line: (error as { lines?: number }).lines ?? 1, code: 'malformed' }
  }
  const [header, ...body] = records
  if (!header || body.length === 0) return { ok: false, line: 1, code: 'empty' }
  return { ok: true, header: header.record, rows: body.map((r) => ({ line: r.info.lines, cells: r.record })) }
}

/** A cell as text: numbers as written, hyperlinks and rich text by their text, formulas by their result. */
function cellText(value: CellValue): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  if ('richText' in value) return value.richText.map((r) => r.text).join('')
  if ('text' in value) return String(value.text)
  if ('result' in value) return cellText(value.result)
  return ''
}

/** The first worksheet of an .xlsx file (exceljs), each row with its row number. */
export async function readXlsx(bytes: ArrayBuffer): Promise<TTableResult> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes)
  } catch {
    return { ok: false, line: 1, code: 'malformed' }
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) return { ok: false, line: 1, code: 'empty' }
  const rows: TTableRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as CellValue[]
    // exceljs rows are 1-based: values[0] is always empty.
    const cells = values.slice(1).map(cellText)
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: number, cells })
  })
  const [header, ...body] = rows
  if (!header || body.length === 0) return { ok: false, line: 1, code: 'empty' }
  return { ok: true, header: header.cells, rows: body }
}

/** An uploaded table, CSV or .xlsx by its name (a spreadsheet also by its zip signature). */
export async function readTable(file: { name: string; bytes: ArrayBuffer }): Promise<TTableResult> {
  const head = new Uint8Array(file.bytes.slice(0, 2))
  const isZip = head[0] === 0x50 && head[1] === 0x4b
  if (/\.xlsx$/i.test(file.name) || isZip) return readXlsx(file.bytes)
  if (/\.(csv|txt)$/i.test(file.name) || !/\.[a-z0-9]+$/i.test(file.name)) return readCsv(new TextDecoder('utf-8').decode(file.bytes))
  return { ok: false, line: 1, code: 'fileType' }
}

/** Header names compared as the registers write them: case, spaces, dashes and underscores ignored. */
export const headerKey = (h: string) => h.trim().toLowerCase().replace(/[\s_-]/g, '')

/**
 * The parsing step both imports share: each record's cells named by their column, checked against
 * `schema` on its own (one error per issue, worded by `code`), and a second record with the same
 * `key` refused with the line of the first (the error shows `shown`, by default the key). Rows that fail stay out; the caller refuses the file
 * when there are errors.
 */
export function parseRecords<R, C extends string>(
  body: TTableRow[],
  columns: (string | undefined)[],
  schema: { safeParse: (raw: Record<string, string>) => { success: true; data: R } | { success: false; error: { issues: { path: PropertyKey[]; message: string }[] } } },
  options: { code: (issue: { path: PropertyKey[]; message: string }) => C; key: (row: R) => string; shown?: (row: R) => string },
): { rows: { line: number; row: R }[]; errors: (TLineError & { code: C | 'duplicate' })[] } {
  const rows: { line: number; row: R }[] = []
  const errors: (TLineError & { code: C | 'duplicate' })[] = []
  const seen = new Map<string, number>()
  for (const { line, cells } of body) {
    const raw: Record<string, string> = {}
    cells.forEach((value, i) => {
      const key = columns[i]
      if (key) raw[key] = value
    })
    const parsed = schema.safeParse(raw)
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ line, code: options.code(issue), values: { value: String(raw[String(issue.path[0])] ?? '') } })
      continue
    }
    const key = options.key(parsed.data)
    const first = seen.get(key)
    if (first !== undefined) {
      errors.push({ line, code: 'duplicate', values: { value: options.shown ? options.shown(parsed.data) : key, first: String(first) } })
      continue
    }
    seen.set(key, line)
    rows.push({ line, row: parsed.data })
  }
  return { rows, errors }
}

type TPlan<T> = T | { ok: false; errors: TLineError[] }

/**
 * Step one of an import (staff, unit register): the uploaded file read and planned, writing
 * nothing. The file goes back to the page (base64), which sends it again to apply, so nothing is
 * kept on the server between the two steps.
 */
export async function previewUpload<P>(file: File, plan: (table: TTableResult) => Promise<TPlan<{ ok: true; preview: P }>>) {
  const bytes = await file.arrayBuffer()
  const planned = await plan(await readTable({ name: file.name, bytes }))
  if (!planned.ok) return { ok: false as const, error: 'fileErrors' as const, lineErrors: planned.errors }
  return { ok: true as const, done: 'previewed' as const, preview: planned.preview, file: { name: file.name, data: Buffer.from(bytes).toString('base64') } }
}

/** Step two: the file sent back, planned again in the transaction; refused when any line is bad or the plan is not the one previewed. */
export async function replanUpload<R extends TPlan<{ ok: true; preview: { digest: string } }>>(
  input: { fileName: string; fileData: string; digest: string },
  plan: (table: TTableResult) => Promise<R>,
): Promise<Extract<R, { ok: true }> | { ok: false; error: 'fileErrors'; lineErrors: TLineError[] } | { ok: false; error: 'changedSinceReview' }> {
  const bytes = new Uint8Array(Buffer.from(input.fileData, 'base64')).buffer
  const planned = await plan(await readTable({ name: input.fileName, bytes }))
  if (!planned.ok) return { ok: false, error: 'fileErrors', lineErrors: planned.errors }
  if (planned.preview.digest !== input.digest) return { ok: false, error: 'changedSinceReview' }
  return planned as Extract<R, { ok: true }>
}
