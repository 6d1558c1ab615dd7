import 'server-only'
import { Prisma } from '@/generated/prisma/client'
import type { Db } from '@/server/db/client'
import { osloDay } from '@/lib/oslo-time'
import { ZAnswerValues, type TAnswerValues, type TInstrumentContent } from '../instruments/schemas'
import { withCodeSession, type TCodeState } from './code-session'

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

function merge(draft: TAnswerValues, keys: string[], page: TAnswerValues): TAnswerValues {
  const next = { ...draft }
  for (const key of keys) delete next[key]
  return { ...next, ...page }
}

/** Saves one page into the code's draft (the page's items replace what was there). */
export async function saveSurveyPage(db: Db, typed: string, page: number, raw: Record<string, unknown>): Promise<TAnswerOutcome> {
  const outcome = await withCodeSession(db, typed, async (tx, session): Promise<TAnswerOutcome> => {
    if (session.state !== 'open') return { ok: false, error: session.state }
    const parsed = parsePageValues(session.content, page, raw)
    if (!parsed) return { ok: false, error: page in session.content.pages ? 'bad-values' : 'bad-page' }
    const saved = await tx.surveyCode.updateMany({ where: { id: session.codeId, spentOn: null }, data: { draft: merge(session.draft, parsed.keys, parsed.values) } })
    return saved.count === 1 ? { ok: true } : { ok: false, error: 'spent' }
  })
  return outcome ?? { ok: false, error: 'unknown-code' }
}

/**
 * Submits the answer: the last page joins the draft, the code is spent (only if still unspent: two
 * submits cannot both win) and its draft removed, and the answer is stored with the day only and the code's class — all
 * in one transaction, so a crash leaves either an unspent code with its draft or a spent code and
 * its answer.
 */
export async function submitSurveyAnswer(db: Db, typed: string, page: number, raw: Record<string, unknown>): Promise<TAnswerOutcome> {
  const outcome = await withCodeSession(db, typed, async (tx, session): Promise<TAnswerOutcome> => {
    if (session.state !== 'open') return { ok: false, error: session.state }
    const parsed = parsePageValues(session.content, page, raw)
    if (!parsed) return { ok: false, error: page in session.content.pages ? 'bad-values' : 'bad-page' }
    const today = osloDay(new Date())
    const spent = await tx.surveyCode.updateMany({ where: { id: session.codeId, spentOn: null }, data: { spentOn: today, draft: Prisma.DbNull } })
    if (spent.count !== 1) return { ok: false, error: 'spent' }
    await tx.surveyAnswer.create({
      data: {
        partnershipId: session.partnershipId,
        waveId: session.waveId,
        unitId: session.unitId,
        classId: session.classId,
        group: session.group,
        versionId: session.versionId,
        answeredOn: today,
        values: merge(session.draft, parsed.keys, parsed.values),
      },
    })
    return { ok: true }
  })
  return outcome ?? { ok: false, error: 'unknown-code' }
}
