import 'server-only'
import type { InformantGroup } from '@/generated/prisma/client'
import type { Db } from '@/server/db/client'
import { unsafeWithAllTenants, withTenants, type Tx } from '@/server/db/tenant'
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
async function unsafeFindCodeTenant(db: Db, typed: string): Promise<{ id: string; partnershipId: string } | null> {
  const codeHash = hashSurveyCode(typed)
  if (!codeHash) return null
  return unsafeWithAllTenants(db, (tx) => tx.surveyCode.findUnique({ where: { codeHash }, select: { id: true, partnershipId: true } }))
}

function stateOf(wave: { opensOn: Date; closesOn: Date; closedAt: Date | null }, spentOn: Date | null, today: Date): TCodeState {
  if (spentOn) return 'spent'
  if (wave.closedAt || today > wave.closesOn) return 'closed'
  if (today < wave.opensOn) return 'not-yet-open'
  return 'open'
}

async function readSession(tx: Tx, codeId: string, partnershipId: string): Promise<TCodeSession> {
  const code = await tx.surveyCode.findUniqueOrThrow({
    where: { id: codeId },
    select: { id: true, waveId: true, unitId: true, classId: true, group: true, draft: true, spentOn: true, wave: { select: { opensOn: true, closesOn: true, closedAt: true } } },
  })
  const waveInstrument = await tx.surveyWaveInstrument.findUniqueOrThrow({
    where: { waveId_group: { waveId: code.waveId, group: code.group } },
    select: { versionId: true, version: { select: { content: true } } },
  })
  return {
    codeId: code.id,
    partnershipId,
    waveId: code.waveId,
    unitId: code.unitId,
    classId: code.classId,
    group: code.group,
    versionId: waveInstrument.versionId,
    content: ZInstrumentContent.parse(waveInstrument.version.content),
    draft: ZAnswerValues.catch({}).parse(code.draft ?? {}),
    state: stateOf(code.wave, code.spentOn, osloDay(new Date())),
  }
}

/** The code's survey and draft, in its tenant's context; null for a code that does not exist. */
export async function findCodeSession(db: Db, typed: string): Promise<TCodeSession | null> {
  const found = await unsafeFindCodeTenant(db, typed)
  if (!found) return null
  return withTenants(db, [found.partnershipId], (tx) => readSession(tx, found.id, found.partnershipId))
}

/** Runs `fn` in the code's tenant with its session read inside the same transaction. */
export async function withCodeSession<T>(db: Db, typed: string, fn: (tx: Tx, session: TCodeSession) => Promise<T>): Promise<T | null> {
  const found = await unsafeFindCodeTenant(db, typed)
  if (!found) return null
  return withTenants(db, [found.partnershipId], async (tx) => fn(tx, await readSession(tx, found.id, found.partnershipId)))
}
