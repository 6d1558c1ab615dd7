import 'server-only'
import { z } from 'zod'
import type { InformantGroup } from '@/generated/prisma/client'
import type { Db } from '@/server/db/client'
import { osloDay } from '@/lib/oslo-time'
import { hashSurveyCode } from '../codes'
import { ZAnswerValues, ZInformantGroup, ZInstrumentContent, type TAnswerValues, type TInstrumentContent } from '../instruments/schemas'

export type TCodeState = 'open' | 'spent' | 'not-yet-open' | 'closed'

export interface TCodeSession {
  codeId: string
  partnershipId: string
  waveId: string
  unitId: string
  /** The class the code was printed for; the answer is stored with it (and with nothing of the code). */
  classId: string | null
  group: InformantGroup
  versionId: string
  content: TInstrumentContent
  draft: TAnswerValues
  state: TCodeState
}

// JSON has no dates: a `date` comes as "2026-12-04" (read as UTC midnight, as Prisma holds `@db.Date`),
// a `timestamp` as "2026-12-03T18:20:32.123" (UTC, without zone).
const ZDay = z.string().transform((s) => new Date(s.slice(0, 10)))
const ZTimestamp = z.string().transform((s) => new Date(/(Z|[+-]\d\d:\d\d)$/.test(s) ? s : `${s}Z`))

/** What samkomp_survey_code answers (migration 20261204015230_survey_answer_write_and_close). */
const ZCodeRow = z.object({
  codeId: z.string(),
  partnershipId: z.string(),
  waveId: z.string(),
  unitId: z.string(),
  classId: z.string().nullable(),
  group: ZInformantGroup,
  draft: z.unknown(),
  spentOn: ZDay.nullable(),
  opensOn: ZDay,
  closesOn: ZDay,
  closedAt: ZTimestamp.nullable(),
  versionId: z.string().nullable(),
  /** Null when the caller said it already has this version's content. */
  content: z.unknown(),
})

function stateOf(wave: { opensOn: Date; closesOn: Date; closedAt: Date | null }, spentOn: Date | null, today: Date): TCodeState {
  if (spentOn) return 'spent'
  if (wave.closedAt || today > wave.closesOn) return 'closed'
  if (today < wave.opensOn) return 'not-yet-open'
  return 'open'
}

/**
 * Parsed instrument contents by version id. Safe to keep for the life of the process: a version a
 * wave uses is frozen, and the database refuses any change to a frozen version's content (trigger
 * SurveyInstrumentVersion_frozen), so the id always means the same content. The read sends the ids
 * kept here, and the database leaves out the content of those (the survey bench:
 * docs/benchmarks/2026-12-03-surveys.md).
 */
const contents = new Map<string, TInstrumentContent>()
const CONTENTS_KEPT = 200

function keepContent(versionId: string, raw: unknown): TInstrumentContent {
  const kept = contents.get(versionId)
  if (kept) return kept
  const content = ZInstrumentContent.parse(raw)
  if (contents.size >= CONTENTS_KEPT) contents.delete(contents.keys().next().value!)
  contents.set(versionId, content)
  return content
}

/**
 * The code's survey and draft, in one statement and no transaction (samkomp_survey_code); null for
 * a code that does not exist.
 * Note: the function sees every tenant for its own duration, since a pupil has no login to say
 * which partnership they are in; it reads only the code whose SHA-256 the holder typed, and whoever
 * holds the code is exactly who may answer with it.
 */
export async function findCodeSession(db: Db, typed: string): Promise<TCodeSession | null> {
  const codeHash = hashSurveyCode(typed)
  if (!codeHash) return null
  const known = [...contents.keys()]
  const [row] = await db.$queryRaw<{ data: unknown }[]>`SELECT "samkomp_survey_code"(${codeHash}, ${known}::uuid[]) AS data`
  if (!row?.data) return null
  const code = ZCodeRow.parse(row.data)
  if (!code.versionId) throw new Error(`survey wave ${code.waveId} has no instrument for ${code.group}`)
  if (code.content === null && !contents.has(code.versionId)) {
    // Dropped from the process's cache between the read's start and now: read once more, asking for it.
    contents.delete(code.versionId)
    return findCodeSession(db, typed)
  }
  return {
    codeId: code.codeId,
    partnershipId: code.partnershipId,
    waveId: code.waveId,
    unitId: code.unitId,
    classId: code.classId,
    group: code.group,
    versionId: code.versionId,
    content: keepContent(code.versionId, code.content),
    draft: ZAnswerValues.catch({}).parse(code.draft ?? {}),
    state: stateOf(code, code.spentOn, osloDay(new Date())),
  }
}

export type TWriteOutcome = 'ok' | 'unknown-code' | Exclude<TCodeState, 'open'>
const ZWriteOutcome = z.enum(['ok', 'unknown-code', 'spent', 'closed', 'not-yet-open'])

/**
 * Writes a checked page into the code's draft, or submits the answer, in one statement
 * (samkomp_survey_write): the state is checked again there under the code's and the wave's row
 * locks, so a code is spent once and no answer lands after the wave is closed.
 */
export async function writeCodeAnswer(db: Db, typed: string, page: { keys: string[]; values: TAnswerValues }, submit: boolean): Promise<TWriteOutcome> {
  const codeHash = hashSurveyCode(typed)
  if (!codeHash) return 'unknown-code'
  const today = osloDay(new Date()).toISOString().slice(0, 10)
  const [row] = await db.$queryRaw<{ outcome: unknown }[]>`SELECT "samkomp_survey_write"(${codeHash}, ${page.keys}::text[], ${JSON.stringify(page.values)}::jsonb, ${submit}, ${today}::date) AS outcome`
  return ZWriteOutcome.parse(row?.outcome)
}
