import { beforeAll, describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { demoPeople } from '~prisma/seed/demo'
import { loadActor, type Actor } from '@/server/authz/actor'
import { findMeasureUnits, UNIT_MATCHES, ZUnitSearch } from './find-measure-units'

const { prisma } = await createTestDb({ demo: true })
const actorFor = async (email: string) => (await loadActor(prisma, (await prisma.user.findUniqueOrThrow({ where: { email } })).id))!
let secretariat: Actor
let salten: { id: string }
let sunnmore: { id: string }

beforeAll(async () => {
  secretariat = await actorFor(demoPeople.secretariatSalten.email)
  salten = await prisma.partnership.findFirstOrThrow({ where: { slug: { contains: 'salten' } } })
  sunnmore = await prisma.partnership.findFirstOrThrow({ where: { slug: { contains: 'sunnmore' } } })
})

describe('the measure form’s unit search', () => {
  it('finds the active units of the partnership’s owners by part of the name, twenty at most, first by name', async () => {
    const owned = await prisma.unit.findMany({ where: { active: true, owner: { partnershipOwners: { some: { partnershipId: salten.id, leftOn: null } } } }, orderBy: { name: 'asc' }, select: { id: true, name: true } })
    const target = owned[Math.floor(owned.length / 2)]!
    const found = await findMeasureUnits(prisma, secretariat, { partnerskap: salten.id, q: target.name.slice(1, 8).toUpperCase() })
    expect(found).toContainEqual({ id: target.id, name: target.name })
    const first = await findMeasureUnits(prisma, secretariat, { partnerskap: salten.id, q: '' })
    expect(first).toEqual(owned.slice(0, UNIT_MATCHES))
    expect(await findMeasureUnits(prisma, secretariat, { partnerskap: salten.id, q: 'ingen skole heter slik' })).toEqual([])
  })

  it('answers null for a partnership the actor does not keep, and refuses those who keep none', async () => {
    expect(await findMeasureUnits(prisma, secretariat, { partnerskap: sunnmore.id, q: '' })).toBeNull()
    await expect(findMeasureUnits(prisma, await actorFor(demoPeople.principal.email), { partnerskap: salten.id, q: '' })).rejects.toThrow()
  })

  it('reads its query string with zod: a partnership id is required, the text is trimmed and bounded', () => {
    expect(ZUnitSearch.safeParse({ q: 'Bodø' }).success).toBe(false)
    expect(ZUnitSearch.parse({ partnerskap: salten.id, q: '  Bodø ' }).q).toBe('Bodø')
    expect(ZUnitSearch.parse({ partnerskap: salten.id, q: 'x'.repeat(500) }).q).toBe('')
  })
})
