import { afterAll, describe, expect, it } from 'vitest'
import { connectTestPostgres } from '~tests/setup/postgres'
import { createWaveRow, issueCodeRows } from '~tests/factories/surveys'
import { seedDemo, demoPeople } from '~prisma/seed/demo'
import { prismaForPostgres } from '@/server/db/client'
import { loadActor } from '@/server/authz/actor'
import { closeSurveyWave } from '../close-survey-wave'
import { submitSurveyAnswer } from './answer'

const postgres = await connectTestPostgres()

// The values of a whole first page (the learning environment's items), as a pupil's form posts them.
const page = { 'le-thrive': '4', 'le-safe': '5', 'le-belong': '4', 'le-rules': '3', 'le-noise': '2' }

describe.skipIf(!postgres.available)('answering and closing on PostgreSQL', () => {
  it('answers through a login that is neither superuser nor owner (ADR 034), which sees no answer outside the functions', async () => {
    const { url, prisma } = await postgres.createMigratedDatabase()
    const seeded = await seedDemo(prisma)
    // Note: a login role as production's samkomp_web: NOSUPERUSER NOBYPASSRLS, granted samkomp_app.
    await prisma.$executeRawUnsafe(`DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'samkomp_web_test') THEN CREATE ROLE samkomp_web_test LOGIN NOSUPERUSER NOBYPASSRLS; END IF; END $$`)
    await prisma.$executeRawUnsafe('GRANT samkomp_app TO samkomp_web_test')
    const webUrl = new URL(url)
    webUrl.username = 'samkomp_web_test'
    const web = prismaForPostgres(webUrl.toString())
    afterAll(() => web.$disconnect())

    const salten = Object.values(seeded)[0]!
    const wave = await createWaveRow(prisma, { partnershipId: salten.partnershipId, unitIds: [salten.unitIds[0]!] })
    const [code] = await issueCodeRows(prisma, wave, salten.unitIds[0]!, 'PUPILS_8_10', 1)
    expect(await submitSurveyAnswer(web, code!, 0, page)).toEqual({ ok: true })
    expect(await submitSurveyAnswer(web, code!, 0, page)).toEqual({ ok: false, error: 'spent' })
    expect(await prisma.surveyAnswer.count({ where: { waveId: wave.id } })).toBe(1)
    // Outside a tenant transaction the same login sees no tenant's rows at all.
    expect(await web.surveyAnswer.count()).toBe(0)
    expect(await web.surveyCode.count()).toBe(0)
  })

  it('closing while answers are in flight: every answer is refused or in the stored results, none in between', async () => {
    const { prisma } = await postgres.createMigratedDatabase()
    const seeded = await seedDemo(prisma)
    const salten = Object.values(seeded)[0]!
    const secretariat = (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email: demoPeople.secretariatSalten.email } })).id))!
    const wave = await createWaveRow(prisma, { partnershipId: salten.partnershipId, unitIds: [salten.unitIds[0]!] })
    const codes = await issueCodeRows(prisma, wave, salten.unitIds[0]!, 'PUPILS_8_10', 60)
    const answers = codes.map((code, i) => new Promise((resolve) => setTimeout(resolve, i * 4)).then(() => submitSurveyAnswer(prisma, code, 0, page)))
    const closing = new Promise((resolve) => setTimeout(resolve, 80)).then(() => closeSurveyWave(prisma, secretariat, { waveId: wave.id, confirm: 'on' }))
    const outcomes = await Promise.all(answers)
    expect(await closing).toMatchObject({ ok: true })
    const accepted = outcomes.filter((o) => o.ok).length
    console.info(`[answering.pg] ${accepted} of ${codes.length} before the close`)

    expect(outcomes.every((o) => o.ok || (!o.ok && o.error === 'closed'))).toBe(true)
    const stored = await prisma.surveyWaveResult.findUniqueOrThrow({ where: { waveId_group: { waveId: wave.id, group: 'PUPILS_8_10' } } })
    expect(await prisma.surveyAnswer.count({ where: { waveId: wave.id } })).toBe(accepted)
    expect(stored.answerCount).toBe(accepted)
  })
})
