import '@/server/authz/matrix/request-mocks'
import { describe, expect, it } from 'vitest'
import { POST } from '@/app/kartlegging/[waveId]/koder/route'
import { createTestDb } from '~tests/setup/test-db'
import { actAs, serveDb } from '~tests/setup/adapter-mocks'
import { createUnitGroup } from '~tests/factories/staff'
import { createWaveRow } from '~tests/factories/surveys'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor } from '@/server/authz/actor'
import { schoolYearOf } from '@/lib/school-year'

const { prisma, seeded } = await createTestDb({ demo: true })
serveDb(prisma)
const salten = seeded['salten-kan']!
const principal = (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email: demoPeople.principal.email } })).id))!
const ownUnit = principal.memberships.find((m) => m.unitId)!.unitId!
const otherUnit = salten.unitIds.find((u) => u !== ownUnit)!

async function post(waveId: string, fields: Record<string, string>) {
  const body = new FormData()
  for (const [k, v] of Object.entries(fields)) body.set(k, v)
  actAs(principal)
  try {
    return await POST(new Request(`http://localhost/kartlegging/${waveId}/koder`, { method: 'POST', body }), { params: Promise.resolve({ waveId }) })
  } finally {
    actAs(null)
  }
}

describe('the code sheet form (POST /kartlegging/[waveId]/koder)', () => {
  it('prints codes for a class of the unit, and sends a class of another unit back to the page with the error named', async () => {
    const wave = await createWaveRow(prisma, { partnershipId: salten.partnershipId, unitIds: [ownUnit, otherUnit] })
    const [own, other] = await Promise.all([ownUnit, otherUnit].map((id) => prisma.unit.findUniqueOrThrow({ where: { id }, select: { id: true, kind: true } })))
    const year = schoolYearOf(wave.opensOn)
    const [mine, theirs] = [await createUnitGroup(prisma, own!, { schoolYear: year }), await createUnitGroup(prisma, other!, { schoolYear: year })]

    const printed = await post(wave.id, { enhet: ownUnit, klasse: mine.id, gruppe: 'PUPILS_8_10', antall: '3' })
    expect(printed.status).toBe(200)
    expect(printed.headers.get('content-type')).toContain('pdf')
    expect(await prisma.surveyCode.count({ where: { waveId: wave.id, classId: mine.id } })).toBe(3)

    const refused = await post(wave.id, { enhet: ownUnit, klasse: theirs.id, gruppe: 'PUPILS_8_10', antall: '3' })
    expect(refused.status).toBe(303)
    const back = new URL(refused.headers.get('location')!)
    expect(back.pathname).toBe(`/kartlegging/${wave.id}`)
    expect(Object.fromEntries(back.searchParams)).toEqual({ feil: 'classNotFound', gruppe: 'PUPILS_8_10' })
    expect(back.hash).toBe('#issue')
    expect(await prisma.surveyCode.count({ where: { waveId: wave.id } })).toBe(3)
  })

  it('answers 404 for a unit that is not the principal’s, as for a wave that does not exist', async () => {
    const wave = await createWaveRow(prisma, { partnershipId: salten.partnershipId, unitIds: [ownUnit, otherUnit] })
    expect((await post(wave.id, { enhet: otherUnit, klasse: '', gruppe: 'PUPILS_8_10', antall: '3' })).status).toBe(404)
    expect((await post(crypto.randomUUID(), { enhet: ownUnit, gruppe: 'PUPILS_8_10', antall: '3' })).status).toBe(404)
    expect(await prisma.surveyCode.count({ where: { waveId: wave.id } })).toBe(0)
  })
})
