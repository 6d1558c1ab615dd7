import { describe, expect, it } from 'vitest'
import { createTestDb } from '~tests/setup/test-db'
import { indicatorPlans, seedIndicators } from '~tests/factories/indicators'

const { prisma } = await createTestDb()
const areas = {
  counties: [{ number: '18', name: 'Nordland' }],
  municipalities: [{ number: '1804', name: 'Bodø' }, { number: '1839', name: 'Beiarn' }],
  schools: [{ orgNumber: '974760673', name: 'Stor skole', pupilCount: 400 }, { orgNumber: '964982953', name: 'Liten skole', pupilCount: 20 }],
}

describe('the indicator factory shared by tests and seeds', () => {
  it('gives every area a cell per year and indicator, small groups suppressed as the sources do', () => {
    const [ssb, income, udir] = indicatorPlans(areas, [2023, 2024])
    expect(ssb!.cells).toHaveLength(2 * (1 + 1 + 2))
    expect(income!.cells).toHaveLength(2 * (1 + 1) * 6)
    expect(udir!.cells).toHaveLength(2 * 2 * (1 + 1 + 2 + 2))
    // 20 pupils → 6 answers: Udir hides it, with no number of any kind.
    const small = udir!.cells.filter((c) => c.areaCode === '964982953')
    expect(small.every((c) => c.status === 'SUPPRESSED' && c.marker === '*' && c.valueMilli === null && c.respondents === null)).toBe(true)
    expect(udir!.cells.filter((c) => c.areaCode === '974760673').every((c) => c.status === 'VALUE' && c.respondents === 120)).toBe(true)
  })

  it('writes through the importer, so seeding twice leaves the same rows', async () => {
    await seedIndicators(prisma, areas, [2023, 2024])
    const first = await prisma.indicatorValue.count()
    await seedIndicators(prisma, areas, [2023, 2024])
    expect(await prisma.indicatorValue.count()).toBe(first)
    expect(await prisma.indicator.count()).toBe(4)
  })
})
