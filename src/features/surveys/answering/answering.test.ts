import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { createWaveRow, issueCodeRows } from '~tests/factories/surveys'
import { submitSurveyAnswer, saveSurveyPage } from './answer'
import { findCodeSession } from './code-session'

const { prisma, seeded } = await createTestDb({ demo: true })
const salten = Object.values(seeded)[0]!
const unitId = salten.unitIds[0]!

async function openWave(options: { closed?: boolean; opensInDays?: number } = {}) {
  const wave = await createWaveRow(prisma, { partnershipId: salten.partnershipId, unitIds: [unitId], ...options })
  const codes = await issueCodeRows(prisma, wave, unitId, 'PUPILS_8_10', 3)
  return { wave, codes }
}

describe('answering with a code', () => {
  it('saves page by page, resumes from the draft, and submits once', async () => {
    const { wave, codes } = await openWave()
    const code = codes[0]!.toLowerCase().replace('-', ' ') // typed loosely
    expect(await saveSurveyPage(prisma, code, 0, { 'le-thrive': '4', 'le-safe': '5', 'le-noise': '' })).toEqual({ ok: true })
    expect(await saveSurveyPage(prisma, code, 1, { 'aw-master': '3' })).toEqual({ ok: true })
    // Resuming later: the draft is there, keyed by the code.
    const resumed = await findCodeSession(prisma, codes[0]!)
    expect(resumed?.draft).toEqual({ 'le-thrive': 4, 'le-safe': 5, 'aw-master': 3 })
    // Changing a page replaces that page's answers (a cleared item is unanswered again).
    expect(await saveSurveyPage(prisma, code, 0, { 'le-thrive': '2' })).toEqual({ ok: true })
    expect(await submitSurveyAnswer(prisma, code, 3, { 'bu-bullied': '1', 'hs-homework': '5' })).toEqual({ ok: true })
    const answers = await prisma.surveyAnswer.findMany({ where: { waveId: wave.id } })
    expect(answers).toHaveLength(1)
    expect(answers[0]!.values).toEqual({ 'le-thrive': 2, 'aw-master': 3, 'bu-bullied': 1, 'hs-homework': 5 })
    expect(answers[0]!.answeredOn.getUTCHours()).toBe(0)
    // The code is spent and holds nothing of the answer any more.
    const spent = await prisma.surveyCode.findMany({ where: { waveId: wave.id, spentOn: { not: null } } })
    expect(spent.map((c) => c.draft)).toEqual([null])
    expect(await submitSurveyAnswer(prisma, code, 3, {})).toEqual({ ok: false, error: 'spent' })
    expect(await saveSurveyPage(prisma, code, 0, { 'le-thrive': '5' })).toEqual({ ok: false, error: 'spent' })
  })

  it('lets only one of two simultaneous submits win', async () => {
    const { wave, codes } = await openWave()
    const results = await Promise.all([submitSurveyAnswer(prisma, codes[1]!, 0, { 'le-safe': '3' }), submitSurveyAnswer(prisma, codes[1]!, 0, { 'le-safe': '4' })])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(await prisma.surveyAnswer.count({ where: { waveId: wave.id } })).toBe(1)
  })

  it('refuses an unknown code, bad values, a page that does not exist, and a wave that is closed or not open', async () => {
    const { codes } = await openWave()
    expect(await saveSurveyPage(prisma, 'AAAAA-AAAAA', 0, {})).toEqual({ ok: false, error: 'unknown-code' })
    expect(await saveSurveyPage(prisma, 'not a code', 0, {})).toEqual({ ok: false, error: 'unknown-code' })
    expect(await saveSurveyPage(prisma, codes[2]!, 0, { 'le-safe': '6' })).toEqual({ ok: false, error: 'bad-values' })
    expect(await saveSurveyPage(prisma, codes[2]!, 0, { 'le-safe': 'x' })).toEqual({ ok: false, error: 'bad-values' })
    expect(await saveSurveyPage(prisma, codes[2]!, 9, {})).toEqual({ ok: false, error: 'bad-page' })
    expect((await findCodeSession(prisma, codes[2]!))?.draft).toEqual({})
    const closed = await openWave({ closed: true })
    expect(await submitSurveyAnswer(prisma, closed.codes[0]!, 0, {})).toEqual({ ok: false, error: 'closed' })
    const later = await openWave({ opensInDays: 3 })
    expect(await saveSurveyPage(prisma, later.codes[0]!, 0, {})).toEqual({ ok: false, error: 'not-yet-open' })
  })
})
