import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { createWaveRow, issueCodeRows } from '~tests/factories/surveys'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { unsafeWithAllTenants } from '@/server/db/tenant'
import { submitSurveyAnswer } from './answering/answer'
import { closeSurveyWave } from './close-survey-wave'
import { ZInstrumentContent } from './instruments/schemas'
import { getWaveResults } from './results/queries'
import { storedTable } from './results/stored-results'
import { closedWaveTable, waveClasses, waveUnits } from './results/wave-table'

const { prisma, seeded } = await createTestDb({ demo: true })
const salten = seeded['salten-kan']!
const actorFor = async (email: string): Promise<Actor> => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
const secretariat = await actorFor(demoPeople.secretariatSalten.email)
const principal = await actorFor(demoPeople.principal.email)
const otherSecretariat = await actorFor(demoPeople.secretariatSunnmore.email)
const ownUnit = principal.memberships.find((m) => m.unitId)!.unitId!
const otherUnit = salten.unitIds.find((u) => u !== ownUnit)!

/** An open wave over two units: 9 answers through the answering path at the principal's unit, 2 at the other (too few). */
async function answeredWave() {
  const wave = await createWaveRow(prisma, { partnershipId: salten.partnershipId, unitIds: [ownUnit, otherUnit] })
  const answer = (code: string, i: number) => submitSurveyAnswer(prisma, code, 0, { 'le-thrive': String(1 + (i % 5)), 'le-safe': '4', 'le-belong': '4', 'le-rules': '3', 'le-noise': '2' })
  const own = await issueCodeRows(prisma, wave, ownUnit, 'PUPILS_8_10', 10)
  const other = await issueCodeRows(prisma, wave, otherUnit, 'PUPILS_8_10', 3)
  for (const [i, code] of [...own.slice(0, 9), ...other.slice(0, 2)].entries()) expect(await answer(code, i)).toEqual({ ok: true })
  return { wave, late: [own[9]!, other[2]!] }
}

const close = (actor: Actor, waveId: string, confirm: unknown = 'on') => closeSurveyWave(prisma, actor, { waveId, confirm })

describe('closing a wave', () => {
  it('closes for the secretariat after confirming, with its audit row, and refuses every answer after', async () => {
    const { wave, late } = await answeredWave()
    expect(await close(secretariat, wave.id)).toEqual({ ok: true, done: 'waveClosed', id: wave.id, values: { answers: 11 } })
    expect((await prisma.surveyWave.findUniqueOrThrow({ where: { id: wave.id } })).closedAt).not.toBeNull()
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: 'survey_wave.close', entityId: wave.id } })
    expect(audit).toMatchObject({ actorUserId: secretariat.userId, partnershipId: salten.partnershipId, data: { answers: { PUPILS_8_10: 11 } } })
    // An unspent code of the wave now meets the answering page's «closed» (messages: Answering.errors.closed).
    expect(await submitSurveyAnswer(prisma, late[0]!, 0, { 'le-safe': '3' })).toEqual({ ok: false, error: 'closed' })
    expect(await prisma.surveyAnswer.count({ where: { waveId: wave.id } })).toBe(11)
    expect(await close(secretariat, wave.id)).toMatchObject({ ok: false, error: 'alreadyClosed' })
  })

  it('refuses without the confirmation, for a role that may not close, and for another partnership, and changes nothing', async () => {
    const { wave } = await answeredWave()
    expect(await closeSurveyWave(prisma, secretariat, { waveId: wave.id })).toMatchObject({ ok: false, error: 'invalid', fields: ['confirm'] })
    expect(await close(secretariat, wave.id, 'yes')).toMatchObject({ ok: false, error: 'invalid', fields: ['confirm'] })
    expect(await close(principal, wave.id)).toMatchObject({ ok: false, error: 'forbidden' })
    expect(await close(otherSecretariat, wave.id)).toMatchObject({ ok: false, error: 'notFound' })
    expect((await prisma.surveyWave.findUniqueOrThrow({ where: { id: wave.id } })).closedAt).toBeNull()
    expect(await prisma.surveyWaveResult.count({ where: { waveId: wave.id } })).toBe(0)
    expect(await prisma.auditLog.count({ where: { action: 'survey_wave.close', entityId: wave.id } })).toBe(0)
  })
})

describe('a closed wave’s stored results', () => {
  it('are the suppressed table computed at closing, hold no value of a suppressed cell, and are what the page serves', async () => {
    const { wave } = await answeredWave()
    await close(secretariat, wave.id)
    const stored = await prisma.surveyWaveResult.findUniqueOrThrow({ where: { waveId_group: { waveId: wave.id, group: 'PUPILS_8_10' } } })
    expect(stored.answerCount).toBe(11)
    // The same as computing the wave now, cell by cell (suppression unchanged).
    const instrument = await prisma.surveyWaveInstrument.findFirstOrThrow({ where: { waveId: wave.id }, select: { version: { select: { id: true, content: true } } } })
    const version = { id: instrument.version.id, content: ZInstrumentContent.parse(instrument.version.content) }
    const fresh = await unsafeWithAllTenants(prisma, async (tx) => closedWaveTable(tx, wave, 'PUPILS_8_10', version, await waveUnits(tx, wave.id), await waveClasses(tx, wave.id, 'PUPILS_8_10')))
    expect(stored.table).toEqual(JSON.parse(JSON.stringify(storedTable(fresh))))
    // The unit with 2 answers is suppressed (threshold 7), the other with it (else the owner's total
    // minus the one would give it); each stored cell of theirs is its reason alone; the partnership is shown.
    const cells = new Map((stored.table as { key: string; cells: [string, Record<string, unknown>][] }[])[0]!.cells)
    expect(cells.get(`unit:${otherUnit}`)).toEqual({ shown: false, reason: 'too-few' })
    expect(cells.get(`unit:${ownUnit}`)).toEqual({ shown: false, reason: 'secondary' })
    expect(cells.get('partnership')).toMatchObject({ shown: true, n: 11 })

    // Served from the stored row: an answer written past every rule (as superuser) does not show...
    const row = await prisma.surveyAnswer.findFirstOrThrow({ where: { waveId: wave.id, unitId: ownUnit } })
    await prisma.surveyAnswer.create({ data: { partnershipId: row.partnershipId, waveId: wave.id, unitId: ownUnit, group: row.group, versionId: row.versionId, answeredOn: row.answeredOn, values: { 'le-thrive': 1, 'le-safe': 1, 'le-belong': 1, 'le-rules': 1, 'le-noise': 1 } } })
    const partnershipN = async () => {
      const data = await getWaveResults(prisma, secretariat, wave.id)
      const value = data!.results!.rows.find((r) => r.cell === 'partnership')!.values[0]!
      return value.shown ? value.n : null
    }
    expect(await partnershipN()).toBe(11)
    // ...until the suppression settings differ from those the row was computed with: then computed again.
    await prisma.surveyWave.update({ where: { id: wave.id }, data: { suppression: { minimum: 8, perIndicator: {} } } })
    expect(await partnershipN()).toBe(12)
    const data = (await getWaveResults(prisma, secretariat, wave.id))!
    expect(data.results!.rows.find((r) => r.cell === `unit:${otherUnit}`)!.values.every((v) => !v.shown)).toBe(true)
  })
})
