import 'server-only'
import type { InformantGroup } from '@/generated/prisma/client'
import type { Db } from '@/server/db/client'
import { withRequestTenants, withTenants, type Tx } from '@/server/db/tenant'
import { osloDay } from '@/lib/oslo-time'
import { hashSurveyCode } from '../codes'
import { ZAnswerValues, ZInstrumentContent, type TAnswerValues, type TInstrumentContent } from '../instruments/schemas'

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

/**
 * Finds the tenant a typed code belongs to: the one read that must cross tenants, since a pupil has
 * no login to say which partnership they are in.
 * Note: the lookup is by the code's SHA-256 alone and returns only the tenant and the code's id;
 * whoever holds the code is exactly who may answer with it. Everything else runs in that tenant.
 */
async function unsafeFindCodeTenant(tx: Tx, codeHash: string): Promise<{ id: string; partnershipId: string } | null> {
  return tx.surveyCode.findUnique({ where: { codeHash }, select: { id: true, partnershipId: true } })
}

function stateOf(wave: { opensOn: Date; closesOn: Date; closedAt: Date | null }, spentOn: Date | null, today: Date): TCodeState {
  if (spentOn) return 'spent'
  if (wave.closedAt || today > wave.closesOn) return 'closed'
  if (today < wave.opensOn) return 'not-yet-open'
  return 'open'
}

/**
 * Parsed instrument contents by version id. Safe to keep for the life of the process: a version a
 * wave uses is frozen, and the database refuses any change to a frozen version's content (trigger
 * SurveyInstrumentVersion_frozen), so the id always means the same content. Every post of every
 * pupil reads it; without the cache each one fetched and checked the whole instrument again
 * (the survey bench: docs/benchmarks/2026-12-03-surveys.md).
 */
const contents = new Map<string, TInstrumentContent>()
const CONTENTS_KEPT = 200

async function contentOf(tx: Tx, versionId: string): Promise<TInstrumentContent> {
  const kept = contents.get(versionId)
  if (kept) return kept
  const version = await tx.surveyInstrumentVersion.findUniqueOrThrow({ where: { id: versionId }, select: { content: true } })
  const content = ZInstrumentContent.parse(version.content)
  if (contents.size >= CONTENTS_KEPT) contents.delete(contents.keys().next().value!)
  contents.set(versionId, content)
  return content
}

async function readSession(tx: Tx, codeId: string, partnershipId: string): Promise<TCodeSession> {
  // One statement (relation joins): the code, its wave's window and the wave's instruments (one per group, a handful).
  const code = await tx.surveyCode.findUniqueOrThrow({
    where: { id: codeId },
    select: {
      id: true, waveId: true, unitId: true, classId: true, group: true, draft: true, spentOn: true,
      wave: { select: { opensOn: true, closesOn: true, closedAt: true, instruments: { select: { group: true, versionId: true } } } },
    },
  })
  const versionId = code.wave.instruments.find((i) => i.group === code.group)?.versionId
  if (!versionId) throw new Error(`survey wave ${code.waveId} has no instrument for ${code.group}`)
  return {
    codeId: code.id,
    partnershipId,
    waveId: code.waveId,
    unitId: code.unitId,
    classId: code.classId,
    group: code.group,
    versionId,
    content: await contentOf(tx, versionId),
    draft: ZAnswerValues.catch({}).parse(code.draft ?? {}),
    state: stateOf(code.wave, code.spentOn, osloDay(new Date())),
  }
}

/**
 * Runs `fn` in the code's tenant with its session read inside the same transaction: one
 * transaction per post, the tenant found first with every tenant visible and the context then
 * narrowed to it (as a page's request transaction does, ADR 029). Null for a code that does not exist.
 */
export async function withCodeSession<T>(db: Db, typed: string, fn: (tx: Tx, session: TCodeSession) => Promise<T>): Promise<T | null> {
  const codeHash = hashSurveyCode(typed)
  if (!codeHash) return null
  let found: { id: string; partnershipId: string } | null = null
  return withRequestTenants(
    db,
    {},
    async (tx) => {
      found = await unsafeFindCodeTenant(tx, codeHash)
      return found ? [found.partnershipId] : []
    },
    async () => {
      const code = found
      if (!code) return null
      return withTenants(db, [code.partnershipId], async (tx) => fn(tx, await readSession(tx, code.id, code.partnershipId)))
    },
  )
}

/** The code's survey and draft, in its tenant's context; null for a code that does not exist. */
export async function findCodeSession(db: Db, typed: string): Promise<TCodeSession | null> {
  return withCodeSession(db, typed, (_tx, session) => Promise.resolve(session))
}
