import 'server-only'
import type { Db } from '@/server/db/client'
import { ZAnswerValues, type TAnswerValues, type TInstrumentContent } from '../instruments/schemas'
import { findCodeSession, writeCodeAnswer, type TCodeState } from './code-session'

// Saving a page and submitting, for a code holder (no login). Answering writes no audit row: its
// time and id would be the link between code and answer that the tables avoid (ADR 026).

export type TAnswerOutcome = { ok: true } | { ok: false; error: 'unknown-code' | 'bad-page' | 'bad-values' | Exclude<TCodeState, 'open'> }

/**
 * The page's answers from a form: one field per item, named by its key, 1–5; a blank field leaves
 * the item unanswered (no item is compulsory). Anything else is refused whole.
 */
export function parsePageValues(content: TInstrumentContent, page: number, raw: Record<string, unknown>): { keys: string[]; values: TAnswerValues } | null {
  const items = content.pages[page]?.items
  if (!items) return null
  const values: Record<string, number> = {}
  for (const item of items) {
    const v = raw[item.key]
    if (v === undefined || v === null || v === '') continue
    values[item.key] = Number(v)
  }
  const parsed = ZAnswerValues.safeParse(values)
  return parsed.success ? { keys: items.map((i) => i.key), values: parsed.data } : null
}

/** Saves one page into the code's draft (the page's items replace what was there). Two statements, no transaction. */
export async function saveSurveyPage(db: Db, typed: string, page: number, raw: Record<string, unknown>): Promise<TAnswerOutcome> {
  return writePage(db, typed, page, raw, false)
}

/**
 * Submits the answer: the last page joins the draft, the code is spent (only if still unspent: two
 * submits cannot both win) and its draft removed, and the answer is stored with the day only and
 * the code's class — in one statement (samkomp_survey_write), so a crash leaves either an unspent
 * code with its draft or a spent code and its answer.
 */
export async function submitSurveyAnswer(db: Db, typed: string, page: number, raw: Record<string, unknown>): Promise<TAnswerOutcome> {
  return writePage(db, typed, page, raw, true)
}

async function writePage(db: Db, typed: string, page: number, raw: Record<string, unknown>, submit: boolean): Promise<TAnswerOutcome> {
  const session = await findCodeSession(db, typed)
  if (!session) return { ok: false, error: 'unknown-code' }
  if (session.state !== 'open') return { ok: false, error: session.state }
  const parsed = parsePageValues(session.content, page, raw)
  if (!parsed) return { ok: false, error: page in session.content.pages ? 'bad-values' : 'bad-page' }
  const outcome = await writeCodeAnswer(db, typed, parsed, submit)
  return outcome === 'ok' ? { ok: true } : { ok: false, error: outcome }
}
